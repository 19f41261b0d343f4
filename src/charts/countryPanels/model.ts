/**
 * Russia and China side by side: data slice, words and the line-chart layout. Browser-safe
 * (no geometry), shared by the build-time render and client.ts.
 */
import { type ScaleLinear, scaleLinear } from 'd3-scale';
import type { Dataset } from '../../schemas/dataset';
import type { FotnDirection } from '../../schemas/fotnScale';
import type { FotnStatus } from '../../schemas/fotnScore';
import { FOTN_EDITIONS, LATEST_EDITION, statusName, unifiedScore } from '../fotnScale';
import { chartText, joinList, type Locale } from '../shared/i18n';
import { r1 } from '../shared/dom';
import type { DataTable } from '../types';
import type { CountryPanelsState } from './state';
import { STORY_COUNTRIES, STORY_COUNTRY_NAMES, type StoryCountry } from '../shared/countries';

/** For client.ts until the browser half of issue #12 removes it. */
export { STORY_COUNTRIES as PANEL_COUNTRIES };

export interface PanelPoint {
  id: string;
  edition: number;
  score: number;
  scale: FotnDirection;
  unified: number;
  status: FotnStatus;
  confidence: 'verified' | 'likely';
  source: { url: string; publisher: string };
}

export interface CountryPanelsData {
  names: Record<StoryCountry, string>;
  series: Record<StoryCountry, PanelPoint[]>;
}

export function selectCountryPanels(ds: Dataset): CountryPanelsData {
  const series = { RU: [] as PanelPoint[], CN: [] as PanelPoint[] };
  for (const s of ds.fotnScores) {
    if (s.country !== 'RU' && s.country !== 'CN') continue;
    series[s.country].push({
      id: s.id,
      edition: s.edition,
      score: s.score,
      scale: s.scale,
      unified: unifiedScore(s),
      status: s.status,
      confidence: s.confidence,
      source: { url: s.sources[0]!.url, publisher: s.sources[0]!.publisher },
    });
  }
  series.RU.sort((a, b) => a.edition - b.edition);
  series.CN.sort((a, b) => a.edition - b.edition);
  // Names as the (edition's) dataset writes them, so the panels and the map agree.
  const nameOf = (c: StoryCountry) =>
    ds.fotnScores.find((s) => s.country === c)?.countryName ?? STORY_COUNTRY_NAMES[c];
  return { names: { RU: nameOf('RU'), CN: nameOf('CN') }, series };
}

export function pointAt(data: CountryPanelsData, code: StoryCountry, year: number): PanelPoint | undefined {
  return data.series[code].find((p) => p.edition === year);
}

/** Header line of a panel: "17 of 100 · Not Free (2025)"; without the year on narrow screens. */
export function panelValue(
  data: CountryPanelsData,
  code: StoryCountry,
  year: number,
  narrow = false,
  locale: Locale = 'en',
): string {
  const p = pointAt(data, code, year);
  if (!p) return chartText(locale, 'charts.cp.noScore', { year: String(year) });
  const vars = { score: String(p.unified), status: statusName(p.status, locale), year: String(year) };
  return chartText(locale, narrow ? 'charts.cp.valueNarrow' : 'charts.cp.value', vars);
}

export function describeCountryPanels(
  data: CountryPanelsData,
  state: CountryPanelsState,
  locale: Locale = 'en',
): string {
  const parts = STORY_COUNTRIES.map((c) => {
    const p = pointAt(data, c, state.year);
    const first = data.series[c][0];
    const vars = { country: data.names[c], year: String(state.year) };
    if (!p) return chartText(locale, 'charts.cp.describe.noScore', vars);
    const score = { ...vars, score: String(p.unified), status: statusName(p.status, locale) };
    return first
      ? chartText(locale, 'charts.cp.describe.since', {
          ...score,
          first: String(first.unified),
          firstYear: String(first.edition),
        })
      : chartText(locale, 'charts.cp.describe.score', score);
  });
  return chartText(locale, 'charts.cp.describe', {
    year: String(state.year),
    countries: joinList(locale, parts, 'semicolon'),
  });
}

