/**
 * Browser-safe drawing helpers for the world map, shared by the build-time render and client.ts:
 * mark attributes, legend and labels. No geometry here.
 */
import {
  binOf,
  countryLabel,
  fillOf,
  nameOf,
  PALETTE,
  scoresOf,
  stackLabels,
  type WorldMapData,
} from './model';
import type { WorldMapState } from './state';
import { el, r1 } from '../shared/dom';
import { STORY_COUNTRIES, isStoryCountry } from '../shared/countries';
import { chartText, type Locale } from '../shared/i18n';
import { statusName } from '../fotnScale';

/** Narrow: 360 × 300, the phone's sticky figure (about 351 × 300 px), so 12 px text is not shrunk. */
export const WORLD_SIZES = { wide: { width: 960, height: 560 }, narrow: { width: 360, height: 300 } };

/** Top of the map area in the wide layout (the legend sits above). */
export const MAP_TOP = 72;

export const NA_FILL = (p: string) => `url(#${p}-na)`;

/** Attributes of a country mark for a year: fill, class, focus and name. */
export function markAttrs(
  data: WorldMapData,
  year: number,
  code: string | null,
  prefix: string,
  highlight: readonly string[],
  locale: Locale = 'en',
) {
  const s = code ? scoresOf(data, year).get(code) : undefined;
  const key = code !== null && (isStoryCountry(code) || highlight.includes(code));
  const cls = ['wm-country', s ? `wm-c${binOf(s.unified)}` : 'wm-na', key ? 'wm-key' : '']
    .filter(Boolean)
    .join(' ');
  return {
    fill: s ? fillOf(s.unified) : NA_FILL(prefix),
    class: cls,
    tabindex: s ? 0 : undefined,
    role: s ? 'img' : undefined,
    'aria-label': s ? countryLabel(data, s, locale) : undefined,
  };
}

/** Legend: title, band brackets, colour steps with numbers, the hatched "no score" key. */
export function legend(
  doc: Document,
  svg: SVGSVGElement,
  data: WorldMapData,
  state: WorldMapState,
  p: string,
  x0: number,
  narrow: boolean,
  locale: Locale = 'en',
) {
  const g = el(doc, svg, 'g', { class: 'wm-legend', 'aria-hidden': 'true' });
  const n = scoresOf(data, state.year).size;
  el(doc, g, 'text', { x: x0, y: 16, class: 'wm-legend-title' }, legendTitle(state.year, locale));
  el(doc, g, 'text', { x: x0, y: 34, class: 'wm-legend-sub' }, legendSub(n, narrow, locale));
  if (narrow) return g;
  el(doc, g, 'rect', { x: x0, y: 44, width: 22, height: 10, fill: NA_FILL(p), class: 'wm-na-swatch' });
  el(
    doc,
    g,
    'text',
    { x: x0 + 28, y: 53, class: 'wm-legend-item' },
    chartText(locale, 'charts.wm.noScoreKey'),
  );
  const sw = 30;
  const bx = 620;
  const y = 26;
  // Band brackets with words (never colour alone).
  // The key's 90 px brackets take shorter names where a language needs them ("Частично").
  const bracket = (band: string) => chartText(locale, `charts.wm.legendBand.${band}`);
  for (const [label, from, to] of [
    [bracket('NotFree'), 0, 4],
    [bracket('PartlyFree'), 4, 7],
    [bracket('Free'), 7, 10],
  ] as const) {
    el(doc, g, 'path', {
      d: `M${bx + from * sw + 1} ${y - 3}v-4h${(to - from) * sw - 2}v4`,
      class: 'wm-band',
    });
    el(
      doc,
      g,
      'text',
      { x: bx + ((from + to) / 2) * sw, y: y - 10, class: 'wm-band-label', 'text-anchor': 'middle' },
      label,
    );
  }
  PALETTE.forEach((c, i) => {
    el(doc, g, 'rect', { x: bx + i * sw, y, width: sw, height: 10, fill: c, class: `wm-c${i}` });
  });
  for (let i = 0; i <= 10; i += 2)
    el(
      doc,
      g,
      'text',
      { x: bx + i * sw, y: y + 24, class: 'wm-tick', 'text-anchor': 'middle' },
      String(i * 10),
    );
  el(
    doc,
    g,
    'text',
    { x: bx + 10 * sw, y: y + 40, class: 'wm-note', 'text-anchor': 'end' },
    chartText(locale, 'charts.wm.converted'),
  );
  return g;
}

