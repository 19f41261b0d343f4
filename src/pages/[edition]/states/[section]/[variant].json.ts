/**
 * `/<edition>/states/<section>/<variant>.json`: the details of a section's marks in one layout, in
 * the edition's language; the English file is src/pages/states/[section]/[variant].json.ts.
 */
import type { APIRoute } from 'astro';
import { detailsJson, editionDrawingPaths, type SectionDrawingProps } from '../../../../lib/drawnStates';

export const getStaticPaths = () => editionDrawingPaths(true);

export const GET: APIRoute = async ({ params, props }) =>
  new Response(await detailsJson(String(params.section), props as SectionDrawingProps), {
    headers: { 'Content-Type': 'application/json' },
  });
