/**
 * Browser half of EmbedButton/EmbedDialog: shows the button, opens its dialog, copies snippets.
 * Each time the dialog opens, its snippets name the origin this page is served from (origin.ts).
 * Copying uses the Clipboard API, or selects the text where that is not allowed, and says which
 * happened in a polite status line.
 */
import { rebaseSnippets } from './origin';

export function initEmbedButtons(root: ParentNode = document): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-embed-open]')) {
    if (button.dataset.embedReady) continue;
    const dialog = document.getElementById(button.dataset.embedOpen ?? '');
    if (!(dialog instanceof HTMLDialogElement)) continue;
    button.dataset.embedReady = '1';
    button.hidden = false;
    button.addEventListener('click', () => {
      const status = dialog.querySelector('[data-copy-status]');
      if (status) status.textContent = '';
      rebaseSnippets(dialog);
      dialog.showModal();
    });
    // A click on the backdrop (outside the dialog's box) closes it.
    dialog.addEventListener('click', (e) => {
      if (e.target !== dialog) return;
      const r = dialog.getBoundingClientRect();
      const inside =
        e.clientX >= r.left && e.clientX <= r.right && e.clientY >= r.top && e.clientY <= r.bottom;
      if (!inside) dialog.close();
    });
    for (const copy of dialog.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
      copy.addEventListener('click', () => copyField(dialog, copy));
    }
  }
}

async function copyField(dialog: HTMLDialogElement, button: HTMLButtonElement): Promise<void> {
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
  if (status)
    status.textContent = copied ? `${label}: copied.` : `${label}: selected; press Ctrl+C or ⌘C to copy.`;
}
