/**
 * Browser half of EmbedButton/EmbedDialog: shows the buttons; a button opens the page's one
 * dialog once dialogSnippets.ts has filled it from the button's record. That code loads when a
 * reader first points at or focuses an Embed button (so it is there by the click): a reader who
 * never embeds a chart never downloads it. A click on the backdrop closes the dialog.
 */
type Snippets = typeof import('./dialogSnippets');
let loading: Promise<Snippets> | undefined;
function snippets(): Promise<Snippets> {
  loading ??= import('./dialogSnippets');
  return loading;
}

const wired = new WeakSet<HTMLDialogElement>();

export function initEmbedButtons(root: ParentNode = document): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-embed-open]')) {
    if (button.dataset.embedReady) continue;
    const dialog = document.getElementById(button.dataset.embedOpen ?? '');
    const recordId = button.dataset.embedRecord;
    if (!(dialog instanceof HTMLDialogElement) || !recordId || !document.getElementById(recordId)) continue;
    button.dataset.embedReady = '1';
    button.hidden = false;
    for (const type of ['pointerenter', 'focus']) button.addEventListener(type, () => void snippets());
    button.addEventListener('click', () =>
      snippets().then((m) => {
        if (m.fillDialog(dialog, recordId) && !dialog.open) dialog.showModal();
      }),
    );
    if (wired.has(dialog)) continue;
    wired.add(dialog);
    // The first Embed button writes the dialog beside itself, inside a figure; CSS can hide that
    // figure (the linear view hides a section's sticky one), and the dialog with it, while other
    // figures' buttons still show. At the end of the page nothing hides it.
    if (dialog.parentElement !== document.body) document.body.append(dialog);
    // A click on the backdrop (outside the dialog's box) closes it.
    dialog.addEventListener('click', (e) => {
      if (e.target !== dialog) return;
      const r = dialog.getBoundingClientRect();
      const inside =
        e.clientX >= r.left && e.clientX <= r.right && e.clientY >= r.top && e.clientY <= r.bottom;
      if (!inside) dialog.close();
    });
  }
}