/** The legend's first line: "Freedom on the Net 2017". */
export function legendTitle(year: number, locale: Locale = 'en'): string {
  return chartText(locale, 'charts.fotn.edition', { year: String(year) });
}

/** The legend's second line. */
export function legendSub(n: number, narrow: boolean, locale: Locale = 'en'): string {
  return chartText(locale, narrow ? 'charts.wm.legendSubNarrow' : 'charts.wm.legendSub', { count: n });
}

/** A band's name under the scale ("Not free", sentence case). */
export function bandName(band: 'NotFree' | 'PartlyFree' | 'Free', locale: Locale = 'en'): string {
  return chartText(locale, `charts.fotn.band.${band}`);
}

/** A two-line label (name, score) with a halo, centred on `at`. */
export function wideLabel(
  doc: Document,
  parent: Element,
  data: WorldMapData,
  year: number,
  code: string,
  at: [number, number],
  locale: Locale = 'en',
) {
  const s = scoresOf(data, year).get(code);
  const g = el(doc, parent, 'g', {
    class: 'wm-label',
    'data-key': code,
    transform: `translate(${at[0]},${at[1]})`,
  });
  el(doc, g, 'text', { class: 'wm-label-name', 'text-anchor': 'middle', y: -2 }, nameOf(data, code));
  el(
    doc,
    g,
    'text',
    { class: 'wm-label-value', 'text-anchor': 'middle', y: 13 },
    s
      ? chartText(locale, 'charts.wm.labelValue', {
          score: String(s.unified),
          status: statusName(s.status, locale),
        })
      : chartText(locale, 'charts.wm.noScore'),
  );
  return g;
}

/** Labels for Russia, China and highlighted countries above the dots, with leader lines. */
export function narrowLabels(
  doc: Document,
  svg: Element,
  data: WorldMapData,
  state: WorldMapState,
  dots: { code: string; x: number; y: number }[],
) {
  // Names and numbers only: the same in every language's drawing.
  const layer = el(doc, svg, 'g', { class: 'wm-labels', 'aria-hidden': 'true' });
  const scores = scoresOf(data, state.year);
  const codes = [...new Set([...STORY_COUNTRIES, ...state.highlight])].filter((c) => scores.has(c));
  const width = Number(svg.getAttribute('viewBox')?.split(' ')[2] ?? 375);
  const items = codes.map((code) => {
    const text = `${nameOf(data, code)} ${scores.get(code)!.unified}`;
    const x = dots.find((d) => d.code === code)!.x;
    // Name measured at build time; then a space and the digits (Arial: 0.278 and 0.556 em, +4%).
    const digits = String(scores.get(code)!.unified).length;
    const w = (data.nameWidths[code] ?? 0) + ((278 + 556 * digits) * 13 * 1.04) / 1000;
    const anchor = x - w / 2 < 2 ? 'start' : x + w / 2 > width - 2 ? 'end' : 'middle';
    const tx = anchor === 'start' ? x - 4 : anchor === 'end' ? x + 4 : x;
    const left = anchor === 'start' ? tx : anchor === 'end' ? tx - w : tx - w / 2;
    return { key: code, text, x, anchor, tx, left, right: left + w };
  });
  const rows = stackLabels(items);
  for (const it of items) {
    const row = rows.get(it.key) ?? 0;
    const y = 60 + row * 17;
    const dot = dots.find((d) => d.code === it.key)!;
    const g = el(doc, layer, 'g', { class: 'wm-label', 'data-key': it.key });
    el(doc, g, 'line', { x1: it.x, x2: it.x, y1: y + 4, y2: r1(dot.y - 4), class: 'wm-leader' });
    el(doc, g, 'text', { x: r1(it.tx), y, class: 'wm-label-name', 'text-anchor': it.anchor }, it.text);
  }
  return layer;
}
