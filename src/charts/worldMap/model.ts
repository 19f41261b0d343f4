/**
 * World map of internet freedom: the data slice, colours, words and the narrow dot-plot layout.
 * Browser-safe (no geometry): client.ts uses it to recolour and re-describe without TopoJSON.
 */
import { statusName } from '../fotnScale';
import { chartText, joinList, joinSentences, LANGUAGE_TAGS, type Locale } from '../shared/i18n';
import { max, rollup } from 'd3-array';
import { type ScaleLinear, scaleLinear } from 'd3-scale';
import type { Dataset } from '../../schemas/dataset';
import type { FotnDirection } from '../../schemas/fotnScale';
import type { FotnStatus } from '../../schemas/fotnScore';
import { unifiedScore } from '../fotnScale';
import type { DataTable } from '../types';
import type { WorldMapState } from './state';
import { STORY_COUNTRIES, isStoryCountry } from '../shared/countries';
import { isThinlySourced } from '../../schemas/thinlySourced';

/** For client.ts until the browser half of issue #12 removes it. */
export { STORY_COUNTRIES as KEY_COUNTRIES };

/** One published score, with its value on the unified direction (0 = least free). */
export interface WorldScore {
  id: string;
  country: string;
  edition: number;
  /** As published, on the edition's own scale. */
  score: number;
  scale: FotnDirection;
  /** 0 = least free … 100 = most free, whatever the edition. */
  unified: number;
  status: FotnStatus;
  confidence: 'verified' | 'likely';
  source: { url: string; publisher: string };
  /** Every source is secondary: the details line says so (src/schemas/thinlySourced.ts). */
  thin?: true;
}

export interface WorldMapData {
  /** Editions that have at least one score, ascending. */
  editions: number[];
  /** Country names by ISO alpha-2 code (the latest name Freedom House used). */
  names: Record<string, string>;
  /** Scores by edition, then country code. */
  scores: WorldScore[];
  /** Width of each name as a bold 13 px label, measured at build time (no text metrics in the browser). */
  nameWidths: Record<string, number>;
}

/** Countries always outlined and labelled. */

export function selectWorldMap(ds: Dataset): WorldMapData {
  const scores = ds.fotnScores
    .map((s) => ({
      id: s.id,
      country: s.country,
      edition: s.edition,
      score: s.score,
      scale: s.scale,
      unified: unifiedScore(s),
      status: s.status,
      confidence: s.confidence,
      source: { url: s.sources[0]!.url, publisher: s.sources[0]!.publisher },
      ...(isThinlySourced(s) ? { thin: true as const } : {}),
    }))
    .sort((a, b) => a.edition - b.edition || (a.country < b.country ? -1 : a.country > b.country ? 1 : 0));
  const names: Record<string, string> = {};
  for (const s of [...ds.fotnScores].sort((a, b) => a.edition - b.edition)) names[s.country] = s.countryName;
  const sortedNames: Record<string, string> = {};
  for (const k of Object.keys(names).sort()) sortedNames[k] = names[k]!;
  return {
    editions: [...new Set(scores.map((s) => s.edition))].sort((a, b) => a - b),
    names: sortedNames,
    scores,
    // Filled by the chart's select (index.ts), which may measure text; this module is browser code.
    nameWidths: {},
  };
}

/** Scores of one edition by country code. */
export function scoresOf(data: WorldMapData, year: number): Map<string, WorldScore> {
  return new Map(data.scores.filter((s) => s.edition === year).map((s) => [s.country, s]));
}

/** The ten colour steps, lowest scores first: `--wm-c0` … `--wm-c9` in shared/theme.css (viridis). */
export const PALETTE: readonly string[] = Array.from({ length: 10 }, (_, i) => `var(--wm-c${i})`);

/** Colour bin 0–9 of a unified score. */
export function binOf(unified: number): number {
  return Math.max(0, Math.min(9, Math.floor(unified / 10)));
}

