/**
 * `/states/<section>/<variant>.json`: what the details card says about each mark of each step's
 * drawing in one layout (the chart's `details`, src/charts/types.ts), for the shared details module
 * (src/charts/shared/details.ts). Fetched the first time a reader reaches for the figure.
 */
import type { APIRoute } from 'astro';
import { detailsFile } from '../../../charts/shared/details';
import { drawSection, type SectionDrawingProps, sectionDrawingPaths } from '../../../lib/drawnStates';

export const getStaticPaths = () => sectionDrawingPaths(true);

export const GET: APIRoute = async ({ params, props }) => {
  const { chart, data, steps } = await drawSection(String(params.section), props as SectionDrawingProps);
  const file = detailsFile(steps.map((s) => chart.details!.marks(data, s.state, s.svg)));
  return new Response(JSON.stringify(file), { headers: { 'Content-Type': 'application/json' } });
};
