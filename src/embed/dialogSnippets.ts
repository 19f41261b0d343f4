/**
 * What happens inside the page's Embed dialog, loaded by dialog.ts the first time a reader reaches
 * for an Embed button: the dialog is filled from the figure's record (record.ts) with its name,
 * the stepper's hint, and the snippets and links in the language the reader picks (the page's
 * edition first), moved to the origin this page is served from (origin.ts); a copy button copies
 * with the Clipboard API, or selects where that is not allowed, saying which happened in the
 * dialog's polite status line (its words are the page's, from `data-copied` / `data-selected`).
 */
import { rebaseSnippets } from './origin';
import { type EmbedRecord, readRecord } from './record';

/** The record each dialog shows now. */
const shown = new WeakMap<HTMLDialogElement, EmbedRecord>();

/** Shows the snippets and links of one language; a stepper field hides where that language has none. */
export function chooseLanguage(dialog: HTMLDialogElement, lang: string): void {
  const e = shown.get(dialog)?.editions[lang];
  if (!e) return;
  for (const field of dialog.querySelectorAll<HTMLTextAreaElement>('textarea[data-snippet]')) {
    const code = e[field.dataset.snippet ?? ''];
    const wrap = field.closest<HTMLElement>('[data-field]');
    if (wrap) wrap.hidden = code === undefined;
    field.defaultValue = code ?? '';
  }
  for (const link of dialog.querySelectorAll<HTMLAnchorElement>('a[data-link]')) {
    const href = e[link.dataset.link ?? ''];
    if (!href) continue;
    // Written without href (the dialog is empty until a record fills it), so without these too.
    link.href = href;
    link.target = '_blank';
    link.rel = 'noopener';
  }
  rebaseSnippets(dialog);
}

const wired = new WeakSet<HTMLDialogElement>();

function wire(dialog: HTMLDialogElement): void {
  if (wired.has(dialog)) return;
  wired.add(dialog);
  dialog.addEventListener('change', (ev) => {
    const input = ev.target;
    if (input instanceof HTMLInputElement && input.matches('[data-embed-lang]') && input.checked)
      chooseLanguage(dialog, input.value);
  });
  for (const copy of dialog.querySelectorAll<HTMLButtonElement>('button[data-copy]'))
    copy.addEventListener('click', () => void copySnippet(dialog, copy));
}

/** Fills `dialog` from the record with id `recordId`, in the page's edition; false if it has none. */
export function fillDialog(dialog: HTMLDialogElement, recordId: string | undefined): boolean {
  const record = readRecord(recordId);
  if (!record) return false;
  wire(dialog);
  shown.set(dialog, record);
  const name = dialog.querySelector('[data-embed-name]');
  if (name) name.textContent = record.name;
  const hint = dialog.querySelector('[data-hint="chapter"]');
  if (hint) hint.textContent = record.chapterHint ?? '';
  const status = dialog.querySelector('[data-copy-status]');
  if (status) status.textContent = '';
  let lang = '';
  for (const input of dialog.querySelectorAll<HTMLInputElement>('input[data-embed-lang]')) {
    input.checked = input.defaultChecked;
    if (input.checked) lang = input.value;
  }
  chooseLanguage(dialog, lang);
  return true;
}

export async function copySnippet(dialog: HTMLDialogElement, button: HTMLButtonElement): Promise<void> {
  const field = document.getElementById(button.dataset.copy ?? '');
  const status = dialog.querySelector<HTMLElement>('[data-copy-status]');
  if (!(field instanceof HTMLTextAreaElement)) return;
  const label = field.labels?.[0]?.textContent?.trim() ?? 'Code';
  let copied = false;
  try {
    await navigator.clipboard.writeText(field.value);
    copied = true;
  } catch {
    // No clipboard access (an old browser, or a page that denies it): select the text instead.
    field.focus();
    field.select();
  }
  const words = copied
    ? (dialog.dataset.copied ?? '{label}: copied.')
    : (dialog.dataset.selected ?? '{label}: selected; press Ctrl+C or ⌘C to copy.');
  if (status) status.textContent = words.replace('{label}', label);
}
