/**
 * `/<edition>/states/<section>/<variant>.svg`: the drawn steps of a section in one layout, in the
 * edition's language (`/ru/states/wechat-week/wide.svg`); the English file and its form are
 * src/pages/states/[section]/[variant].svg.ts.
 */
import type { APIRoute } from 'astro';
import { drawingsFile, editionDrawingPaths, type SectionDrawingProps } from '../../../../lib/drawnStates';

export const getStaticPaths = () => editionDrawingPaths();

export const GET: APIRoute = async ({ params, props }) =>
  new Response(await drawingsFile(String(params.section), props as SectionDrawingProps), {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });
