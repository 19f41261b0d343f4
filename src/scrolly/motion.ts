/**
 * Reduced motion: the system setting (prefers-reduced-motion) or the reader's toggle, remembered
 * in localStorage. When on, charts get duration 0 and CSS transitions are off; states still change.
 */
const KEY = 'scrolly-motion';
const query = typeof matchMedia === 'function' ? matchMedia('(prefers-reduced-motion: reduce)') : undefined;
const listeners = new Set<() => void>();

function stored(): boolean {
  try {
    return localStorage.getItem(KEY) === 'reduce';
  } catch {
    return false;
  }
}

/** Whether figures should change state without animating. */
export function reducedMotion(): boolean {
  return Boolean(query?.matches) || stored();
}

/** Transition length for a chart update, in ms. */
export function transitionMs(normal = 600): number {
  return reducedMotion() ? 0 : normal;
}

/** The reader's choice; `null` clears it (back to the system setting). */
export function setReaderReducedMotion(reduce: boolean): void {
  try {
    if (reduce) localStorage.setItem(KEY, 'reduce');
    else localStorage.removeItem(KEY);
  } catch {
    /* storage off: the choice lasts for this page only */
  }
  document.documentElement.classList.toggle('reduce-motion', reduce);
  for (const l of listeners) l();
}

/** Calls `fn` when either source changes. */
export function onMotionChange(fn: () => void): void {
  listeners.add(fn);
  query?.addEventListener('change', fn);
}

/** Wires every [data-motion-toggle] button (aria-pressed shows the current setting). */
export function initMotionToggles(): void {
  const buttons = [...document.querySelectorAll<HTMLButtonElement>('[data-motion-toggle]')];
  const sync = () => {
    for (const b of buttons) b.setAttribute('aria-pressed', String(reducedMotion()));
    for (const b of buttons) b.disabled = Boolean(query?.matches);
    for (const b of buttons) b.title = query?.matches ? 'Your system setting already reduces motion' : '';
  };
  document.documentElement.classList.toggle('reduce-motion', stored());
  for (const b of buttons) b.addEventListener('click', () => setReaderReducedMotion(!stored()));
  onMotionChange(sync);
  sync();
}
