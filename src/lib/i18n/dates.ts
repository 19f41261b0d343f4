import { formatDate } from '../../charts/shared/format';
import type { Precision } from '../../schemas/dates';
import { LANGUAGE_TAGS, type Locale } from './locales';
import { t } from './ui';

/**
 * A record's date as a reader of an edition writes it, to the record's precision: English as the
 * charts write it ("4 May 2017"), the editions with Intl in their language ("4 мая 2017 г.",
 * "2017年5月4日"). For the page's own text (byline, sources, corrections), not for charts.
 */
export function editionDate(date: string, precision: Precision | undefined, locale: Locale): string {
  if (locale === 'en') return formatDate(date, precision);
  const d = new Date(`${date.length === 4 ? `${date}-01` : date}${date.length <= 7 ? '-01' : ''}T00:00:00Z`);
  const tag = LANGUAGE_TAGS[locale];
  const fmt = (o: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(tag, { timeZone: 'UTC', ...o }).format(d);
  if (precision === 'year' || date.length === 4) return fmt({ year: 'numeric' });
  if (precision === 'quarter') {
    const q = Math.floor(d.getUTCMonth() / 3) + 1;
    return t(locale, 'story.quarter', { q: String(q), year: String(d.getUTCFullYear()) });
  }
  if (precision === 'month' || date.length === 7) return fmt({ year: 'numeric', month: 'long' });
  return fmt({ year: 'numeric', month: 'long', day: 'numeric' });
}