export function countryPanelsTable(
  data: CountryPanelsData,
  state: CountryPanelsState,
  locale: Locale = 'en',
): DataTable {
  const rows: DataTable['rows'] = [];
  for (const e of FOTN_EDITIONS) {
    const ru = pointAt(data, 'RU', e);
    const cn = pointAt(data, 'CN', e);
    if (!ru && !cn) continue;
    const cell = (p?: PanelPoint) =>
      p
        ? chartText(locale, p.scale === '0=most-free' ? 'charts.cp.cellMostFree' : 'charts.cp.cell', {
            score: String(p.unified),
            status: statusName(p.status, locale),
            published: String(p.score),
          })
        : '—';
    rows.push([
      e === state.year ? chartText(locale, 'charts.cp.shown', { year: String(e) }) : String(e),
      cell(ru),
      cell(cn),
      ru ? { text: ru.source.publisher, href: ru.source.url } : '—',
      cn ? { text: cn.source.publisher, href: cn.source.url } : '—',
    ]);
  }
  return {
    caption: chartText(locale, 'charts.cp.caption'),
    columns: [
      chartText(locale, 'charts.cp.column.edition'),
      ...STORY_COUNTRIES.map((c) => data.names[c]),
      ...STORY_COUNTRIES.map((c) => chartText(locale, 'charts.column.source', { country: data.names[c] })),
    ],
    rows,
  };
}

/** Box of a panel part, in SVG units. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface PanelLayout {
  header: { x: number; y: number };
  map: Box;
  chart: Box;
}

/** Panel placement per layout: wide = side by side, narrow = stacked. */
export const PANELS: Record<
  'wide' | 'narrow',
  { width: number; height: number; panels: Record<StoryCountry, PanelLayout> }
> = {
  wide: {
    width: 960,
    height: 496,
    panels: {
      RU: {
        header: { x: 8, y: 18 },
        map: { x: 0, y: 44, w: 590, h: 250 },
        chart: { x: 44, y: 330, w: 506, h: 110 },
      },
      CN: {
        header: { x: 640, y: 18 },
        map: { x: 630, y: 44, w: 330, h: 250 },
        chart: { x: 674, y: 330, w: 210, h: 110 },
      },
    },
  },
  // Phone: 360 × 300, the sticky figure's room on a 375 × 667 screen, so 12 px text stays 12 px.
  narrow: {
    width: 360,
    height: 300,
    panels: {
      RU: {
        header: { x: 0, y: 14 },
        map: { x: 0, y: 38, w: 174, h: 92 },
        chart: { x: 34, y: 152, w: 124, h: 82 },
      },
      CN: {
        header: { x: 186, y: 14 },
        map: { x: 186, y: 38, w: 174, h: 92 },
        chart: { x: 220, y: 152, w: 124, h: 82 },
      },
    },
  },
};

export const FIRST_EDITION = FOTN_EDITIONS[0]!;

const scales = new WeakMap<Box, { x: ScaleLinear<number, number>; y: ScaleLinear<number, number> }>();

/** A chart box's scales: edition → x (first to latest edition), unified score 0–100 → y (up). */
export function scalesOf(box: Box): { x: ScaleLinear<number, number>; y: ScaleLinear<number, number> } {
  let s = scales.get(box);
  if (!s) {
    s = {
      x: scaleLinear()
        .domain([FIRST_EDITION, LATEST_EDITION])
        .range([box.x, box.x + box.w]),
      y: scaleLinear()
        .domain([0, 100])
        .range([box.y + box.h, box.y]),
    };
    scales.set(box, s);
  }
  return s;
}

/** x of an edition inside a chart box, to 0.1 px. */
export function xOf(box: Box, edition: number): number {
  return r1(scalesOf(box).x(edition));
}

/** y of a unified score inside a chart box, to 0.1 px. */
export function yOf(box: Box, unified: number): number {
  return r1(scalesOf(box).y(unified));
}
