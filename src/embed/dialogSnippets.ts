/**
 * The snippets of an open Embed dialog: moved to the origin this page is served from (origin.ts),
 * and copied with the Clipboard API, or selected where that is not allowed, saying which happened
 * in the dialog's polite status line. Loaded by dialog.ts the first time a dialog opens.
 */
import { rebaseSnippets } from './origin';

export function showSnippets(dialog: HTMLDialogElement): void {
  rebaseSnippets(dialog);
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
  if (status)
    status.textContent = copied ? `${label}: copied.` : `${label}: selected; press Ctrl+C or ⌘C to copy.`;
}
