/**
 * The browser half of each chart (`src/charts/<chart>/client.ts`), loaded only when a page has a
 * section for that chart. One line per chart.
 */
import type { ChartClient } from '../charts/types';

/** A chart client; `wantsProgress` asks for an update on every progress change within a step. */
export type EngineClient = ChartClient<unknown, unknown> & { wantsProgress?: boolean };
type Loader = () => Promise<{ default: EngineClient }>;

export const clients: Record<string, Loader> = {
  timeline: () => import('../charts/timeline/client') as Promise<{ default: EngineClient }>,
  'world-map': () => import('../charts/worldMap/client') as Promise<{ default: EngineClient }>,
  'country-panels': () => import('../charts/countryPanels/client') as Promise<{ default: EngineClient }>,
  'service-matrix': () => import('../charts/serviceMatrix/client') as Promise<{ default: EngineClient }>,
  'mechanism-matrix': () => import('../charts/mechanismMatrix/client') as Promise<{ default: EngineClient }>,
};

// The engine's test chart, only in builds of the fixture story (see tests/fixtures/story).
if (import.meta.env.PUBLIC_SCROLLY_FIXTURE === '1')
  clients.fixture = () => import('../../tests/fixtures/chart/client') as Promise<{ default: EngineClient }>;

/** The client for a chart id, or null when the chart has none (its figure then stays static). */
export async function loadClient(chart: string): Promise<EngineClient | null> {
  const load = Object.hasOwn(clients, chart) ? clients[chart] : undefined;
  if (!load) return null;
  try {
    return (await load()).default;
  } catch (e) {
    console.error(`scrolly: could not load the "${chart}" chart`, e);
    return null;
  }
}

const dataCache = new Map<string, unknown>();
/** The chart's data, embedded once per page as <script type="application/json" id="chart-data-<chart>">. */
export function chartData(chart: string): unknown {
  if (!dataCache.has(chart)) {
    const el = document.getElementById(`chart-data-${chart}`);
    dataCache.set(chart, el?.textContent ? JSON.parse(el.textContent) : null);
  }
  return dataCache.get(chart);
}
