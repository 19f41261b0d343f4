/**
 * UTC date arithmetic and axis ticks for the timeline. Pure; no zod, no DOM, no d3-time (ships to
 * the browser): the few calendar intervals the axis needs are written out below.
 */

export const DAY = 86_400_000;

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const startCache = new Map<string, number>();
const endCache = new Map<string, number>();

/** Milliseconds of the first instant (UTC) a partial date can mean: 2017 → 1 Jan 2017, 2017-05 → 1 May 2017. */
export function startMs(date: string): number {
  let v = startCache.get(date);
  if (v === undefined) {
    const [y, m = '01', d = '01'] = date.split('-');
    v = Date.UTC(Number(y), Number(m) - 1, Number(d));
    if (startCache.size < 50_000) startCache.set(date, v);
  }
  return v;
}

/** Milliseconds just after the last day a partial date can mean (exclusive end). */
export function endMs(date: string): number {
  let v = endCache.get(date);
  if (v === undefined) {
    const parts = date.split('-').map(Number);
    if (parts.length === 3) v = Date.UTC(parts[0]!, parts[1]! - 1, parts[2]! + 1);
    else if (parts.length === 2) v = Date.UTC(parts[0]!, parts[1]!, 1);
    else v = Date.UTC(parts[0]! + 1, 0, 1);
    if (endCache.size < 50_000) endCache.set(date, v);
  }
  return v;
}

/** The instant a mark is drawn at: the middle of the day, month or year the date names. */
export function midMs(date: string): number {
  return (startMs(date) + endMs(date)) / 2;
}

/** YYYY-MM-DD of an instant. */
export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** "4 May 2017", "May 2017", "Q2 2017" or "2017", no more precise than the record. */
export function formatDate(date: string, precision?: string): string {
  const [y, m, d] = date.split('-');
  if (precision === 'year' || !m) return y!;
  const month = MONTHS[Number(m) - 1];
  if (precision === 'month' || !d) return `${month} ${y}`;
  if (precision === 'quarter') return `Q${Math.ceil(Number(m) / 3)} ${y}`;
  return `${Number(d)} ${month} ${y}`;
}

/** "4 May 2017" for a day, "4–11 May 2017" or "16 Apr 2018 – 18 Jun 2020" for a range of days. */
export function formatRange(a: string, b: string): string {
  if (a === b) return formatDate(a);
  const [ya, ma] = a.split('-');
  const [yb, mb] = b.split('-');
  const full = (s: string) => formatDate(s);
  if (a.length === 10 && b.length === 10 && ya === yb && ma === mb) return `${Number(a.slice(8))}–${full(b)}`;
  if (a.length === 10 && b.length === 10 && ya === yb) {
    const [d, mon] = full(a).split(' ');
    return `${d} ${mon} – ${full(b)}`;
  }
  return `${full(a)} – ${full(b)}`;
}

/** "7 days", "5 months", "2 years 2 months" between two partial dates. */
export function formatDuration(a: string, b: string): string {
  const days = Math.round((startMs(b) - startMs(a)) / DAY);
  if (days < 1) return 'under a day';
  if (days < 60) return `${days} day${days === 1 ? '' : 's'}`;
  const da = new Date(startMs(a));
  const db = new Date(startMs(b));
  let months = (db.getUTCFullYear() - da.getUTCFullYear()) * 12 + db.getUTCMonth() - da.getUTCMonth();
  if (db.getUTCDate() < da.getUTCDate()) months -= 1;
  if (months < 24) return `${months} months`;
  const y = Math.floor(months / 12);
  const rest = months % 12;
  return rest ? `${y} years ${rest} month${rest === 1 ? '' : 's'}` : `${y} years`;
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
  range(a: Date, b: Date): Date[];
}

const fmtYear = (d: Date) => String(d.getUTCFullYear());
const fmtMonth = (d: Date) => MONTHS[d.getUTCMonth()]!.slice(0, 3);
const fmtDay = (d: Date) => `${d.getUTCDate()} ${fmtMonth(d)}`;

/**
 * UTC calendar boundaries in [a, b), as d3-time's utcDay/utcMonday/utcMonth/utcYear.range: the
 * first one at or after `a`, then one `step` apart. `floor` gives the boundary at or before a date.
 */
function boundaries(a: Date, b: Date, floor: (d: Date) => Date, next: (d: Date) => void): Date[] {
  const d = floor(a);
  if (d < a) next(d);
  const out: Date[] = [];
  while (d < b) {
    out.push(new Date(+d));
    next(d);
  }
  return out;
}
const dayStart = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
const utcDays = (a: Date, b: Date) => boundaries(a, b, dayStart, (d) => d.setUTCDate(d.getUTCDate() + 1));
const utcMondays = (a: Date, b: Date) =>
  boundaries(
    a,
    b,
    (d) => {
      const s = dayStart(d);
      s.setUTCDate(s.getUTCDate() - ((s.getUTCDay() + 6) % 7));
      return s;
    },
    (d) => d.setUTCDate(d.getUTCDate() + 7),
  );
