/**
 * Freedom on the Net scores on one scale.
 *
 * Editions up to 2018 scored countries 0 = most free … 100 = least free; from 2019 the scale runs
 * the other way, 0 = least free … 100 = most free. Charts draw every edition on the newer
 * direction ("unified": 0 = least free), converting older scores with `100 − score`, and keep the
 * published value for data tables. Browser-safe: no imports beyond types.
 */
import { chartText, type Locale } from './shared/i18n';
import type { FotnDirection } from '../schemas/fotnScale';
import type { FotnStatus } from '../schemas/fotnScore';

/** First edition published on the 0 = least free direction. */
export const FIRST_REVERSED_EDITION = 2019;

/** Every Freedom on the Net edition (report year): the 2009 pilot, then yearly from 2011. */
export const FOTN_EDITIONS: readonly number[] = [
  2009,
  ...Array.from({ length: 2025 - 2011 + 1 }, (_, i) => 2011 + i),
];

/** Latest edition this build knows about. */
export const LATEST_EDITION = FOTN_EDITIONS[FOTN_EDITIONS.length - 1]!;

/** The edition list in words, for error messages: "2009 or 2011–2025". */
export const EDITIONS_IN_WORDS = `2009 or 2011–${LATEST_EDITION}`;

/** True for a year that had a Freedom on the Net edition. */
export function isEdition(year: number): boolean {
  return FOTN_EDITIONS.includes(year);
}

/** The direction an edition published its scores in. */
export function directionOfEdition(edition: number): FotnDirection {
  return edition < FIRST_REVERSED_EDITION ? '0=most-free' : '0=least-free';
}

/** A published score on the unified direction (0 = least free, 100 = most free). */
export function toUnified(score: number, direction: FotnDirection): number {
  return direction === '0=most-free' ? 100 - score : score;
}

/** Unified score of a record, using the direction it declares. */
export function unifiedScore(rec: { score: number; scale: FotnDirection }): number {
  return toUnified(rec.score, rec.scale);
}

/** Status bands on the unified scale, inclusive, least free first. */
export const UNIFIED_BANDS: readonly { status: FotnStatus; from: number; to: number }[] = [
  { status: 'Not Free', from: 0, to: 39 },
  { status: 'Partly Free', from: 40, to: 69 },
  { status: 'Free', from: 70, to: 100 },
];

/** A Freedom House status in an edition's words ("Not Free", "несвободная", "不自由"). */
export function statusName(status: FotnStatus, locale: Locale = 'en'): string {
  return chartText(locale, `charts.fotn.${status.replace(' ', '')}`);
}

/** Freedom House status a unified score falls in. */
export function statusOfUnified(unified: number): FotnStatus {
  if (unified >= 70) return 'Free';
  if (unified >= 40) return 'Partly Free';
  return 'Not Free';
}

/** "34 of 100 (published as 66 on the 2017 scale, 0 = most free)" style note on conversion. */
export function conversionNote(score: number, direction: FotnDirection): string {
  return direction === '0=most-free'
    ? `published as ${score}, when 0 meant most free; shown as 100 − ${score}`
    : 'as published';
}
