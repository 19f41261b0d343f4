/**
 * Browser half of EmbedButton/EmbedDialog: shows the button, opens its dialog (a click on the
 * backdrop closes it). What happens inside an open dialog (snippets moved to this page's origin,
 * the copy buttons) is in dialogSnippets.ts, loaded the first time a dialog opens: a reader who
 * never embeds a chart never downloads it (the story's JS budget is 30 kB gzip).
 */
type Snippets = typeof import('./dialogSnippets');
let loading: Promise<Snippets> | undefined;
let loaded: Snippets | undefined;
function snippets(): Promise<Snippets> {
  loading ??= import('./dialogSnippets').then((m) => (loaded = m));
  return loading;
}

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
      snippets().then((m) => m.showSnippets(dialog));
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
      // Within the click itself once loaded (Safari lets only a click's own task write the clipboard).
      copy.addEventListener('click', () =>
        loaded ? loaded.copySnippet(dialog, copy) : snippets().then((m) => m.copySnippet(dialog, copy)),
      );
    }
  }
}
