/**
 * The drawn states of the story's scrolly sections, for src/pages/states/ (English) and
 * src/pages/[edition]/states/ (`/ru/states/…`, `/zh/states/…`): each section's steps drawn in each
 * of its chart's layouts and in the edition's language, exactly as the sticky figure draws its
 * first step (drawnFigure.ts, with the section's id prefix). Build time only.
 */
import { DOMParser } from 'linkedom';
import { detailsFile } from '../charts/shared/details';
import { encodeSteps } from '../charts/shared/drawingDiff';
import { chartById } from '../charts/registry';
import type { Size } from '../charts/types';
import { drawFigure } from './drawnFigure';
import { type AnyChart, chartData, type Layout, layoutsOf, type Variant } from './figures';
import { EDITIONS, type Locale } from './i18n/locales';
import { loadDataset } from './loadDataset';
import { editionFigures } from './storyFigures';

export interface SectionStep {
  id: string;
  state: unknown;
  alt: string;
}

export interface SectionDrawingProps {
  chart: string;
  steps: SectionStep[];
  drawing: { variant: Variant; layout: Layout; size: Size };
  /** The edition drawn (absent: English). */
  locale?: Locale;
}

/** One path per section and layout; `withDetails`: only charts that have details. */
export async function sectionDrawingPaths(withDetails = false, locale: Locale = 'en') {
  const sections = new Map<string, { chart: string; steps: SectionStep[] }>();
  for (const f of await editionFigures(locale)) {
    if (f.kind !== 'step' || !f.scrolly || !f.chart) continue;
    const s = sections.get(f.scrolly) ?? { chart: f.chart, steps: [] };
    s.steps.push({
      id: f.id ?? `${f.scrolly}-${s.steps.length + 1}`,
      state: f.state ?? {},
      alt: f.alt ?? '',
    });
    sections.set(f.scrolly, s);
  }
  return [...sections].flatMap(([section, { chart: id, steps }]) => {
    const chart = chartById(id);
    if (!chart || (withDetails && !chart.details)) return [];
    // `medium` too: the sticky figure offers it (src/mdx/Scrolly.astro).
    return layoutsOf(chart, true).map((drawing) => ({
      params: { section, variant: drawing.variant },
      props: {
        chart: id,
        steps,
        drawing,
        ...(locale === 'en' ? {} : { locale }),
      } satisfies SectionDrawingProps,
    }));
  });
}

/** The same paths for every edition other than English, with an `edition` param (`/ru/states/…`). */
export async function editionDrawingPaths(withDetails = false) {
  const each = await Promise.all(
    EDITIONS.map(async (edition) =>
      (await sectionDrawingPaths(withDetails, edition)).map((p) => ({
        params: { ...p.params, edition },
        props: p.props,
      })),
    ),
  );
  return each.flat();
}

/**
 * The drawings file of a section in one layout (src/pages/states/[section]/[variant].svg.ts says
 * why this form): each step a nested <svg> written as its differences from the step before.
 */
export async function drawingsFile(section: string, props: SectionDrawingProps): Promise<string> {
  const { steps } = await drawSection(section, props);
  const drawings = steps.map((s) => s.svg);
  const doc = drawings[0]!.ownerDocument;
  const root = doc.createElementNS('http://www.w3.org/2000/svg', 'svg');
  root.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  root.setAttribute('data-steps', props.steps.map((s) => s.id).join(' '));
  root.append(...encodeSteps(drawings[0]!, drawings));
  // XML, as the browser reads it with DOMParser (never innerHTML): HTML leaves "&" bare in attributes.
  return new DOMParser().parseFromString(root.outerHTML, 'image/svg+xml').toString();
}

/** The details file of a section in one layout: what each step's marks say, in the edition's language. */
export async function detailsJson(section: string, props: SectionDrawingProps): Promise<string> {
  const { chart, data, steps, locale } = await drawSection(section, props);
  const file = detailsFile(steps.map((s) => chart.details!.marks(data, s.state, s.svg, locale)));
  return JSON.stringify(file);
}

type Drawn = {
  chart: AnyChart;
  data: unknown;
  steps: { state: unknown; svg: SVGSVGElement }[];
  locale?: Locale;
};
const drawn = new Map<string, Promise<Drawn>>();

/**
 * Every step of a section drawn in one layout, with its parsed state; drawn once for both the
 * drawings and the details routes.
 */
export function drawSection(section: string, props: SectionDrawingProps): Promise<Drawn> {
  // Chapters and data change while `astro dev` runs.
  if (import.meta.env.DEV) return drawSectionNow(section, props);
  const key = `${props.locale ?? 'en'}/${section}/${props.drawing.variant}`;
  let d = drawn.get(key);
  if (!d) {
    d = drawSectionNow(section, props);
    drawn.set(key, d);
  }
  return d;
}

async function drawSectionNow(section: string, props: SectionDrawingProps): Promise<Drawn> {
  const chart = chartById(props.chart)!;
  const dataset = await loadDataset();
  const steps = props.steps.map((step) => {
    const parsed = chart.parseState(step.state);
    if (!parsed.ok) throw new Error(`states: step "${step.id}" has an invalid state`);
    // The same id prefix as the section's sticky figure (src/mdx/Scrolly.astro), so ids match.
    const svg = drawFigure(
      chart,
      dataset,
      parsed.state,
      step.alt.trim(),
      `${section}-fig`,
      props.drawing,
      props.locale,
    );
    return { state: parsed.state, svg };
  });
  return { chart, data: chartData(chart, dataset, props.locale), steps, locale: props.locale };
}
