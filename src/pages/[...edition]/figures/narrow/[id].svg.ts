import type { APIRoute } from 'astro';
import { editionFigurePaths, figureResponse } from '../../../../lib/figureResponse';
import { standaloneSvg } from '../../../../lib/figures';

/** `/figures/narrow/<step-id>.svg` (and `/ru/…`, `/zh/…`): the phone layout of a step's figure. */
export const getStaticPaths = () => editionFigurePaths('narrow');

export const GET: APIRoute = ({ props }) => figureResponse(props, 'narrow', standaloneSvg);
