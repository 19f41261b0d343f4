/**
 * The dates in the story's byline: when it was published (site config) and when it last changed
 * (the latest `updated` in the chapters' frontmatter). "Updated" is shown only when it is a later
 * day than "Published": the same date twice tells the reader nothing.
 */
import { editionDate } from './i18n/dates';
import type { Locale } from './i18n/locales';

export interface BylineDate {
  /** `YYYY-MM-DD`, for `<time datetime>`. */
  iso: string;
  /** As a reader of the edition says it: "29 November 2026", "29 ноября 2026 г.", "2026年11月29日". */
  text: string;
}

export interface BylineDates {
  published: BylineDate;
  /** Absent when nothing changed after the day of publication. */
  updated?: BylineDate;
}

/** A `YYYY-MM-DD` string, or a Date (frontmatter dates are coerced to UTC midnight), as `YYYY-MM-DD`. */
export function isoDay(d: string | Date): string {
  if (typeof d === 'string') {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(d)) throw new Error(`expected a date written YYYY-MM-DD, got "${d}"`);
    return d;
  }
  return d.toISOString().slice(0, 10);
}

/** Published date, and the latest of the update dates when it is after the published one. */
export function bylineDates(
  published: string | Date,
  updates: readonly (string | Date)[] = [],
  locale: Locale = 'en',
): BylineDates {
  const pub = isoDay(published);
  // ISO days sort as strings.
  const latest = [pub, ...updates.map(isoDay)].sort().at(-1)!;
  const day = (iso: string): BylineDate => ({ iso, text: editionDate(iso, 'day', locale) });
  return latest > pub ? { published: day(pub), updated: day(latest) } : { published: day(pub) };
}
