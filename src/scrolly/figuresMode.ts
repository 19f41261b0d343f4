/**
 * "Show as figures": the linear view (each step with its own static figure) on demand. It switches
 * the linear view's stylesheet link (print and very short phones) to all media, and is remembered
 * in localStorage.
 */
const KEY = 'scrolly-figures';

export function figuresMode(): boolean {
  return document.documentElement.classList.contains('scrolly-linear');
}

export function setFiguresMode(on: boolean): void {
  try {
    if (on) localStorage.setItem(KEY, 'on');
    else localStorage.removeItem(KEY);
  } catch {
    /* storage off: the choice lasts for this page only */
  }
  document.documentElement.classList.toggle('scrolly-linear', on);
  for (const l of document.querySelectorAll<HTMLLinkElement>('link[data-scrolly-linear]'))
    l.media = on ? 'all' : l.dataset.scrollyLinear || 'print';
}

/** Wires every [data-figures-toggle]; `after` runs once the layout has changed. */
export function initFiguresToggles(after: (anchor: HTMLElement | null) => void): void {
  const buttons = [...document.querySelectorAll<HTMLButtonElement>('[data-figures-toggle]')];
  const sync = () => {
    for (const b of buttons) b.setAttribute('aria-pressed', String(figuresMode()));
  };
  for (const b of buttons)
    b.addEventListener('click', () => {
      // Keep the section the reader is in on screen across the change of layout.
      const section = b.closest<HTMLElement>('[data-scrolly]');
      setFiguresMode(!figuresMode());
      sync();
      requestAnimationFrame(() => after(section));
    });
  sync();
}
