import { announce } from './liveRegion';
import { fragmentUrl } from './url';

/**
 * Share links ([data-share="<id>"]): without scripts they are #fragment links; with them, they
 * copy the full URL of that step and say "Link copied" for a moment. The words change inside the
 * link, which a screen reader does not read out, so they are also said in a polite live region
 * (one per page, in the page before anything is said in it, as live regions must be).
 */
export function initShareLinks(root: ParentNode = document): void {
  const links = [...root.querySelectorAll<HTMLAnchorElement>('a[data-share]')];
  if (!links.length) return;
  const status = shareStatus(document);
  for (const a of links) {
    a.addEventListener('click', async (e) => {
      const id = a.dataset.share;
      if (!id || !navigator.clipboard) return; // fall back to following the link
      e.preventDefault();
      const text = a.querySelector<HTMLElement>('[data-share-text]');
      const before = text?.innerHTML;
      let said: string;
      try {
        await navigator.clipboard.writeText(fragmentUrl(id));
        said = 'Link copied';
      } catch {
        said = 'Copy failed: use the address bar';
        history.replaceState(history.state, '', fragmentUrl(id));
      }
      if (text) text.textContent = said;
      announce(status, said);
      a.classList.add('is-copied');
      window.setTimeout(() => {
        if (text && before !== undefined) text.innerHTML = before;
        a.classList.remove('is-copied');
      }, 2000);
    });
  }
}

/** The page's live region for share links, created once. */
function shareStatus(doc: Document): HTMLElement {
  let el = doc.querySelector<HTMLElement>('[data-share-status]');
  if (!el) {
    el = doc.createElement('p');
    el.className = 'visually-hidden';
    el.setAttribute('role', 'status');
    el.setAttribute('aria-live', 'polite');
    el.dataset.shareStatus = '';
    doc.body.append(el);
  }
  return el;
}
