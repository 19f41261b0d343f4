/**
 * What an edition's embeds, images and oEmbed say about a chart: its title and source line (the
 * registry's, per edition), and its description and table in `locale`.
 */
import { chartSource, chartTitle } from '../charts/registry';
import type { AnyChart } from '../lib/figures';
import type { Locale } from '../lib/i18n/locales';

export { chartSource, chartTitle };

export function chartDescription(chart: AnyChart, data: unknown, state: unknown, locale: Locale): string {
  return chart.describe(data, state, locale);
}

export function chartTable(chart: AnyChart, data: unknown, state: unknown, locale: Locale) {
  return chart.table(data, state, locale);
}
