/**
 * The dates in the story's byline: when it was published (site config) and when it last changed
 * (the latest `updated` in the chapters' frontmatter). "Updated" is shown only when it is a later
 * day than "Published": the same date twice tells the reader nothing.
 */
import { formatDate } from '../charts/shared/format';

export interface BylineDate {
  /** `YYYY-MM-DD`, for `<time datetime>`. */
  iso: string;
  /** As a reader says it: "29 November 2026". */
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
export function bylineDates(published: string | Date, updates: readonly (string | Date)[] = []): BylineDates {
  const pub = isoDay(published);
  // ISO days sort as strings.
  const latest = [pub, ...updates.map(isoDay)].sort().at(-1)!;
  const day = (iso: string): BylineDate => ({ iso, text: formatDate(iso, 'day') });
  return latest > pub ? { published: day(pub), updated: day(latest) } : { published: day(pub) };
}
