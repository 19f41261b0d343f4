/**
 * Browser, loaded only when an embed URL carries a query string: reads the chart's state from it
 * with the chart's own `stateFromQuery` (the same zod/mini schema as MDX steps; invalid or unknown
 * values fall back to defaults, it never throws) and, if that differs from the default the page
 * was built with, moves the pre-rendered SVGs to it with the chart's client (no transition).
 *
 * Query values only ever reach the chart as a validated state; nothing is written as HTML.
 */
import { loadClient } from '../scrolly/clients';

type StateModule = { stateFromQuery?: (params: URLSearchParams) => unknown };

const stateModules = import.meta.glob<StateModule>('../charts/*/state.ts');

/** Key-order-independent JSON, to compare two states. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_, v) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v,
  );
}

/** `world-map` → `worldMap`, the chart's folder under src/charts/. */
function folderOf(chartId: string): string {
  return chartId.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

/** The state the query asks for, or undefined when it is the default (or cannot be read). */
export async function stateFromUrl(chartId: string, params: URLSearchParams): Promise<unknown> {
  const load = stateModules[`../charts/${folderOf(chartId)}/state.ts`] ?? stateModules[`../charts/${chartId}/state.ts`];
  if (!load) return undefined;
  try {
    const { stateFromQuery } = await load();
    if (typeof stateFromQuery !== 'function') return undefined;
    const state = stateFromQuery(params);
    return canonical(state) === canonical(stateFromQuery(new URLSearchParams())) ? undefined : state;
  } catch {
    return undefined;
  }
}

/** Apply the URL's state to the figure in `root`; resolves to true if the figure changed. */
export async function applyQueryState(root: HTMLElement, chartId: string, params: URLSearchParams, dataUrl: string): Promise<boolean> {
  const state = await stateFromUrl(chartId, params);
  if (state === undefined) return false;
  const [client, data] = await Promise.all([
    loadClient(chartId),
    fetch(dataUrl, { credentials: 'same-origin' })
      .then((r) => (r.ok ? r.json() : null))
      .catch(() => null),
  ]);
  if (!client || !data) return false;
  let changed = false;
  for (const svg of root.querySelectorAll<SVGSVGElement>('svg[data-layout]')) {
    const layout = svg.dataset.layout === 'narrow' ? 'narrow' : 'wide';
    const box = svg.viewBox.baseVal;
    try {
      client.update(svg, data, state, { duration: 0, width: box.width, height: box.height, layout });
      changed = true;
    } catch (e) {
      console.error('embed: could not draw this state', e);
      continue;
    }
    const desc = svg.querySelector('desc')?.textContent?.trim();
    if (desc) svg.setAttribute('aria-label', desc);
  }
  if (!changed) return false;
  root.setAttribute('data-state', JSON.stringify(state));
  const text = root.querySelector('svg[data-layout] desc')?.textContent?.trim();
  const description = root.querySelector<HTMLElement>('[data-embed-desc]');
  if (text && description) description.textContent = text;
  // The table was built for the default view; say so rather than show numbers for another view.
  const summary = root.querySelector('.data-table summary');
  if (summary) summary.textContent = 'Show the numbers (default view)';
  return true;
}
