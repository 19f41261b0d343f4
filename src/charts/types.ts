import type { Locale } from './shared/i18n';
import type { Dataset } from '../schemas/dataset';

/**
 * The chart contract: everything a chart provides. The scroll engine, the MDX components, the
 * embed routes, the image endpoints and the content check know a chart only through this
 * interface and `src/charts/registry.ts`, the one place a chart is added. A chart module never
 * imports scrollama, `astro:*`, or a global `window`/`document`: it draws into the `document` it is
 * given (linkedom at build time).
 */
export interface ChartModule<State, Data> {
  /** Route-safe id used in MDX (`chart="timeline"`) and in embed URLs (`/embed/timeline/`). */
  id: string;
  /** Default figure title. */
  title: string;
  /**
   * Validates a state written in MDX or read from an embed URL. Written with `zod/mini` so the
   * browser can parse embed query strings without shipping all of zod. Strict: unknown keys fail.
   */
  parseState(input: unknown): StateResult<State>;
  /** The state a figure shows when a step or URL says nothing. */
  defaultState: State;
  /**
   * The state an embed URL's query string asks for (`?year=2017&highlight=KZ`), on the same rules
   * as parseState but without zod (its `query.ts`). Each missing or invalid key falls back to the
   * default on its own; never throws.
   */
  stateFromQuery(params: URLSearchParams): State;
  /** The query string for a state (inverse of stateFromQuery), for "copy embed" links. */
  stateToQuery(state: State): string;
  /** Ids a state names that must exist in the dataset (an unknown one stops the build). */
  refs(state: State): StateRefs;
  /**
   * The slice of the dataset the chart draws; JSON-serialisable, it is shipped to the browser. An
   * edition passes its own dataset (`localizedDataset`), so the data's text is in its language.
   */
  select(ds: Dataset): Data;
  /** A complete, deterministic SVG for this state. */
  render(data: Data, state: State, opts: RenderOptions): SVGSVGElement;
  /**
   * One or two sentences describing what the figure shows in this state (SVG <desc>, live region),
   * in the edition's language (default English, as every function below that takes a locale).
   */
  describe(data: Data, state: State, locale?: Locale): string;
  /** The numbers behind the figure in this state, as a table (present without JS). */
  table(data: Data, state: State, locale?: Locale): DataTable;
  /**
   * viewBox sizes; `narrow` is drawn for screens ≤ 600 px when the chart has such a layout.
   * `medium`: the wide layout drawn again at a middle width, for figures that offer it (embeds),
   * shown when the figure itself is between narrow and wide (a container query picks it).
   */
  sizes: { wide: Size; narrow?: Size; medium?: Size };
  /**
   * The chart's stylesheet, relative to src/charts/ (`timeline/timeline.css`): it joins the page's
   * CSS and is inlined into standalone SVG and PNG images. A chart without one draws with
   * presentation attributes alone.
   */
  stylesheet?: string;
  /** Where the figures come from, in one line (under an embed). */
  source: string;
  /**
   * Optional: what the shared details card or line says about each mark (by `data-key`), decided at
   * build time and shown on hover, focus or tap (src/charts/shared/details.ts).
   */
  details?: import('./shared/details').ChartDetails<State, Data>;
}

export interface Size {
  width: number;
  height: number;
}

export interface RenderOptions extends Size {
  document: Document;
  /** Which layout to draw. */
  layout?: 'wide' | 'narrow';
  /** Prefix for ids inside the SVG (clip paths, patterns), unique per figure on a page. */
  idPrefix?: string;
  /**
   * Lay out to exactly `height` (a box the page sizes, like the story's lead figure on a phone)
   * instead of growing with the content; charts without such a layout ignore it.
   */
  fit?: boolean;
  /**
   * The edition the drawing is for: its words, dates and numbers (default English). The data's
   * own text comes in that language already, from `select` on the edition's dataset.
   */
  locale?: Locale;
}

export type StateResult<S> =
  { ok: true; state: S } | { ok: false; problems: { key: string; message: string }[] };

/** Record ids a state refers to, by the dataset file they live in. */
export interface StateRefs {
  events?: string[];
  countries?: string[];
  services?: string[];
  mechanisms?: string[];
  /** Freedom on the Net editions the state needs scores for. */
  editions?: number[];
}

export interface DataTable {
  caption: string;
  columns: string[];
  /** Cell text, or a link to a source. */
  rows: (string | { text: string; href: string })[][];
}

/** Browser half of a chart (`src/charts/<id>/client.ts`): moves marks from state to state. */
export interface ChartClient<State, Data> {
  /** Transition `svg` to `state` in `duration` ms (0 under reduced motion). Keyed by record id. */
  update(svg: SVGSVGElement, data: Data, state: State, opts: UpdateOptions): void;
  /** Optional: wire hover/focus/tap details on the figure's root element once. */
  attach?(figure: HTMLElement, data: Data): void;
}

export interface UpdateOptions extends Size {
  duration: number;
  layout: 'wide' | 'narrow';
  /** Progress 0–1 through the active step, for charts that animate within a step. */
  progress?: number;
}
