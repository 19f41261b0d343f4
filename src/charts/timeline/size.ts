/**
 * Shared by the timeline's browser code (client.ts for the story, redraw.ts for embeds): the size
 * a variant is laid out at on screen, and the root attributes a redraw takes from a fresh render.
 */
import type { UpdateOptions } from '../types';
import type { Layout } from './geometry';

/** The idPrefix the SVG was rendered with (from its <desc id="<prefix>-w-desc">). */
export function idPrefixOf(svg: SVGSVGElement): string {
  const id = svg.querySelector(':scope > desc')?.getAttribute('id') ?? 'tl-w-desc';
  return id.replace(/-[wn]-desc$/, '');
}

/**
 * The size to lay a variant out at, from its box on screen, so labels keep their 13–14 px:
 * - a box whose height follows the SVG (CSS `height: auto`): its width, with the proportions of
 *   `opts` (the size it was built at), so nothing shifts when scripts start;
 * - a box the page sizes (a sticky figure of fixed height on a phone): that box, exactly.
 * An SVG not on screen keeps `opts`.
 */
export function drawnSize(
  svg: SVGSVGElement,
  opts: UpdateOptions,
): { width: number; height: number; fit: boolean } {
  if (typeof svg.getBoundingClientRect !== 'function') return { ...opts, fit: false };
  const r = svg.getBoundingClientRect();
  const width = Math.round(r.width);
  if (!width || width < 280) return { ...opts, fit: false };
  const proportional = Math.round((opts.height * width) / opts.width);
  const vb = svg.viewBox?.baseVal;
  const followsViewBox =
    vb && vb.width > 0 ? Math.abs(r.height - (r.width * vb.height) / vb.width) < 2 : true;
  // Once drawn to fit its box, the box follows the drawing: it stays "fitted" while its height
  // is not the one the built proportions would give.
  const fit = !followsViewBox || (fitted.get(svg) === true && Math.abs(r.height - proportional) > 2);
  fitted.set(svg, fit);
  if (fit) return { width, height: Math.round(r.height), fit: true };
  if (Math.abs(width - opts.width) < 2) return { ...opts, fit: false };
  return { width, height: proportional, fit: false };
}
const fitted = new WeakMap<SVGSVGElement, boolean>();

/** The root: keep attributes the page added (aria-label, role from the figure), take the rest. */
export function syncRoot(svg: SVGSVGElement, next: SVGSVGElement, layout: Layout): void {
  for (const name of [
    'viewBox',
    'width',
    'height',
    'data-focus',
    'data-range',
    'aria-describedby',
    'font-family',
    'xmlns',
  ]) {
    const v = next.getAttribute(name);
    if (v !== null && svg.getAttribute(name) !== v) svg.setAttribute(name, v);
  }
  svg.classList.remove('tl--wide', 'tl--narrow');
  svg.classList.add('tl', `tl--${layout}`);
}
