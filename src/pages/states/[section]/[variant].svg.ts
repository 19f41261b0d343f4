/**
 * `/states/<section>/<variant>.svg`: every step of a scrolly section drawn at build time in one
 * layout, for the browser to move between (src/scrolly/drawings.ts). Each step is a nested <svg>,
 * written as its differences from the step before (src/charts/shared/drawingDiff.ts); the first
 * against the drawing already in the page.
 *
 * Why a fetched file per section and layout, and in this form (measured on the story, 32 steps
 * in 5 sections, gzip -9, the layout a reader sees):
 *   - whole drawings inline in the page as <template>s: +80 kB gzip (wide) on the HTML, which every
 *     reader downloads before the first paint, for steps most never reach;
 *   - whole drawings in fetched files: 80 kB wide / 29 kB narrow (the 37 kB country-panel drawings
 *     are too far apart for gzip's 32 kB window to share their maps);
 *   - differences in fetched files (this): 26 kB wide / 21 kB narrow, fetched only for the layout on
 *     screen when its section nears the viewport; the chart data JSON (27 kB gzip in the HTML) and
 *     the per-chart browser code it replaces are gone.
 * The editions' files are at `/<edition>/states/…` (src/pages/[edition]/states/).
 */
import type { APIRoute } from 'astro';
import { drawingsFile, type SectionDrawingProps, sectionDrawingPaths } from '../../../lib/drawnStates';

export const getStaticPaths = () => sectionDrawingPaths();

export const GET: APIRoute = async ({ params, props }) =>
  new Response(await drawingsFile(String(params.section), props as SectionDrawingProps), {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });
