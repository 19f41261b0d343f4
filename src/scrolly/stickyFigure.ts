/**
 * --sticky-figure-h on a scrolly section: how far below the top of the screen its sticky figure
 * reaches over the section's own steps, so that a link or button in a step that takes focus is
 * scrolled below the figure, not under it (global.css turns the variable into scroll-margin).
 * Measured rather than written in CSS because the figure's height depends on its chart, caption
 * and controls. Where the figure sits beside the steps (wide screens) it covers none of them: 0.
 */

export interface StickyGeometry {
  /** Whether the figure is position: sticky. */
  sticky: boolean;
  /** The figure's and the steps' horizontal extents (px). */
  figure: { left: number; right: number; height: number };
  steps: { left: number; right: number };
  /** The figure's sticky `top` (px from the top of the screen). */
  top: number;
  /** The page's scroll-padding-top (px): what the reading bar already keeps clear. */
  padding: number;
}

/** Extra scroll margin (px) that a step's focusable element needs below the page's scroll-padding. */
export function stickyCover(g: StickyGeometry, gap = 8): number {
  const overlaps = g.figure.left < g.steps.right && g.steps.left < g.figure.right;
  if (!g.sticky || !overlaps || g.figure.height <= 0) return 0;
  return Math.max(0, Math.round(g.top + g.figure.height - g.padding + gap));
}

/** The sections watched, by figure. */
const watched = new Map<HTMLElement, { section: HTMLElement; steps: HTMLElement }>();
let observer: ResizeObserver | undefined;

/**
 * Brings the cover of each of these figures' sections up to date: every figure is measured first,
 * then the changed values are written. Why together: a read after another section's write would
 * make the browser restyle and lay out the page again, once per section.
 */
function update(figures: Iterable<HTMLElement>): void {
  const padding = Number.parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
  const covers = [...figures].flatMap((figure) => {
    const w = watched.get(figure);
    if (!w) return [];
    const style = getComputedStyle(figure);
    const f = figure.getBoundingClientRect();
    const s = w.steps.getBoundingClientRect();
    const px = stickyCover({
      sticky: style.position === 'sticky',
      figure: { left: f.left, right: f.right, height: f.height },
      steps: { left: s.left, right: s.right },
      top: Number.parseFloat(style.top) || 0,
      padding,
    });
    return [{ section: w.section, value: `${px}px` }];
  });
  for (const { section, value } of covers)
    if (section.style.getPropertyValue('--sticky-figure-h') !== value)
      section.style.setProperty('--sticky-figure-h', value);
}

/** Keeps --sticky-figure-h of `section` up to date as its figure or the window changes size. */
export function watchStickyFigure(section: HTMLElement, figure: HTMLElement): void {
  const steps = section.querySelector<HTMLElement>('.scrolly-steps');
  if (!steps) return;
  watched.set(figure, { section, steps });
  if (typeof ResizeObserver !== 'function') {
    update([figure]);
    window.addEventListener('resize', () => update([figure]));
    return;
  }
  // One observer for every figure: it reports each figure once when it starts watching, after
  // the next layout, and all the figures that changed together.
  if (!observer) {
    observer = new ResizeObserver((entries) => update(entries.map((e) => e.target as HTMLElement)));
    window.addEventListener('resize', () => update(watched.keys()));
  }
  observer.observe(figure);
}
