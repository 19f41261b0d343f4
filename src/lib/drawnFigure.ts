/**
 * One drawing of a figure as the page shows it: the chart's SVG for a state and a variant, named
 * by the state's text alternative. The sticky figure's inline SVG (Figure.astro) and the drawn
 * states the browser moves between (src/pages/states/) both come from here, so the drawing a
 * reader's browser arrives at is, attribute for attribute, the one the build would inline.
 * Build time only.
 */
import type { Size } from '../charts/types';
import type { Dataset } from './dataset';
import type { Locale } from './i18n/locales';
import { type AnyChart, type Layout, renderChart, type Variant } from './figures';

export function drawFigure(
  chart: AnyChart,
  dataset: Dataset,
  state: unknown,
  alt: string,
  idPrefix: string,
  drawing: { variant: Variant; layout: Layout; size: Size },
  locale: Locale = 'en',
): SVGSVGElement {
  const { variant, layout, size } = drawing;
  const svg = renderChart(chart, dataset, state, layout, `${idPrefix}-${variant}`, size, locale);
  // The alt names the figure in this state (the chart's own title is generic). A chart with
  // focusable marks is a group of controls, not an image (axe: nested-interactive).
  svg.setAttribute('role', svg.querySelector('[tabindex], a[href], button') ? 'group' : 'img');
  svg.removeAttribute('aria-labelledby');
  svg.setAttribute('aria-label', alt);
  // Its <title> (also the tooltip) says the same, as the scroll engine keeps it (src/scrolly/figureName.ts).
  const title = svg.querySelector(':scope > title');
  if (title) title.textContent = alt;
  svg.setAttribute('focusable', 'false');
  svg.setAttribute('data-layout', variant);
  return svg;
}
