import type { APIRoute } from 'astro';
import { PNG_WIDTH } from '../../embed/catalog';
import { svgToPng } from '../../embed/png';
import { standaloneSvg } from '../../lib/figures';
import { figureResponse } from '../../lib/figureResponse';
import { stepFigurePaths } from '../../lib/storyFigures';

/**
 * `/figures/<step-id>.png`: a story step's figure as a PNG (social cards, `<noscript>` in the
 * chapter embed), rasterised with resvg from the same SVG as `/figures/<step-id>.svg`.
 */
export const getStaticPaths = () => stepFigurePaths('wide');

export const GET: APIRoute = async ({ props }) => {
  const res = await figureResponse(props, 'wide', standaloneSvg);
  if (!res.ok) return res;
  const png = svgToPng(await res.text(), PNG_WIDTH);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
