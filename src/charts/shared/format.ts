/**
 * Dates as readers see them, for every chart, the sources list and the byline: one formatter,
 * built on d3-time (calendar arithmetic in UTC) and d3-time-format (names and patterns).
 * Dates arrive as the data writes them: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, and are never shown
 * more precisely than they are known. English keeps its own patterns; the other editions write
 * dates as `Intl` does in their language ("4 мая 2017 г.", "2017年5月4日").
 */
import { utcDay, utcMonth, utcYear } from 'd3-time';
import { utcFormat, utcParse } from 'd3-time-format';
import type { Precision } from '../../schemas/dates';
import { chartText, LANGUAGE_TAGS, type Locale } from './i18n';

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

const intlCache = new Map<string, Intl.DateTimeFormat>();
/** An `Intl` date format in a language, in UTC (the data's days are calendar days). */
export function intlDate(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let f = intlCache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(LANGUAGE_TAGS[locale], { ...options, timeZone: 'UTC' });
    intlCache.set(key, f);
  }
  return f;
}
/** "2017 г." kept on one line: Intl writes a plain or a narrow space before "г.", depending on the call. */
const tidy = (s: string) => s.replace(/[ \u202f](?=г\.)/g, '\u00a0');

const DAY = { day: 'numeric', month: 'long', year: 'numeric' } as const;
const MONTH = { month: 'long', year: 'numeric' } as const;

/** "4 May 2017", "May 2017", "Q2 2017" or "2017": no more precise than the date or its precision. */
export function formatDate(date: string, precision?: Precision, locale: Locale = 'en'): string {
  const d = dateStart(date);
  if (precision === 'year' || date.length === 4) return fmtYear(d);
  if (locale !== 'en') {
    if (precision === 'month' || date.length === 7) return tidy(intlDate(locale, MONTH).format(d));
    if (precision === 'quarter')
      return chartText(locale, 'charts.date.quarter', {
        q: String(Math.floor(d.getUTCMonth() / 3) + 1),
        year: fmtYear(d),
      });
    return tidy(intlDate(locale, DAY).format(d));
  }
  if (precision === 'month' || date.length === 7) return fmtMonth(d);
  if (precision === 'quarter') return `Q${Math.floor(d.getUTCMonth() / 3) + 1} ${fmtYear(d)}`;
  return fmtDay(d);
}

/** "May 2017" with the month abbreviated ("Sep 2017"), or the year alone. */
export function formatMonth(date: string, locale: Locale = 'en'): string {
  if (date.length === 4) return date;
  if (locale !== 'en')
    return tidy(intlDate(locale, { month: 'short', year: 'numeric' }).format(dateStart(date)));
  return fmtMonthShort(dateStart(date));
}

/** A day with its month abbreviated: "4 May 2017" ("4 Sep 2017"), "4 мая 2017 г.", "2017年5月4日". */
export function formatDayShort(date: string, locale: Locale = 'en'): string {
  if (locale === 'en') return `${Number(date.slice(8))} ${formatMonth(date)}`;
  return tidy(intlDate(locale, { day: 'numeric', month: 'short', year: 'numeric' }).format(dateStart(date)));
}

/**
 * A month as it follows "since": "May 2017"; Russian puts the month in the genitive ("с мая
 * 2017 г."), which Intl writes only next to a day, so the day is taken out of a full date.
 */
export function formatMonthSince(date: string, locale: Locale = 'en'): string {
  if (locale !== 'ru' || date.length === 4) return formatMonth(date, locale);
  const parts = intlDate(locale, { day: 'numeric', month: 'short', year: 'numeric' }).formatToParts(
    dateStart(date),
  );
  const i = parts.findIndex((p) => p.type === 'day');
  return tidy(
    parts
      .filter((_, k) => k !== i && k !== i + 1)
      .map((p) => p.value)
      .join(''),
  );
}

/** "4 May 2017" for a day, "4–11 May 2017" or "16 April – 18 June 2018" for a range of days. */
export function formatRange(a: string, b: string, locale: Locale = 'en'): string {
  if (a === b) return formatDate(a, undefined, locale);
  const days = a.length === 10 && b.length === 10;
  // Russian ranges as Intl writes them ("4–11 мая 2017 г."); Intl's Chinese ranges fall back to
  // numerals ("2017/5/4 – 2017/5/11"), so Chinese joins two dates with 至, the year said once.
  if (locale === 'ru' && days) return tidy(intlDate(locale, DAY).formatRange(dateStart(a), dateStart(b)));
  if (locale === 'zh') {
    const to =
      days && a.slice(0, 4) === b.slice(0, 4)
        ? intlDate(locale, { day: 'numeric', month: 'long' }).format(dateStart(b))
        : formatDate(b, undefined, locale);
    return `${formatDate(a, undefined, locale)}至${to}`;
  }
  if (locale !== 'en') return `${formatDate(a, undefined, locale)} – ${formatDate(b, undefined, locale)}`;
  if (days && a.slice(0, 7) === b.slice(0, 7)) return `${utcFormat('%-d')(dateStart(a))}–${formatDate(b)}`;
  if (days && a.slice(0, 4) === b.slice(0, 4))
    return `${utcFormat('%-d %B')(dateStart(a))} – ${formatDate(b)}`;
  return `${formatDate(a)} – ${formatDate(b)}`;
}

/** "7 days", "5 months", "2 years 2 months" from one partial date to another (whole units). */
export function formatDuration(a: string, b: string, locale: Locale = 'en'): string {
  const from = dateStart(a);
  const to = dateStart(b);
  const days = utcDay.count(from, to);
  const say = (d: { years?: number; months?: number; days?: number }, english: string) =>
    locale === 'en' ? english : new Intl.DurationFormat(LANGUAGE_TAGS[locale], { style: 'long' }).format(d);
  if (days < 1) return chartText(locale, 'charts.duration.underDay');
  if (days < 60) return say({ days }, `${days} day${days === 1 ? '' : 's'}`);
  // Month boundaries crossed, less one when the last month is not complete (15 Jan → 10 Mar: 1).
  let months = utcMonth.count(from, to);
  if (utcMonth.offset(from, months) > to) months -= 1;
  if (months < 24) return say({ months }, `${months} months`);
  const y = Math.floor(months / 12);
  const rest = months % 12;
  return say(
    { years: y, months: rest },
    rest ? `${y} years ${rest} month${rest === 1 ? '' : 's'}` : `${y} years`,
  );
}

/** A number as the language writes it ("1 234,5", "1,234.5"); English unchanged ("1234.5"). */
export function formatNumber(n: number, locale: Locale = 'en'): string {
  return locale === 'en' ? String(n) : n.toLocaleString(LANGUAGE_TAGS[locale]);
}
