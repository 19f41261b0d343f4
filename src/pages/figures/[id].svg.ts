import type { APIRoute } from 'astro';
import { standaloneSvg } from '../../lib/figures';
import { figureResponse } from '../../lib/figureResponse';
import { stepFigurePaths } from '../../lib/storyFigures';

/** `/figures/<step-id>.svg`: a step's figure in its own state, for linear reading and print. */
export const getStaticPaths = () => stepFigurePaths('wide');

export const GET: APIRoute = ({ props }) => figureResponse(props, 'wide', standaloneSvg);
