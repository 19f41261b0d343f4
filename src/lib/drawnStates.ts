/**
 * The drawn states of the story's scrolly sections, for src/pages/states/: each section's steps
 * drawn in each of its chart's layouts, exactly as the sticky figure draws its first step
 * (drawnFigure.ts, with the section's id prefix). Build time only.
 */
import { chartById } from '../charts/registry';
import type { Size } from '../charts/types';
import { drawFigure } from './drawnFigure';
import { type AnyChart, chartData, type Layout, layoutsOf, type Variant } from './figures';
import { loadDataset } from './loadDataset';
import { storyFigures } from './storyFigures';

export interface SectionStep {
  id: string;
  state: unknown;
  alt: string;
}

export interface SectionDrawingProps {
  chart: string;
  steps: SectionStep[];
  drawing: { variant: Variant; layout: Layout; size: Size };
}

/** One path per section and layout; `withDetails`: only charts that have details. */
export async function sectionDrawingPaths(withDetails = false) {
  const sections = new Map<string, { chart: string; steps: SectionStep[] }>();
  for (const f of await storyFigures()) {
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
      props: { chart: id, steps, drawing } satisfies SectionDrawingProps,
    }));
  });
}

type Drawn = { chart: AnyChart; data: unknown; steps: { state: unknown; svg: SVGSVGElement }[] };
const drawn = new Map<string, Promise<Drawn>>();

/**
 * Every step of a section drawn in one layout, with its parsed state; drawn once for both the
 * drawings and the details routes.
 */
export function drawSection(section: string, props: SectionDrawingProps): Promise<Drawn> {
  // Chapters and data change while `astro dev` runs.
  if (import.meta.env.DEV) return drawSectionNow(section, props);
  const key = `${section}/${props.drawing.variant}`;
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
    const svg = drawFigure(chart, dataset, parsed.state, step.alt.trim(), `${section}-fig`, props.drawing);
    return { state: parsed.state, svg };
  });
  return { chart, data: chartData(chart, dataset), steps };
}
