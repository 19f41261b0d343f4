/**
 * The origin in a copied snippet. The build writes snippets with the origin it was given
 * (SITE_URL, or http://localhost:4321 without it); a site built without SITE_URL and served from
 * anywhere else would hand out snippets pointing at localhost. In the browser, the snippet is
 * rewritten to the origin the page is actually served from, which is where its embeds live.
 */

/** `code` with every URL on `from` moved to `to`; unchanged when `to` is not an http(s) origin. */
export function rebaseOrigin(code: string, from: string, to: string): string {
  let target: URL;
  let source: URL;
  try {
    target = new URL(to);
    source = new URL(from);
  } catch {
    return code;
  }
  // file:, about:blank and friends have no origin an embed could load from.
  if (!/^https?:$/.test(target.protocol) || target.origin === source.origin) return code;
  // Only whole URLs: the origin followed by a path, so "http://localhost:4321" in prose (or a
  // longer host that starts the same) is left alone.
  return code.split(`${source.origin}/`).join(`${target.origin}/`);
}

/**
 * Every `textarea[data-snippet]` under `root` shows its build-time snippet (its default value)
 * with the build's origin (`data-site-origin` on the nearest ancestor that has it) replaced by
 * this page's. Browser only.
 */
export function rebaseSnippets(root: ParentNode, origin = location.origin): void {
  for (const field of root.querySelectorAll<HTMLTextAreaElement>('textarea[data-snippet]')) {
    const from = field.closest<HTMLElement>('[data-site-origin]')?.dataset.siteOrigin;
    if (!from) continue;
    const next = rebaseOrigin(field.defaultValue, from, origin);
    if (field.value !== next) field.value = next;
  }
}
