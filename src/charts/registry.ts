import { fixtureChart } from '../../tests/fixtures/chart';
import { timeline } from './timeline';
import { worldMap } from './worldMap';
import { countryPanels } from './countryPanels';
import { serviceMatrix } from './serviceMatrix';
import { mechanismMatrix } from './mechanismMatrix';
import type { ChartModule } from './types';

/**
 * Every chart an editor can name in MDX (`chart="…"`) and every embed route.
 * Add a chart by importing its module here; the engine, embeds and images pick it up.
 */
// biome-ignore lint/suspicious/noExplicitAny: the registry holds charts of different state types
export const charts: Record<string, ChartModule<any, any>> = {
  timeline,
  'world-map': worldMap,
  'country-panels': countryPanels,
  'service-matrix': serviceMatrix,
  'mechanism-matrix': mechanismMatrix,
};

// The scrolly engine's test chart, only in builds of the fixture story (tests/fixtures/story).
if (process.env.PUBLIC_SCROLLY_FIXTURE === '1') charts[fixtureChart.id] = fixtureChart;

export type ChartId = keyof typeof charts;

/** The chart module for an id, or undefined. */
export function chartById(id: string) {
  return Object.hasOwn(charts, id) ? charts[id] : undefined;
}