/** Fill for a unified score (also written as a `wm-c<bin>` class that CSS can restyle). */
export function fillOf(unified: number): string {
  return PALETTE[binOf(unified)]!;
}

/** Name of a country, or its code. */
export function nameOf(data: WorldMapData, code: string): string {
  return data.names[code] ?? code;
}

/** Rank of a country among an edition's recorded scores, 1 = most free; ties share a rank. */
export function rankOf(scores: Map<string, WorldScore>, code: string): number | undefined {
  const mine = scores.get(code);
  if (!mine) return undefined;
  let better = 0;
  for (const s of scores.values()) if (s.unified > mine.unified) better++;
  return better + 1;
}

/** "Russia: 17 of 100, Not Free" (the mark's accessible name). */
export function countryLabel(data: WorldMapData, s: WorldScore, locale: Locale = 'en'): string {
  return chartText(locale, 'charts.wm.countryLabel', {
    country: nameOf(data, s.country),
    score: String(s.unified),
    status: statusName(s.status, locale),
  });
}

/** "Source: Freedom House. Published as 66 when 0 meant most free." (focus details). */
export function countryDetails(s: WorldScore, locale: Locale = 'en'): string {
  return joinSentences(locale, [
    chartText(locale, 'charts.wm.source', { publisher: s.source.publisher }),
    s.scale === '0=most-free'
      ? chartText(locale, 'charts.wm.published', { score: String(s.score), edition: String(s.edition) })
      : '',
    s.confidence === 'likely' ? chartText(locale, 'charts.wm.unconfirmed') : '',
    s.thin ? chartText(locale, 'charts.thin') : '',
  ]);
}

/** "3rd" in English; "3-е" and "第3" in the editions. */
function ord(n: number, locale: Locale): string {
  if (locale !== 'en') return chartText(locale, 'charts.wm.ordinal', { n: String(n) });
  const t = n % 100;
  if (t >= 11 && t <= 13) return `${n}th`;
  const s = n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
  return `${n}${s}`;
}

/** One or two sentences on what the map shows in this state. */
/**
 * What the figure shows in words, true of both drawings (embed pages, image alts and tables
 * describe whichever one the reader's width picks). How each drawing shows it is drawingNote.
 */
export function describeWorldMap(data: WorldMapData, state: WorldMapState, locale: Locale = 'en'): string {
  const scores = scoresOf(data, state.year);
  const n = scores.size;
  const bits: string[] = [];
  for (const code of [...STORY_COUNTRIES, ...state.highlight.filter((c) => !isStoryCountry(c))]) {
    const s = scores.get(code);
    if (!s) {
      bits.push(chartText(locale, 'charts.wm.describe.noScore', { country: nameOf(data, code) }));
      continue;
    }
    const rank = rankOf(scores, code)!;
    bits.push(
      chartText(locale, n > 2 ? 'charts.wm.describe.ranked' : 'charts.wm.describe.score', {
        country: nameOf(data, code),
        score: String(s.unified),
        status: statusName(s.status, locale),
        rank: ord(rank, locale),
        n,
      }),
    );
  }
  return joinSentences(locale, [
    chartText(locale, 'charts.wm.describe', { year: String(state.year), count: n }),
    chartText(locale, 'charts.sentence', { text: joinList(locale, bits, 'semicolon') }),
    state.year < 2019 ? chartText(locale, 'charts.wm.describe.converted') : '',
  ]);
}

/**
 * How a drawing shows the scores, a second description of its SVG (build time only, so the
 * browser, which only rewrites the first, does not carry these words): the map hatches countries
 * without a score, the phone's dot plot leaves them out.
 */
export function drawingNote(layout: 'wide' | 'narrow', locale: Locale = 'en'): string {
  return chartText(locale, `charts.wm.drawingNote.${layout}`);
}

