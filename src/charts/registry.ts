import { timeline } from './timeline';
import { worldMap } from './worldMap';
import { countryPanels } from './countryPanels';
import { serviceMatrix } from './serviceMatrix';
import { mechanismMatrix } from './mechanismMatrix';
import type { ChartModule } from './types';
import { chartText, hasChartText, type Locale } from './shared/i18n';

// biome-ignore lint/suspicious/noExplicitAny: the registry holds charts of different state types
export type AnyChart = ChartModule<any, any>;

/**
 * Every chart an editor can name in MDX (`chart="…"`) and every embed route, by id.
 * Add a chart by importing its module here; the engine, embeds and images pick it up.
 */
export const charts: Record<string, AnyChart> = Object.fromEntries(
  [timeline, worldMap, countryPanels, serviceMatrix, mechanismMatrix].map((c) => [c.id, c]),
);

/**
 * Adds a chart that is not part of the story: the test chart, registered by the test setup
 * (tests/fixtures/chart/integration.ts for the fixture story's build, or a test itself).
 */
export function registerChart(chart: AnyChart): void {
  charts[chart.id] = chart;
}

/** The chart module for an id, or undefined. */
export function chartById(id: string): AnyChart | undefined {
  return Object.hasOwn(charts, id) ? charts[id] : undefined;
}

/** A chart's default figure title in an edition (src/i18n/<locale>/charts.json, `charts.<id>.title`). */
export function chartTitle(chart: AnyChart, locale: Locale): string {
  return inEdition(chart, 'title', locale);
}

/** A chart's source line in an edition (`charts.<id>.source`), for embeds and images. */
export function chartSource(chart: AnyChart, locale: Locale): string {
  return inEdition(chart, 'source', locale);
}

/** The chart's own English words, or their translation when the catalogue has one (a test chart may not). */
function inEdition(chart: AnyChart, field: 'title' | 'source', locale: Locale): string {
  const key = `charts.${chart.id}.${field}`;
  return locale !== 'en' && hasChartText(key) ? chartText(locale, key) : chart[field];
}
