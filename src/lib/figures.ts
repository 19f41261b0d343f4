/**
 * Build-time figures for the scrollytelling engine: renders a chart state to SVG on a server DOM
 * (linkedom), validates an editor's state against its chart, and lists every step of the story
 * for the static figure routes. Never shipped to the browser.
 */
import { DOMParser, parseHTML } from 'linkedom';
import { type AnyChart, chartById, charts } from '../charts/registry';
import type { Size } from '../charts/types';
import type { Dataset } from './dataset';
import { LANGUAGE_TAGS, type Locale } from './i18n/locales';
import { missingRefs } from './content/validateChapters';
import { localizedDataset } from './i18n/localizedRecord';

export type { AnyChart };
export type Layout = 'wide' | 'narrow';

/** Stylesheets under src/charts/, as text, by path relative to it (`timeline/timeline.css`). */
const chartCss = Object.fromEntries(
  Object.entries(
    import.meta.glob<string>('../charts/**/*.css', { query: '?raw', import: 'default', eager: true }),
  ).map(([path, css]) => [path.slice('../charts/'.length), css]),
);

/** The stylesheet a chart declares (`chart.stylesheet`), as text, or ''. */
export function chartStylesheet(chart: AnyChart): string {
  return chart.stylesheet ? (chartCss[chart.stylesheet] ?? '') : '';
}

/** `--name` → value of every chart colour outside a media query (the light theme), from theme.css. */
let lightCache: Map<string, string> | undefined;
function lightColors(): Map<string, string> {
  if (lightCache) return lightCache;
  lightCache = new Map();
  // Top-level rules only: drop comments and every @media block first.
  const css = (chartCss['shared/theme.css'] ?? '')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/@media[^{]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}/g, '');
  for (const [, body] of css.matchAll(/^[^{}@]+\{([^{}]*)\}/gm))
    for (const [, name, value] of body!.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g))
      lightCache.set(name!, value!.trim());
  return lightCache;
}

/** `var(--x)` and `var(--x, fallback)` in a value, replaced with their values in `vars` (nested too). */
export function resolveVars(value: string, vars: Map<string, string>): string {
  return value.replace(
    /var\(\s*(--[\w-]+)\s*(?:,\s*([^()]*))?\)/g,
    (whole, name: string, fallback?: string) => {
      const v = vars.get(name) ?? fallback?.trim();
      return v === undefined ? whole : resolveVars(v, vars);
    },
  );
}

let doc: Document | undefined;
/** One server-side document to draw into. */
function serverDocument(): Document {
  doc ??= parseHTML('<!doctype html><html><head></head><body></body></html>').document as unknown as Document;
  return doc;
}

const selected = new WeakMap<AnyChart, WeakMap<Dataset, Map<Locale, unknown>>>();
/** `chart.select(ds)` on an edition's dataset (its text in that language), once per chart, dataset and edition. */
export function chartData(chart: AnyChart, ds: Dataset, locale: Locale = 'en'): unknown {
  let byDs = selected.get(chart);
  if (!byDs) {
    byDs = new WeakMap();
    selected.set(chart, byDs);
  }
  let byLocale = byDs.get(ds);
  if (!byLocale) {
    byLocale = new Map();
    byDs.set(ds, byLocale);
  }
  if (!byLocale.has(locale)) byLocale.set(locale, chart.select(localizedDataset(ds, locale)));
  return byLocale.get(locale);
}

/** A drawing of a figure: its layout, and `medium` for the wide layout at a middle width. */
export type Variant = Layout | 'medium';

/**
 * The drawings a chart makes of one state: always wide, narrow when the chart has one, and with
 * `medium` (embeds), the wide layout at the chart's middle width when it has one.
 */
export function layoutsOf(
  chart: AnyChart,
  medium = false,
): { variant: Variant; layout: Layout; size: Size }[] {
  const out: { variant: Variant; layout: Layout; size: Size }[] = [
    { variant: 'wide', layout: 'wide', size: chart.sizes.wide },
  ];
  if (medium && chart.sizes.medium) out.push({ variant: 'medium', layout: 'wide', size: chart.sizes.medium });
  if (chart.sizes.narrow) out.push({ variant: 'narrow', layout: 'narrow', size: chart.sizes.narrow });
  return out;
}

/** Renders one state of a chart in one layout and edition; returns the SVG element (on the server DOM). */
export function renderChart(
  chart: AnyChart,
  ds: Dataset,
  state: unknown,
  layout: Layout,
  idPrefix: string,
  at?: Size,
  locale: Locale = 'en',
): SVGSVGElement {
  const size = at ?? (layout === 'narrow' ? chart.sizes.narrow : undefined) ?? chart.sizes.wide;
  return chart.render(chartData(chart, ds, locale), state, {
    document: serverDocument(),
    width: size.width,
    height: size.height,
    layout,
    idPrefix,
    // Only when not English, so the options (and every English drawing) stay as they were.
    ...(locale === 'en' ? {} : { locale }),
  });
}

/**
 * A standalone SVG file for a chart state in an edition (`ds` is that edition's dataset):
 * `xmlns`, `lang`, `width`/`height`, a `<title>` with the alt text and the chart's stylesheet
 * inlined, so it displays the same in an `<img>` or on its own.
 */
