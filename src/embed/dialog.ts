/**
 * Browser half of EmbedButton/EmbedDialog: shows the buttons, and opens the page's one dialog
 * filled from the figure's record (record.ts): its name, the stepper's hint, and the snippets and
 * links in the language the reader picks (the page's edition first), moved to the origin this page
 * is served from (origin.ts). A click on the backdrop closes it. The copy buttons' code
 * (copySnippet.ts) loads the first time a dialog opens.
 */
import { rebaseSnippets } from './origin';
import { type EmbedRecord, readRecord } from './record';

type Copy = typeof import('./copySnippet');
let loading: Promise<Copy> | undefined;
let loaded: Copy | undefined;
function copier(): Promise<Copy> {
  loading ??= import('./copySnippet').then((m) => (loaded = m));
  return loading;
}

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
    if (href) link.href = href;
  }
  rebaseSnippets(dialog);
}

/** Fills `dialog` with `record`, in the page's edition. */
export function fillDialog(dialog: HTMLDialogElement, record: EmbedRecord): void {
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
  // A click on the backdrop (outside the dialog's box) closes it.
  dialog.addEventListener('click', (e) => {
    if (e.target !== dialog) return;
    const r = dialog.getBoundingClientRect();
    const inside = e.clientX >= r.left && e.clientX <= r.right && e.clientY >= r.top && e.clientY <= r.bottom;
    if (!inside) dialog.close();
  });
  for (const copy of dialog.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    // Within the click itself once loaded (Safari lets only a click's own task write the clipboard).
    copy.addEventListener('click', () =>
      loaded ? loaded.copySnippet(dialog, copy) : copier().then((m) => m.copySnippet(dialog, copy)),
    );
  }
}

export function initEmbedButtons(root: ParentNode = document): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-embed-open]')) {
    if (button.dataset.embedReady) continue;
    const dialog = document.getElementById(button.dataset.embedOpen ?? '');
    const recordId = button.dataset.embedRecord;
    if (!(dialog instanceof HTMLDialogElement) || !recordId || !document.getElementById(recordId)) continue;
    wire(dialog);
    button.dataset.embedReady = '1';
    button.hidden = false;
    // The record is read when the button is pressed, not while the page loads.
    button.addEventListener('click', () => {
      const record = readRecord(recordId);
      if (!record) return;
      fillDialog(dialog, record);
      void copier();
      dialog.showModal();
    });
  }
}
