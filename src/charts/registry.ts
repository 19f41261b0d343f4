import type { ChartModule } from './types';

/**
 * Every chart an editor can name in MDX (`chart="…"`) and every embed route.
 * Add a chart by importing its module here; the engine, embeds and images pick it up.
 */
// biome-ignore lint/suspicious/noExplicitAny: the registry holds charts of different state types
export const charts: Record<string, ChartModule<any, any>> = {};

export type ChartId = keyof typeof charts;

/** The chart module for an id, or undefined. */
export function chartById(id: string) {
  return Object.hasOwn(charts, id) ? charts[id] : undefined;
}
