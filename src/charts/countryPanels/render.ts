/** Build-time SVG of Russia and China side by side (maps projected here, never in the browser). */
import { chartText } from '../shared/i18n';
import { geoConicEqualArea, type GeoProjection, geoPath } from 'd3-geo';
import { applyRoving } from '../roving';
import type { RenderOptions } from '../types';
import { compactPath, countries50, type CountryFeature } from '../worldMap/geometry';
import { el, svgRoot } from '../shared/dom';
import { countryFill, drawChart, drawMarker } from './draw';
import { type Box, type CountryPanelsData, describeCountryPanels, PANELS, panelValue } from './model';
import type { CountryPanelsState } from './state';
import { STORY_COUNTRIES, type StoryCountry } from '../shared/countries';

/** Douglas–Peucker tolerance for the panels (1:50m source), in degrees. */
export const PANEL_SIMPLIFY = 0.08;

/**
 * A projection that suits each country. Russia: Albers equal-area conic on 100°E, standard
 * parallels 52° and 64°N; its cut runs along 80°W, far from Chukotka (which crosses 180°).
 * China: Albers on 105°E, parallels 25° and 47°N.
 */
export function panelProjection(code: StoryCountry, box: Box, focus: CountryFeature): GeoProjection {
  const p =
    code === 'RU'
      ? geoConicEqualArea().parallels([52, 64]).rotate([-100, 0])
      : geoConicEqualArea().parallels([25, 47]).rotate([-105, 0]);
  const pad = 6;
  p.fitExtent(
    [
      [box.x + pad, box.y + pad],
      [box.x + box.w - pad, box.y + box.h - pad],
    ],
    focus,
  );
  return p.clipExtent([
    [box.x, box.y],
    [box.x + box.w, box.y + box.h],
  ]);
}

const cache = new Map<string, { code: string | null; d: string }[]>();

/** Every country that shows in a panel's box, clipped to it; the focus country last. */
export function panelShapes(code: StoryCountry, box: Box): { code: string | null; d: string }[] {
  const key = `${code}:${box.x},${box.y},${box.w},${box.h}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const all = countries50(PANEL_SIMPLIFY);
  const focus = all.find((f) => f.code === code)!;
  const projection = panelProjection(code, box, focus);
  const path = geoPath(projection);
  const out: { code: string | null; d: string }[] = [];
  for (const f of all) {
    if (f.code === code || f.code === 'AQ') continue;
    const b = path.bounds(f);
    if (!Number.isFinite(b[0][0]) || b[1][0] - b[0][0] < 1 || b[1][1] - b[0][1] < 1) continue;
    const d = compactPath(projection, f, 2);
    if (d) out.push({ code: f.code, d });
  }
  out.sort((a, b) => ((a.code ?? '~') < (b.code ?? '~') ? -1 : 1));
  out.push({ code, d: compactPath(projection, focus, 1) });
  cache.set(key, out);
  return out;
}

export function renderCountryPanels(
  data: CountryPanelsData,
  state: CountryPanelsState,
  opts: RenderOptions,
): SVGSVGElement {
  const doc = opts.document;
  const layout = opts.layout === 'narrow' ? 'narrow' : 'wide';
  const spec = PANELS[layout];
  const p = opts.idPrefix ?? 'country-panels';
  const locale = opts.locale ?? 'en';
  const svg = svgRoot(doc, {
    ...opts,
    idPrefix: p,
    className: `cp cp--${layout}`,
    title: chartText(locale, 'charts.cp.svgTitle', { year: String(state.year) }),
    desc: describeCountryPanels(data, state, locale),
  });
  svg.setAttribute('data-year', String(state.year));
  for (const code of STORY_COUNTRIES) {
    const L = spec.panels[code];
    const g = el(doc, svg, 'g', { class: 'cp-panel', 'data-key': code });
    const head = el(doc, g, 'text', { x: L.header.x, y: L.header.y, class: 'cp-head' });
    el(doc, head, 'tspan', { class: 'cp-name' }, data.names[code]);
    if (layout === 'narrow')
      el(
        doc,
        head,
        'tspan',
        { class: 'cp-val', x: L.header.x, dy: 17 },
        panelValue(data, code, state.year, true, locale),
      );
    else
      el(doc, head, 'tspan', { class: 'cp-val', dx: 8 }, panelValue(data, code, state.year, false, locale));
    const clip = `${p}-clip-${code.toLowerCase()}`;
    const cp = el(doc, el(doc, g, 'defs'), 'clipPath', { id: clip });
    el(doc, cp, 'rect', { x: L.map.x, y: L.map.y, width: L.map.w, height: L.map.h });
    const map = el(doc, g, 'g', { class: 'cp-map', 'clip-path': `url(#${clip})`, 'aria-hidden': 'true' });
    for (const s of panelShapes(code, L.map)) {
      if (s.code === code)
        el(doc, map, 'path', { d: s.d, 'data-key': code, ...countryFill(data, code, state.year) });
      else el(doc, map, 'path', { d: s.d, class: 'cp-other' });
    }
    const chart = drawChart(doc, g, data, code, L.chart, layout === 'narrow', locale);
    drawMarker(doc, chart, data, code, L.chart, state.year, locale);
  }
  // Two lines under both panels: what the colours mean, and how older editions were converted
  // (the chapter quotes converted scores; the printed ones differ before 2019).
  const lines = [1, 2].map((n) => chartText(locale, `charts.cp.note${n}.${layout}`));
  const note = el(doc, svg, 'text', {
    x: 0,
    y: spec.height - (layout === 'narrow' ? 20 : 22),
    class: 'cp-note',
  });
  lines.forEach((t, i) => {
    el(doc, note, 'tspan', { x: 0, dy: i === 0 ? undefined : 16 }, t);
  });
  // One Tab stop for both markers; the arrow keys move between them (src/charts/roving.ts).
  svg.setAttribute('data-roving', 'dom');
  applyRoving(svg);
  return svg;
}