const utcMonths = (a: Date, b: Date) =>
  boundaries(
    a,
    b,
    (d) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1)),
    (d) => d.setUTCMonth(d.getUTCMonth() + 1),
  );
const utcYears = (a: Date, b: Date) =>
  boundaries(
    a,
    b,
    (d) => new Date(Date.UTC(d.getUTCFullYear(), 0, 1)),
    (d) => d.setUTCFullYear(d.getUTCFullYear() + 1),
  );

function everyN<T>(list: T[], n: number, pick: (x: T) => number): T[] {
  return n === 1 ? list : list.filter((x) => pick(x) % n === 0);
}

const CANDIDATES: Candidate[] = [
  { unit: 'day', step: DAY, range: (a, b) => utcDays(a, b) },
  {
    unit: 'day',
    step: 2 * DAY,
    range: (a, b) => everyN(utcDays(a, b), 2, (d) => d.getUTCDate() - 1).filter((d) => d.getUTCDate() !== 31),
  },
  { unit: 'week', step: 7 * DAY, range: (a, b) => utcMondays(a, b) },
  {
    unit: 'week',
    step: 14 * DAY,
    range: (a, b) => everyN(utcMondays(a, b), 2, (d) => Math.floor(d.getTime() / (7 * DAY))),
  },
  { unit: 'month', step: 30 * DAY, range: (a, b) => utcMonths(a, b) },
  { unit: 'month', step: 61 * DAY, range: (a, b) => everyN(utcMonths(a, b), 2, (d) => d.getUTCMonth()) },
  { unit: 'month', step: 91 * DAY, range: (a, b) => everyN(utcMonths(a, b), 3, (d) => d.getUTCMonth()) },
  { unit: 'month', step: 182 * DAY, range: (a, b) => everyN(utcMonths(a, b), 6, (d) => d.getUTCMonth()) },
  { unit: 'year', step: 365 * DAY, range: (a, b) => utcYears(a, b) },
  { unit: 'year', step: 730 * DAY, range: (a, b) => everyN(utcYears(a, b), 2, (d) => d.getUTCFullYear()) },
  { unit: 'year', step: 1826 * DAY, range: (a, b) => everyN(utcYears(a, b), 5, (d) => d.getUTCFullYear()) },
  { unit: 'year', step: 3652 * DAY, range: (a, b) => everyN(utcYears(a, b), 10, (d) => d.getUTCFullYear()) },
];

/** Minimum distance in px between ticks, by unit, for a horizontal axis (labels side by side). */
const SPACING_H: Record<TickUnit, number> = { day: 50, week: 50, month: 40, year: 44 };

/**
 * Ticks for the domain [t0, t1): the finest of days → weeks → months → years whose labels do not
 * crowd `length` px. `spacing` overrides the minimum distance (a vertical axis needs less).
 */
export function timeTicks(
  t0: number,
  t1: number,
  length: number,
  spacing?: number,
): { unit: TickUnit; ticks: Tick[] } {
  const a = new Date(t0);
  const b = new Date(t1);
  let chosen: Candidate = CANDIDATES[CANDIDATES.length - 1]!;
  let dates: Date[] = [];
  for (const c of CANDIDATES) {
    const min = spacing ?? SPACING_H[c.unit];
    const last = c === CANDIDATES[CANDIDATES.length - 1];
    if (!last && ((t1 - t0) / c.step) * min > length * 1.5) continue;
    const list = c.range(a, b);
    if (list.length * min <= length || last) {
      chosen = c;
      dates = list;
      break;
    }
  }
  const unit = chosen.unit;
  const ticks: Tick[] = [];
  let prevYear = -1;
  for (const d of dates) {
    const dayLike = unit === 'day' || unit === 'week';
    const t = dayLike ? d.getTime() + DAY / 2 : d.getTime();
    if (t < t0 || t >= t1) continue;
    const year = d.getUTCFullYear();
    const tick: Tick = {
      key: isoDay(d.getTime()),
      t,
      label: unit === 'year' ? fmtYear(d) : unit === 'month' ? fmtMonth(d) : fmtDay(d),
    };
    if (unit !== 'year' && year !== prevYear) tick.sub = fmtYear(d);
    prevYear = year;
    ticks.push(tick);
  }
  return { unit, ticks };
}
