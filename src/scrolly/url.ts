/**
 * The URL fragment follows the active step with history.replaceState: no history entries are
 * added while scrolling, so the back button still means "where I was before", not "one step up".
 */

/** The element id a fragment names (decoded), or null. */
export function fragmentId(hash: string): string | null {
  if (!hash || hash === '#') return null;
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return hash.slice(1);
  }
}

/** A URL with its fragment replaced (or removed when `id` is null). */
export function withFragment(href: string, id: string | null): string {
  const u = new URL(href);
  u.hash = id ? `#${encodeURIComponent(id)}` : '';
  return u.href;
}

let pending: number | undefined;
let wanted: string | null | undefined;

/**
 * Points the current history entry at `id` (or at no fragment), without a history entry and
 * without scrolling. Writes are coalesced: a fast flick through many steps writes once.
 */
export function replaceFragment(id: string | null, delay = 120): void {
  wanted = id;
  if (pending !== undefined) return;
  pending = window.setTimeout(() => {
    pending = undefined;
    const target = wanted === undefined ? null : wanted;
    if (fragmentId(location.hash) === target) return;
    history.replaceState(history.state, '', withFragment(location.href, target));
  }, delay);
}

/** Absolute URL of a fragment on this page (for share links). */
export function fragmentUrl(id: string): string {
  return withFragment(location.href, id);
}
