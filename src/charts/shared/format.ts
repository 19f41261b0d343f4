/**
 * Dates as readers see them, for every chart, the sources list and the byline: one formatter,
 * built on d3-time (calendar arithmetic in UTC) and d3-time-format (names and patterns).
 * Dates arrive as the data writes them: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, and are never shown
 * more precisely than they are known.
 */
import { utcDay, utcMonth, utcYear } from 'd3-time';
import { utcFormat, utcParse } from 'd3-time-format';
import type { Precision } from '../../schemas/dates';

const parseDay = utcParse('%Y-%m-%d');
const parseMonth = utcParse('%Y-%m');
const parseYear = utcParse('%Y');

/** The interval a partial date names: a day, a month or a year. */
function intervalOf(date: string) {
  return date.length > 7 ? utcDay : date.length > 4 ? utcMonth : utcYear;
}

/** The first instant (UTC) a partial date can mean: `2017` → 1 Jan 2017, `2017-05` → 1 May 2017. */
export function dateStart(date: string): Date {
  const d = (date.length > 7 ? parseDay : date.length > 4 ? parseMonth : parseYear)(date);
  if (!d) throw new RangeError(`not a date: "${date}" (expected YYYY-MM-DD, YYYY-MM or YYYY)`);
  return d;
}

/** The instant just after the last day a partial date can mean (exclusive end). */
export function dateEnd(date: string): Date {
  return intervalOf(date).offset(dateStart(date), 1);
}

/** YYYY-MM-DD of an instant. */
export const isoDay = (t: Date | number): string => utcFormat('%Y-%m-%d')(new Date(+t));

const fmtDay = utcFormat('%-d %B %Y');
const fmtMonth = utcFormat('%B %Y');
const fmtMonthShort = utcFormat('%b %Y');
const fmtYear = utcFormat('%Y');

/** "4 May 2017", "May 2017", "Q2 2017" or "2017": no more precise than the date or its precision. */
export function formatDate(date: string, precision?: Precision): string {
  const d = dateStart(date);
  if (precision === 'year' || date.length === 4) return fmtYear(d);
  if (precision === 'month' || date.length === 7) return fmtMonth(d);
  if (precision === 'quarter') return `Q${Math.floor(d.getUTCMonth() / 3) + 1} ${fmtYear(d)}`;
  return fmtDay(d);
}

/** "May 2017" with the month abbreviated ("Sep 2017"), or the year alone. */
export function formatMonth(date: string): string {
  return date.length === 4 ? date : fmtMonthShort(dateStart(date));
}

/** "4 May 2017" for a day, "4–11 May 2017" or "16 April – 18 June 2018" for a range of days. */
export function formatRange(a: string, b: string): string {
  if (a === b) return formatDate(a);
  const days = a.length === 10 && b.length === 10;
  if (days && a.slice(0, 7) === b.slice(0, 7)) return `${utcFormat('%-d')(dateStart(a))}–${formatDate(b)}`;
  if (days && a.slice(0, 4) === b.slice(0, 4))
    return `${utcFormat('%-d %B')(dateStart(a))} – ${formatDate(b)}`;
  return `${formatDate(a)} – ${formatDate(b)}`;
}

/** "7 days", "5 months", "2 years 2 months" from one partial date to another (whole units). */
export function formatDuration(a: string, b: string): string {
  const from = dateStart(a);
  const to = dateStart(b);
  const days = utcDay.count(from, to);
  if (days < 1) return 'under a day';
  if (days < 60) return `${days} day${days === 1 ? '' : 's'}`;
  // Month boundaries crossed, less one when the last month is not complete (15 Jan → 10 Mar: 1).
  let months = utcMonth.count(from, to);
  if (utcMonth.offset(from, months) > to) months -= 1;
  if (months < 24) return `${months} months`;
  const y = Math.floor(months / 12);
  const rest = months % 12;
  return rest ? `${y} years ${rest} month${rest === 1 ? '' : 's'}` : `${y} years`;
}
