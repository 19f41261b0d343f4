/**
 * Browser, loaded only when an embed URL carries a query string: reads the chart's state from it
 * with the chart's own `stateFromQuery` (src/charts/<chart>/query.ts: no zod, the same rules as the
 * MDX steps' schema; invalid or unknown values fall back to defaults, it never throws) and, if that
 * differs from the default the page was built with, draws it with the chart's own module
 * (src/charts/<chart>/index.ts, loaded only then: the one place the browser draws a chart; the maps,
 * whose geometry is projected at build time, redraw the built SVG with their `redraw.ts`) and swaps
 * it in through the shared morph (no transition). The default state is drawn at build time.
 *
 * Ids that pass the schema but are not in the dataset (`?highlight=no-such-event`) are dropped
 * too, key by key, when the chart's query module exports `refs` (as the build does for MDX).
 * Query values only ever reach the chart as a validated state; nothing is written as HTML.
 */
import { morph } from '../charts/shared/morph';
import type { ChartClient, ChartModule, StateRefs } from '../charts/types';

interface StateModule {
  stateFromQuery?: (params: URLSearchParams) => unknown;
  refs?: (state: never) => StateRefs;
}
type Known = Record<keyof StateRefs, (string | number)[]>;

type AnyChart = ChartModule<unknown, unknown>;
const stateModules = import.meta.glob<StateModule>('../charts/*/query.ts');
/**
 * Charts whose drawing needs build-time geometry (the maps: TopoJSON is never shipped) redraw the
 * built SVG instead, with their `redraw.ts`.
 */
const redraws = import.meta.glob<{ default: ChartClient<unknown, unknown> }>('../charts/*/redraw.ts');
/**
 * The other charts draw with their whole module. The maps' modules are left out of the browser's
 * graph: they project with Node-only geometry (worldMap/geometry.ts reads TopoJSON from disk),
 * would never be loaded (their redraw.ts is), and made Vite warn on every build.
 */
const chartModules = import.meta.glob<{ default: AnyChart }>([
  '../charts/*/index.ts',
  '!../charts/worldMap/index.ts',
  '!../charts/countryPanels/index.ts',
]);

/** Key-order-independent JSON, to compare two states. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

/** `world-map` → `worldMap`, the chart's folder under src/charts/. */
function folderOf(chartId: string): string {
  return chartId.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

/** The module `src/charts/<chart>/<file>` from a glob, by chart id. */
function pick<T>(glob: Record<string, T>, chartId: string, file: string): T | undefined {
  return glob[`../charts/${folderOf(chartId)}/${file}`] ?? glob[`../charts/${chartId}/${file}`];
}

/** Draws `state` into a built SVG at once: a chart's `redraw.ts`, else its module's `render`. */
type Draw = (svg: SVGSVGElement, data: unknown, state: unknown) => void;

async function loadDraw(chartId: string, idPrefix: string): Promise<Draw | null> {
  try {
    const redraw = pick(redraws, chartId, 'redraw.ts');
    if (redraw) {
      const r = (await redraw()).default;
      return (svg, data, state) => {
        const box = svg.viewBox.baseVal;
        const layout = svg.dataset.layout === 'narrow' ? 'narrow' : 'wide';
        r.update(svg, data, state, { duration: 0, width: box.width, height: box.height, layout });
      };
    }
    const load = pick(chartModules, chartId, 'index.ts');
    const chart = load ? (await load()).default : null;
    if (!chart) return null;
    return (svg, data, state) => {
      const variant = (svg.dataset.layout ?? 'wide') as keyof AnyChart['sizes'];
      const next = chart.render(data, state, {
        document,
        ...(chart.sizes[variant] ?? chart.sizes.wide),
        layout: variant === 'narrow' ? 'narrow' : 'wide',
        idPrefix: `${idPrefix}-${variant}`,
      });
      // What the page gave the figure (src/lib/drawnFigure.ts) stays: its name, role and layout.
      for (const name of ['role', 'aria-label', 'focusable', 'data-layout']) {
        const v = svg.getAttribute(name);
        if (v === null) next.removeAttribute(name);
        else next.setAttribute(name, v);
      }
      next.removeAttribute('aria-labelledby');
      morph(svg, next, 0);
    };
  } catch (e) {
    console.error(`embed: could not load the "${chartId}" chart`, e);
    return null;
  }
}

async function stateModule(chartId: string): Promise<StateModule | undefined> {
  const load = pick(stateModules, chartId, 'query.ts');
  try {
    const mod = load ? await load() : undefined;
    return typeof mod?.stateFromQuery === 'function' ? mod : undefined;
  } catch {
    return undefined;
  }
}

/** The state `params` ask for, or undefined when that is the default (or cannot be read). */
function readState(mod: StateModule, params: URLSearchParams): unknown {
  try {
    const state = mod.stateFromQuery!(params);
    return canonical(state) === canonical(mod.stateFromQuery!(new URLSearchParams())) ? undefined : state;
  } catch {
    return undefined;
  }
}

/** True when every id the state names is in the dataset (or the chart cannot tell). */
function refsKnown(mod: StateModule, state: unknown, known: Partial<Known>): boolean {
  if (typeof mod.refs !== 'function') return true;
  try {
    const refs = mod.refs(state as never);
    return Object.entries(refs).every(([kind, ids]) => {
      const set = known[kind as keyof StateRefs];
      return !set || !Array.isArray(ids) || ids.every((id) => set.includes(id));
    });
  } catch {
    return false;
  }
}

/** Drop each query key whose state names an id the dataset does not have; keep the rest. */
export function withKnownRefs(
  mod: StateModule,
  params: URLSearchParams,
  known: Partial<Known>,
): URLSearchParams {
  const kept = new URLSearchParams();
  for (const key of new Set(params.keys())) {
    const one = new URLSearchParams();
    for (const v of params.getAll(key)) one.append(key, v);
    const state = readState(mod, one);
    if (state === undefined || refsKnown(mod, state, known))
      for (const v of params.getAll(key)) kept.append(key, v);
  }
  return kept;
}

/** Apply the URL's state to the figure in `root`; resolves to true if the figure changed. */
export async function applyQueryState(
  root: HTMLElement,
  chartId: string,
  params: URLSearchParams,
  dataUrl: string,
): Promise<boolean> {
  const mod = await stateModule(chartId);
  if (!mod || readState(mod, params) === undefined) return false;
  const [draw, body] = await Promise.all([
    loadDraw(chartId, root.dataset.idPrefix ?? 'embed'),
    fetch(dataUrl, { credentials: 'same-origin' })
      .then((r) => (r.ok ? (r.json() as Promise<{ data: unknown; known: Partial<Known> }>) : null))
      .catch(() => null),
  ]);
  if (!draw || !body?.data) return false;
  const state = readState(mod, withKnownRefs(mod, params, body.known ?? {}));
  if (state === undefined) return false;
  let changed = false;
  for (const svg of root.querySelectorAll<SVGSVGElement>('svg[data-layout]')) {
    try {
      draw(svg, body.data, state);
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
