import { fragmentUrl } from './url';

/**
 * Share links ([data-share="<id>"]): without scripts they are #fragment links; with them, they
 * copy the full URL of that step and say "Link copied" for a moment.
 */
export function initShareLinks(root: ParentNode = document): void {
  for (const a of root.querySelectorAll<HTMLAnchorElement>('a[data-share]')) {
    a.addEventListener('click', async (e) => {
      const id = a.dataset.share;
      if (!id || !navigator.clipboard) return; // fall back to following the link
      e.preventDefault();
      const text = a.querySelector<HTMLElement>('[data-share-text]');
      const before = text?.innerHTML;
      try {
        await navigator.clipboard.writeText(fragmentUrl(id));
        if (text) text.textContent = 'Link copied';
      } catch {
        if (text) text.textContent = 'Copy failed: use the address bar';
        history.replaceState(history.state, '', fragmentUrl(id));
      }
      a.classList.add('is-copied');
      window.setTimeout(() => {
        if (text && before !== undefined) text.innerHTML = before;
        a.classList.remove('is-copied');
      }, 2000);
    });
  }
}