/** The scores behind the map in this state, least free first. */
export function worldMapTable(data: WorldMapData, state: WorldMapState, locale: Locale = 'en'): DataTable {
  const tag = LANGUAGE_TAGS[locale];
  const rows = [...scoresOf(data, state.year).values()]
    .sort(
      (a, b) => a.unified - b.unified || nameOf(data, a.country).localeCompare(nameOf(data, b.country), tag),
    )
    .map((s) => [
      nameOf(data, s.country),
      String(s.unified),
      statusName(s.status, locale),
      chartText(
        locale,
        s.scale === '0=most-free' ? 'charts.wm.scale.mostFree' : 'charts.wm.scale.leastFree',
        {
          score: String(s.score),
        },
      ),
      {
        text:
          s.confidence === 'likely'
            ? chartText(locale, 'charts.wm.publisherUnconfirmed', { publisher: s.source.publisher })
            : s.source.publisher,
        href: s.source.url,
      },
    ]);
  return {
    caption: chartText(locale, 'charts.wm.caption', { year: String(state.year) }),
    columns: ['country', 'score', 'status', 'published', 'source'].map((k) =>
      chartText(locale, `charts.wm.column.${k}`),
    ),
    rows,
  };
}

/** Position of one dot in the narrow dot plot. */
export interface Dot {
  code: string;
  x: number;
  y: number;
  unified: number;
}

/** Geometry of the narrow layout (a binned dot plot on the 0–100 axis). */
export const NARROW = { left: 14, right: 14, top: 118, bottom: 44, bin: 5 } as const;

/** The dot plot's score axis: 0–100 across the figure, inside its margins. */
export function scoreScale(width: number): ScaleLinear<number, number> {
  return scaleLinear()
    .domain([0, 100])
    .range([NARROW.left, width - NARROW.right]);
}

/**
 * Binned dot plot for narrow screens: one dot per country, stacked upwards in bins of 5 points,
 * least free within a bin at the bottom. Deterministic.
 */
export function dotLayout(
  data: WorldMapData,
  year: number,
  width: number,
  height: number,
): { dots: Dot[]; r: number; baseline: number } {
  const scores = [...scoresOf(data, year).values()].sort(
    (a, b) => a.unified - b.unified || (a.country < b.country ? -1 : 1),
  );
  const bins = 100 / NARROW.bin;
  const x = scoreScale(width);
  const binW = x(NARROW.bin) - x(0);
  const binOfScore = (unified: number) => Math.min(bins - 1, Math.floor(unified / NARROW.bin));
  const baseline = height - NARROW.bottom;
  const counts = new Map<number, number>();
  // Dot size fits the tallest stack over every edition, so it does not jump between years.
  const editions = new Set(data.editions);
  const perBin = rollup(
    data.scores.filter((s) => editions.has(s.edition)),
    (v) => v.length,
    (s) => s.edition,
    (s) => binOfScore(s.unified),
  );
  const tallest = max([...perBin.values()].flatMap((m) => [...m.values()])) ?? 1;
  const step = Math.min(binW, (baseline - NARROW.top) / tallest);
  const r = Math.round((step / 2 - 0.6) * 10) / 10;
  const dots = scores.map((s) => {
    const b = binOfScore(s.unified);
    const k = counts.get(b) ?? 0;
    counts.set(b, k + 1);
    return {
      code: s.country,
      x: Math.round(x((b + 0.5) * NARROW.bin) * 10) / 10,
      y: Math.round((baseline - (k + 0.5) * step) * 10) / 10,
      unified: s.unified,
    };
  });
  return { dots, r, baseline };
}

/** Label rows that keep labels (given by their left and right ends) from overlapping. */
export function stackLabels(items: { key: string; left: number; right: number }[]): Map<string, number> {
  const rows: { left: number; right: number }[][] = [];
  const out = new Map<string, number>();
  for (const it of [...items].sort((a, b) => a.left - b.left || (a.key < b.key ? -1 : 1))) {
    let row = 0;
    while ((rows[row] ?? []).some((o) => it.left < o.right + 6 && it.right > o.left - 6)) row++;
    rows[row] = [...(rows[row] ?? []), it];
    out.set(it.key, row);
  }
  return out;
}
