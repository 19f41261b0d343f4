/**
 * The country panels' drawing code for an embed with a custom state in its URL
 * (src/embed/queryState.ts, loaded only then): recolours each country and moves the year markers
 * of the built SVG at once. The maps need build-time geometry (TopoJSON, never shipped), so this
 * redraws the paths already in the page. Story steps and the default state are drawn at build time.
 */
import { applyRoving } from '../roving';
import { localeOf } from '../shared/dom';
import type { ChartClient } from '../types';
import { countryFill, drawMarker } from './draw';
import { type CountryPanelsData, describeCountryPanels, PANEL_COUNTRIES, PANELS, panelValue } from './model';
import type { CountryPanelsState } from './state';

/** Recolours the countries and moves the markers to `state`, at once. */
function redrawCountryPanels(svg: SVGSVGElement, data: CountryPanelsData, state: CountryPanelsState): void {
  const layout = svg.classList.contains('cp--narrow') ? 'narrow' : 'wide';
  svg.setAttribute('data-year', String(state.year));
  const locale = localeOf(svg);
  const desc = svg.querySelector('desc');
  if (desc) desc.textContent = describeCountryPanels(data, state, locale);
  for (const code of PANEL_COUNTRIES) {
    const panel = svg.querySelector(`.cp-panel[data-key="${code}"]`);
    if (!panel) continue;
    const val = panel.querySelector('.cp-val');
    if (val) val.textContent = panelValue(data, code, state.year, layout === 'narrow', locale);
    const shape = panel.querySelector<SVGPathElement>(`.cp-map [data-key="${code}"]`);
    if (shape) {
      const { fill, class: cls } = countryFill(data, code, state.year);
      shape.setAttribute('class', cls);
      shape.setAttribute('fill', fill);
    }
    const chart = panel.querySelector('.cp-chart');
    const box = PANELS[layout].panels[code].chart;
    const old = chart?.querySelector<SVGGElement>('.cp-marker');
    if (!chart) continue;
    if (old && Number(old.getAttribute('data-year')) === state.year) continue;
    old?.remove();
    drawMarker(svg.ownerDocument, chart, data, code, box, state.year, locale);
  }
  // New markers are drawn as Tab stops: back to one.
  applyRoving(svg);
}

const countryPanelsRedraw: ChartClient<CountryPanelsState, CountryPanelsData> = {
  update: (svg, data, state) => redrawCountryPanels(svg, data, state),
};

export default countryPanelsRedraw;
