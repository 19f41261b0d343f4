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
let wanted: string | null = null;

/**
 * Points the current history entry at `id` (or at no fragment), without a history entry and
 * without scrolling, once the reader has stopped: the write waits until no call has come for
 * `quiet` ms (the scroll engine calls on every scrolled frame). Why wait: Chromium re-resolves
 * every link of the document when its URL changes, 57 ms at 4× CPU slowdown on the story; written
 * on each step change, that was a long task in the middle of the step's animation.
 */
export function replaceFragment(id: string | null, quiet = 400, win: Window = window): void {
  wanted = id;
  win.clearTimeout(pending);
  pending = win.setTimeout(() => {
    pending = undefined;
    if (fragmentId(win.location.hash) === wanted) return;
    win.history.replaceState(win.history.state, '', withFragment(win.location.href, wanted));
  }, quiet);
}

/** Whether a write is waiting for the reader to stop. */
export function fragmentPending(): boolean {
  return pending !== undefined;
}

/** Absolute URL of a fragment on this page (for share links). */
export function fragmentUrl(id: string): string {
  return withFragment(location.href, id);
}
