/** Browser half of the country panels: recolour each country, move the year markers. */
import { applyRoving, attachRoving, keepFocus } from '../roving';
import { tween } from '../tween';
import type { ChartClient, UpdateOptions } from '../types';
import { countryFill, drawMarker } from './draw';
import {
  type CountryPanelsData,
  describeCountryPanels,
  PANEL_COUNTRIES,
  PANELS,
  panelValue,
  pointAt,
} from './model';
import type { CountryPanelsState } from './state';

/** Recolours the countries and moves the markers to `state` (see countryPanelsClient.update). */
function moveCountryPanels(
  svg: SVGSVGElement,
  data: CountryPanelsData,
  state: CountryPanelsState,
  opts: UpdateOptions,
): void {
  const duration = Math.min(750, Math.max(0, opts.duration));
  const layout = svg.classList.contains('cp--narrow') ? 'narrow' : 'wide';
  svg.setAttribute('data-year', String(state.year));
  const desc = svg.querySelector('desc');
  if (desc) desc.textContent = describeCountryPanels(data, state);
  for (const code of PANEL_COUNTRIES) {
    const panel = svg.querySelector(`.cp-panel[data-key="${code}"]`);
    if (!panel) continue;
    const val = panel.querySelector('.cp-val');
    if (val) val.textContent = panelValue(data, code, state.year, layout === 'narrow');
    const shape = panel.querySelector<SVGPathElement>(`.cp-map [data-key="${code}"]`);
    if (shape) {
      const { fill, class: cls } = countryFill(data, code, state.year);
      shape.setAttribute('class', cls);
      tween(shape, { attr: { fill } }, duration);
    }
    const chart = panel.querySelector('.cp-chart');
    const box = PANELS[layout].panels[code].chart;
    const old = chart?.querySelector<SVGGElement>('.cp-marker');
    if (!chart) continue;
    if (old && Number(old.getAttribute('data-year')) === state.year) continue;
    // Redraw the marker at the old place, then glide it to the new year.
    const oldTransform = old?.getAttribute('transform');
    old?.remove();
    const marker = drawMarker(svg.ownerDocument, chart, data, code, box, state.year);
    if (duration > 0 && oldTransform && pointAt(data, code, state.year)) {
      const target = marker.getAttribute('transform') ?? '';
      marker.setAttribute('transform', oldTransform);
      tween(marker, { attr: { transform: target } }, duration);
    }
  }
  // New markers are drawn as Tab stops: back to one.
  applyRoving(svg);
}

export const countryPanelsClient: ChartClient<CountryPanelsState, CountryPanelsData> = {
  update(svg, data, state, opts) {
    // A marker that has focus is replaced by one at the new year: focus moves to it.
    keepFocus(svg, () => moveCountryPanels(svg, data, state, opts));
  },
  attach(figure) {
    attachRoving(figure);
  },
};

export default countryPanelsClient;
