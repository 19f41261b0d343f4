/**
 * The Embed dialog's copy buttons: the snippet copied with the Clipboard API, or selected where
 * that is not allowed, saying which happened in the dialog's polite status line (its words are
 * the page's, from `data-copied` / `data-selected`). Loaded by dialog.ts the first time a dialog
 * opens: a reader who never embeds a chart never downloads it.
 */
import { rebaseSnippets } from './origin';

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
