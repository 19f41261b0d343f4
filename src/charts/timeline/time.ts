/**
 * The timeline's time axis: where a partial date sits on it (ms, cached: layouts ask thousands
 * of times), which calendar ticks it shows (d3-time intervals, d3-time-format labels) and where a
 * tick is drawn in either orientation.
 */
import { type CountableTimeInterval, type TimeInterval, utcDay, utcMonday, utcMonth, utcYear } from 'd3-time';
import { utcFormat } from 'd3-time-format';
import { dateEnd, dateStart, intlDate, isoDay } from '../shared/format';
import type { Locale } from '../shared/i18n';
import { textWidth } from '../shared/text';
import { type Anchor, FONT, type Layout, point, r1, type TickLayout } from './geometry';

// Still imported by the timeline's browser half (client.ts) until it goes (issue #12).
export { formatDate, formatRange } from '../shared/format';

export const DAY = 86_400_000;

const startCache = new Map<string, number>();
const endCache = new Map<string, number>();

function cached(cache: Map<string, number>, date: string, of: (d: string) => Date): number {
  let v = cache.get(date);
  if (v === undefined) {
    v = +of(date);
    if (cache.size < 50_000) cache.set(date, v);
  }
  return v;
}

/** Milliseconds of the first instant (UTC) a partial date can mean: 2017 → 1 Jan 2017. */
export const startMs = (date: string): number => cached(startCache, date, dateStart);

/** Milliseconds just after the last day a partial date can mean (exclusive end). */
export const endMs = (date: string): number => cached(endCache, date, dateEnd);

/** The instant a mark is drawn at: the middle of the day, month or year the date names. */
export function midMs(date: string): number {
  return (startMs(date) + endMs(date)) / 2;
}

export type TickUnit = 'year' | 'month' | 'week' | 'day';

export interface Tick {
  /** Stable key: the tick's date, so ticks slide when the focus changes. */
  key: string;
  /** Instant the tick marks (noon for day and week ticks, so they sit on the day's marks). */
  t: number;
  /** Main label: "2017", "Apr", "4 May". */
  label: string;
  /** Second line on the first tick and where the year changes (month and day ticks). */
  sub?: string;
}

interface Candidate {
  unit: TickUnit;
  /** Rough length of one step, to skip candidates without listing their dates. */
  step: number;
  interval: TimeInterval;
}

const every = (interval: CountableTimeInterval, n: number) => interval.every(n)!;

/**
 * Tick intervals from finest to coarsest. Every other day skips the 31st, so no two ticks are one
 * day apart at a month's turn.
 */
const CANDIDATES: Candidate[] = [
  { unit: 'day', step: DAY, interval: utcDay },
  {
    unit: 'day',
    step: 2 * DAY,
    interval: utcDay.filter((d) => d.getUTCDate() % 2 === 1 && d.getUTCDate() !== 31),
  },
  { unit: 'week', step: 7 * DAY, interval: utcMonday },
  { unit: 'week', step: 14 * DAY, interval: every(utcMonday, 2) },
  { unit: 'month', step: 30 * DAY, interval: utcMonth },
  { unit: 'month', step: 61 * DAY, interval: every(utcMonth, 2) },
  { unit: 'month', step: 91 * DAY, interval: every(utcMonth, 3) },
  { unit: 'month', step: 182 * DAY, interval: every(utcMonth, 6) },
  { unit: 'year', step: 365 * DAY, interval: utcYear },
  { unit: 'year', step: 730 * DAY, interval: every(utcYear, 2) },
  { unit: 'year', step: 1826 * DAY, interval: every(utcYear, 5) },
  { unit: 'year', step: 3652 * DAY, interval: every(utcYear, 10) },
];

/** Minimum distance in px between ticks, by unit, for a horizontal axis (labels side by side). */
const SPACING_H: Record<TickUnit, number> = { day: 50, week: 50, month: 40, year: 44 };

const LABEL: Record<TickUnit, (d: Date) => string> = {
  year: utcFormat('%Y'),
  month: utcFormat('%b'),
  week: utcFormat('%-d %b'),
  day: utcFormat('%-d %b'),
};

/** Tick labels in an edition: the year as digits, months and days as Intl writes them ("май", "5月", "4 мая", "5月4日"). */
function tickLabel(unit: TickUnit, d: Date, locale: Locale): string {
  if (locale === 'en' || unit === 'year') return LABEL[unit](d);
  const options: Intl.DateTimeFormatOptions =
    unit === 'month' ? { month: 'short' } : { day: 'numeric', month: 'short' };
  return intlDate(locale, options).format(d);
}
const yearOf = utcFormat('%Y');

/**
 * Ticks for the domain [t0, t1): the finest of days → weeks → months → years whose labels do not
 * crowd `length` px. `spacing` overrides the minimum distance (a vertical axis needs less).
 */
export function timeTicks(
  t0: number,
  t1: number,
  length: number,
  spacing?: number,
  locale: Locale = 'en',
): { unit: TickUnit; ticks: Tick[] } {
  const a = new Date(t0);
  const b = new Date(t1);
  const last = CANDIDATES[CANDIDATES.length - 1]!;
  let chosen = last;
  let dates: Date[] = [];
  for (const c of CANDIDATES) {
    let min = spacing ?? SPACING_H[c.unit];
    if (c !== last && ((t1 - t0) / c.step) * min > length * 1.5) continue;
    const list = c.interval.range(a, b);
    // Side by side, labels need their own width and a gap: "15 февр." and "12月16日" are wider than "15 Feb".
    if (spacing === undefined)
      for (const d of list) min = Math.max(min, textWidth(tickLabel(c.unit, d, locale), FONT.axis) + 8);
    if (list.length * min <= length || c === last) {
      chosen = c;
      dates = list;
      break;
    }
  }
  const unit = chosen.unit;
  const ticks: Tick[] = [];
  let prevYear = '';
  for (const d of dates) {
    const t = unit === 'day' || unit === 'week' ? +d + DAY / 2 : +d;
    if (t < t0 || t >= t1) continue;
    const year = yearOf(d);
    const tick: Tick = { key: isoDay(d), t, label: tickLabel(unit, d, locale) };
    if (unit !== 'year' && year !== prevYear) tick.sub = year;
    prevYear = year;
    ticks.push(tick);
  }
  return { unit, ticks };
}

/** Where a tick's text goes: `shift` px along the time axis from the tick, at `across`. */
interface TickText {
  shift: number;
  across: number;
}

/**
 * A tick at `along` px: its grid line across the plot from grid[0] to grid[1] (drawn in
 * `segments`), its label and its year line beside the axis.
 */
export function tickAt(
  layout: Layout,
  t: Tick,
  along: number,
  grid: [number, number],
  text: { label: TickText; sub: TickText; anchor: Anchor },
  segments: [number, number][],
): TickLayout {
  const [x1, y1] = point(layout, along, grid[0]);
  const [x2, y2] = point(layout, along, grid[1]);
  const [tx, ty] = point(layout, along + text.label.shift, text.label.across);
  const [subX, subY] = point(layout, along + text.sub.shift, text.sub.across);
  const tick: TickLayout = {
    key: `tick-${t.key}`,
    x1: r1(x1),
    y1: r1(y1),
    x2: r1(x2),
    y2: r1(y2),
    tx: r1(tx),
    ty: r1(ty),
    anchor: text.anchor,
    label: t.label,
    subX: r1(subX),
    subY: r1(subY),
    segments,
  };
  if (t.sub) tick.sub = t.sub;
  return tick;
}
