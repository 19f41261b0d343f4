/** Drawing for the country panels: line charts (d3-shape) and their year marker. */
import { line } from 'd3-shape';
import { binOf, fillOf, PALETTE } from '../worldMap/model';
import { el } from '../shared/dom';
import { type Box, type CountryPanelsData, FIRST_EDITION, type PanelPoint, pointAt, xOf, yOf } from './model';
import { LATEST_EDITION, statusName } from '../fotnScale';
import { chartText, type Locale } from '../shared/i18n';
import { textWidth, wrap } from '../shared/text';
import type { StoryCountry } from '../shared/countries';

/** Class and fill of the focus country for a year (same colour steps as the world map). */
export function countryFill(
  data: CountryPanelsData,
  code: StoryCountry,
  year: number,
): { fill: string; class: string } {
  const p = pointAt(data, code, year);
  return p
    ? { fill: fillOf(p.unified), class: `cp-country wm-c${binOf(p.unified)}` }
    : { fill: 'var(--cp-land)', class: 'cp-country cp-noscore' };
}

/** Room right of the wide chart for a band's name (12 px): longer names take two lines. */
const BAND_ROOM = 72;

/** A band's name beside the scale, on two lines when one would run off the figure ("Частично / свободна"). */
function bandLabel(doc: Document, parent: Element, label: string, x: number, y: number) {
  const lines = textWidth(label, 12) > BAND_ROOM ? wrap(label, 12, BAND_ROOM) : [label];
  if (lines.length === 1) return el(doc, parent, 'text', { x, y, class: 'cp-band' }, label);
  const t = el(doc, parent, 'text', { x, y: y - 7, class: 'cp-band' });
  lines.forEach((line, i) => {
    el(doc, t, 'tspan', { x, dy: i === 0 ? undefined : 14 }, line);
  });
  return t;
}

/** Static part of a line chart: bands, axis labels, the line and the edition dots. */
export function drawChart(
  doc: Document,
  parent: Element,
  data: CountryPanelsData,
  code: StoryCountry,
  box: Box,
  narrow: boolean,
  locale: Locale = 'en',
) {
  const g = el(doc, parent, 'g', { class: 'cp-chart', 'data-key': code });
  const axis = el(doc, g, 'g', { class: 'cp-axis', 'aria-hidden': 'true' });
  // Colour key of the map: the world map's ten colour steps laid along the score axis, so the
  // country's fill reads off the same scale as its line.
  const key = el(doc, axis, 'g', { class: 'cp-key' });
  PALETTE.forEach((c, i) => {
    const top = yOf(box, (i + 1) * 10);
    el(doc, key, 'rect', {
      x: box.x - 6,
      y: top,
      width: 5,
      height: Math.round((yOf(box, i * 10) - top) * 10) / 10,
      fill: c,
      class: `wm-c${i}`,
    });
  });
  for (const v of [0, 40, 70, 100]) {
    el(doc, axis, 'line', {
      x1: box.x,
      x2: box.x + box.w,
      y1: yOf(box, v),
      y2: yOf(box, v),
      class: v === 0 ? 'cp-base' : 'cp-grid',
    });
    el(
      doc,
      axis,
      'text',
      { x: box.x - 9, y: yOf(box, v) + 4, class: 'cp-tick', 'text-anchor': 'end' },
      String(v),
    );
  }
  if (!narrow)
    for (const [band, mid] of [
      ['Free', 85],
      ['PartlyFree', 55],
      ['NotFree', 20],
    ] as const)
      bandLabel(
        doc,
        axis,
        chartText(locale, `charts.fotn.band.${band}`),
        box.x + box.w + 4,
        yOf(box, mid) + 4,
      );
  const years = narrow
    ? [FIRST_EDITION, 2017, LATEST_EDITION]
    : box.w < 320
      ? [FIRST_EDITION, 2013, 2017, 2021, LATEST_EDITION]
      : [FIRST_EDITION, 2011, 2013, 2015, 2017, 2019, 2021, 2023, LATEST_EDITION];
  for (const y of years)
    el(
      doc,
      axis,
      'text',
      { x: xOf(box, y), y: box.y + box.h + 18, class: 'cp-tick', 'text-anchor': 'middle' },
      String(y),
    );
  const pts = data.series[code];
  // Solid line between consecutive editions; dashed across a missing edition (2010).
  const path = line<PanelPoint | null>()
    .defined((p) => p !== null)
    .x((p) => xOf(box, p!.edition))
    .y((p) => yOf(box, p!.unified));
  const gaps = pts.flatMap((p, i) => (i > 0 && p.edition - pts[i - 1]!.edition > 1 ? [i] : []));
  const solid = path(pts.flatMap((p, i) => (gaps.includes(i) ? [null, p] : [p]))) ?? '';
  const dashed = gaps.map((i) => path([pts[i - 1]!, pts[i]!])).join('');
  if (dashed) el(doc, g, 'path', { d: dashed, class: 'cp-line cp-line--gap', fill: 'none' });
  el(doc, g, 'path', { d: solid, class: 'cp-line', fill: 'none' });
  for (const p of pts)
    el(doc, g, 'circle', {
      cx: xOf(box, p.edition),
      cy: yOf(box, p.unified),
      r: 2.5,
      class: 'cp-dot',
      'data-key': p.id,
    });
  return g;
}

/** The year marker (rule, dot, value) of one chart. */
export function drawMarker(
  doc: Document,
  chart: Element,
  data: CountryPanelsData,
  code: StoryCountry,
  box: Box,
  year: number,
  locale: Locale = 'en',
) {
  const p = pointAt(data, code, year);
  const x = xOf(box, year);
  const g = el(doc, chart, 'g', { class: 'cp-marker', 'data-year': year, transform: `translate(${x},0)` });
  el(doc, g, 'line', { x1: 0, x2: 0, y1: box.y - 6, y2: box.y + box.h, class: 'cp-rule' });
  if (p) {
    const y = yOf(box, p.unified);
    el(doc, g, 'circle', { cx: 0, cy: y, r: 5, class: 'cp-now-dot', 'aria-hidden': 'true' });
    // The focusable mark is a 24 px target around the 10 px dot (WCAG 2.5.8), invisible until focused.
    el(doc, g, 'circle', {
      cx: 0,
      cy: y,
      r: 12.5,
      class: 'cp-now',
      tabindex: 0,
      role: 'img',
      'aria-label': chartText(locale, 'charts.cp.markLabel', {
        country: data.names[code],
        year: String(year),
        score: String(p.unified),
        status: statusName(p.status, locale),
      }),
    });
    const right = x > box.x + box.w - 40;
    el(
      doc,
      g,
      'text',
      { x: right ? -8 : 8, y: y - 8, class: 'cp-value', 'text-anchor': right ? 'end' : 'start' },
      String(p.unified),
    );
  }
  el(doc, g, 'text', { x: 0, y: box.y - 10, class: 'cp-year', 'text-anchor': 'middle' }, String(year));
  return g;
}
