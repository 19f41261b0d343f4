import type { APIRoute } from 'astro';
import { PNG_WIDTH } from '../../../embed/catalog';
import { svgToPng } from '../../../embed/png';
import { editionFigurePaths, figureResponse } from '../../../lib/figureResponse';
import { standaloneSvg } from '../../../lib/figures';

/**
 * `/figures/<step-id>.png` (and `/ru/…`, `/zh/…`): a story step's figure as a PNG (social cards,
 * `<noscript>` in the chapter embed), rasterised with resvg from the same SVG as
 * `/figures/<step-id>.svg`.
 */
export const getStaticPaths = () => editionFigurePaths('wide');

export const GET: APIRoute = async ({ props }) => {
  const res = await figureResponse(props, 'wide', standaloneSvg);
  if (!res.ok) return res;
  const png = await svgToPng(await res.text(), PNG_WIDTH);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
