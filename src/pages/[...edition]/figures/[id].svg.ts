import type { APIRoute } from 'astro';
import { editionFigurePaths, figureResponse } from '../../../lib/figureResponse';
import { standaloneSvg } from '../../../lib/figures';

/** `/figures/<step-id>.svg` (and `/ru/…`, `/zh/…`): a step's figure in its own state, for linear reading and print. */
export const getStaticPaths = () => editionFigurePaths('wide');

export const GET: APIRoute = ({ props }) => figureResponse(props, 'wide', standaloneSvg);