export function standaloneSvg(
  chart: AnyChart,
  ds: Dataset,
  state: unknown,
  layout: Layout,
  alt: string,
  locale: Locale = 'en',
  /** Another width for the layout (the medium drawing: the wide layout at sizes.medium). */
  at?: Size,
): string {
  const svg = renderChart(chart, ds, state, layout, `fig-${layout}`, at, locale);
  const size = at ?? (layout === 'narrow' ? chart.sizes.narrow : undefined) ?? chart.sizes.wide;
  const d = svg.ownerDocument;
  svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  svg.setAttribute('width', String(size.width));
  svg.setAttribute('height', String(size.height));
  svg.setAttribute('role', 'img');
  svg.setAttribute('xml:lang', LANGUAGE_TAGS[locale]);
  const title = d.createElementNS('http://www.w3.org/2000/svg', 'title');
  title.textContent = alt;
  // Every chart colour (light and dark) and the chart's own rules, so the file looks the same alone
  // or in an <img> (transparent: it sits on the page's background, light or dark).
  const style = d.createElementNS('http://www.w3.org/2000/svg', 'style');
  style.textContent = `${chartCss['shared/theme.css'] ?? ''}\n${chartStylesheet(chart)}`;
  // Fill and stroke attributes name the same variables; resvg (PNG) reads no custom properties,
  // so they are written out with their light values.
  const light = lightColors();
  for (const el of svg.querySelectorAll('*'))
    for (const name of el.getAttributeNames()) {
      const value = el.getAttribute(name)!;
      if (value.includes('var(')) el.setAttribute(name, resolveVars(value, light));
    }
  svg.insertBefore(style, svg.firstChild);
  svg.insertBefore(title, svg.firstChild);
  // Serialised as XML, not HTML: HTML leaves "&" and "<" bare in attribute values (a source URL's
  // query string), which makes the file unreadable to an <img> and to resvg.
  const xml = new DOMParser().parseFromString(svg.outerHTML, 'image/svg+xml');
  return `${xml.toString().replace(/^<\?xml[^>]*\?>/, '<?xml version="1.0" encoding="UTF-8"?>\n')}\n`;
}

/** Where an editor wrote a figure, for error messages. */
export interface FigureWhere {
  /** `<Step id="x"> in <Scrolly id="y">` or `<Chart chart="x">`. */
  label: string;
  /** `content/chapters/01-x.mdx:18`, when known. */
  file?: string;
}

/** The error a component throws for a figure an editor got wrong. */
export class FigureError extends Error {
  constructor(where: FigureWhere, field: string | undefined, message: string) {
    super(
      `${where.file ? `${where.file} · ` : ''}${where.label}${field ? ` · field "${field}"` : ''}: ${message}` +
        (where.file ? '' : ' (npm run check:content names the file and line)'),
    );
    this.name = 'FigureError';
  }
}

function knownCharts(): string {
  return (
    Object.keys(charts)
      .map((c) => `"${c}"`)
      .join(', ') || '(no charts registered)'
  );
}

/** The chart for an id, or a FigureError naming the known ones. */
export function requireChart(id: unknown, where: FigureWhere): AnyChart {
  if (typeof id !== 'string' || !id)
    throw new FigureError(where, 'chart', `needs chart="…": one of ${knownCharts()}`);
  const chart = chartById(id);
  if (!chart) throw new FigureError(where, 'chart', `"${id}" is not a chart; use one of ${knownCharts()}`);
  return chart;
}

/** Parses a state and checks the ids it names against the dataset; throws on the first problems. */
export function parseFigureState(chart: AnyChart, input: unknown, ds: Dataset, where: FigureWhere): unknown {
  const parsed = chart.parseState(input ?? {});
  if (!parsed.ok) {
    const [first, ...rest] = parsed.problems;
    const more = rest.length
      ? ` (and ${rest.length} more: ${rest.map((p) => `state.${p.key}`).join(', ')})`
      : '';
    throw new FigureError(
      where,
      first ? `state.${first.key}` : 'state',
      `${first?.message ?? 'is not a valid state'}${more}`,
    );
  }
  const missing = missingRefs(chart.refs(parsed.state), ds);
  if (missing[0]) throw new FigureError(where, `state.${missing[0].key}`, missing[0].message);
  return parsed.state;
}

/** Requires a non-empty alt text. */
export function requireAlt(alt: unknown, where: FigureWhere): string {
  if (typeof alt !== 'string' || !alt.trim())
    throw new FigureError(
      where,
      'alt',
      'needs alt="…": one sentence saying what the figure shows in this state, for readers who cannot see it',
    );
  return alt.trim();
}

/**
 * URL of a step's static figure (linear mode, print, no JS) in an edition: `/figures/<id>.svg`,
 * `/ru/figures/<id>.svg`. A page passes its own: `pageLocale(Astro.currentLocale)`.
 */
export function stepFigureUrl(stepId: string, layout: Layout, locale: Locale = 'en'): string {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  const edition = locale === 'en' ? '' : `${locale}/`;
  return `${base}${edition}figures/${layout === 'narrow' ? 'narrow/' : ''}${stepId}.svg`;
}

/** JSON for a `<script type="application/json">`: `<` escaped so no text can close the element. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The width and height a state actually draws at (some charts grow with what they show). */
export function drawnSize(
  chart: AnyChart,
  ds: Dataset,
  state: unknown,
  layout: Layout,
  locale: Locale = 'en',
): { width: number; height: number } {
  const viewBox = renderChart(chart, ds, state, layout, 'size', undefined, locale)
    .getAttribute('viewBox')
    ?.split(/[\s,]+/)
    .map(Number);
  const fallback = (layout === 'narrow' ? chart.sizes.narrow : undefined) ?? chart.sizes.wide;
  return viewBox?.length === 4 && viewBox.every(Number.isFinite)
    ? { width: viewBox[2]!, height: viewBox[3]! }
    : fallback;
}
