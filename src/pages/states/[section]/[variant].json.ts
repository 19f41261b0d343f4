/**
 * `/states/<section>/<variant>.json`: what the details card says about each mark of each step's
 * drawing in one layout (the chart's `details`, src/charts/types.ts), for the shared details module
 * (src/charts/shared/details.ts). Fetched the first time a reader reaches for the figure. The
 * editions' files are at `/<edition>/states/…` (src/pages/[edition]/states/).
 */
import type { APIRoute } from 'astro';
import { detailsJson, type SectionDrawingProps, sectionDrawingPaths } from '../../../lib/drawnStates';

export const getStaticPaths = () => sectionDrawingPaths(true);

export const GET: APIRoute = async ({ params, props }) =>
  new Response(await detailsJson(String(params.section), props as SectionDrawingProps), {
    headers: { 'Content-Type': 'application/json' },
  });
