/**
 * What an edition's embeds, images and oEmbed say about a chart: its title, source line,
 * description and table, in `locale`. The chart contract (src/charts/types.ts) does not take a
 * locale yet; the charts work (wt-ui) is adding it. LOCALE WIRING: this file is the one place
 * where embeds call a chart's words, and `standaloneSvg` in src/lib/figures.ts the one place
 * they call its drawing; pass `locale` through both once the contract takes it. Until then the
 * data in the drawing is the edition's (`localizedDataset`), the chart's own words are English.
 */
import type { Locale } from '../lib/i18n/locales';
import type { AnyChart } from '../lib/figures';

export function chartTitle(chart: AnyChart, _locale: Locale): string {
  return chart.title;
}

export function chartSource(chart: AnyChart, _locale: Locale): string {
  return chart.source;
}

export function chartDescription(chart: AnyChart, data: unknown, state: unknown, _locale: Locale): string {
  return chart.describe(data, state);
}

export function chartTable(chart: AnyChart, data: unknown, state: unknown, _locale: Locale) {
  return chart.table(data, state);
}
