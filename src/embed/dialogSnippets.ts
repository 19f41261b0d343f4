/**
 * The snippets of an open Embed dialog: in the language the reader picks (each edition's snippets
 * and links are in the dialog's `data-embed-editions` JSON, written by the build), moved to the
 * origin this page is served from (origin.ts), and copied with the Clipboard API, or selected
 * where that is not allowed, saying which happened in the dialog's polite status line (its words
 * are the page's, from `data-copied` / `data-selected`). Loaded by dialog.ts the first time a
 * dialog opens.
 */
import { rebaseSnippets } from './origin';

type Edition = Record<string, string>;

/** The snippets and links of `lang` from the dialog's JSON, or undefined. */
function edition(dialog: HTMLDialogElement, lang: string): Edition | undefined {
  const json = dialog.querySelector('script[data-embed-editions]')?.textContent;
  try {
    return json ? (JSON.parse(json) as Record<string, Edition>)[lang] : undefined;
  } catch {
    return undefined;
  }
}

/** Shows the snippets and links of one language; a stepper field hides where that language has none. */
export function chooseLanguage(dialog: HTMLDialogElement, lang: string): void {
  const e = edition(dialog, lang);
  if (!e) return;
  for (const field of dialog.querySelectorAll<HTMLTextAreaElement>('textarea[data-snippet]')) {
    const code = e[field.dataset.snippet ?? ''];
    const wrap = field.closest<HTMLElement>('[data-field]');
    if (wrap) wrap.hidden = code === undefined;
    field.defaultValue = code ?? '';
  }
  for (const link of dialog.querySelectorAll<HTMLAnchorElement>('a[data-link]')) {
    const href = e[link.dataset.link ?? ''];
    if (href) link.href = href;
  }
  rebaseSnippets(dialog);
}

const wired = new WeakSet<HTMLDialogElement>();

export function showSnippets(dialog: HTMLDialogElement): void {
  if (!wired.has(dialog)) {
    wired.add(dialog);
    dialog.addEventListener('change', (ev) => {
      const input = ev.target;
      if (input instanceof HTMLInputElement && input.matches('[data-embed-lang]') && input.checked)
        chooseLanguage(dialog, input.value);
    });
  }
  const checked = dialog.querySelector<HTMLInputElement>('input[data-embed-lang]:checked');
  if (checked) chooseLanguage(dialog, checked.value);
  else rebaseSnippets(dialog);
}

export async function copySnippet(dialog: HTMLDialogElement, button: HTMLButtonElement): Promise<void> {
  const field = document.getElementById(button.dataset.copy ?? '');
  const status = dialog.querySelector<HTMLElement>('[data-copy-status]');
  if (!(field instanceof HTMLTextAreaElement)) return;
  rebaseSnippets(dialog);
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
