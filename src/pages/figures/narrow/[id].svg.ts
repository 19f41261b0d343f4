import type { APIRoute } from 'astro';
import { standaloneSvg } from '../../../lib/figures';
import { figureResponse } from '../../../lib/figureResponse';
import { stepFigurePaths } from '../../../lib/storyFigures';

/** `/figures/narrow/<step-id>.svg`: the phone layout of a step's figure. */
export const getStaticPaths = () => stepFigurePaths('narrow');

export const GET: APIRoute = ({ props }) => figureResponse(props, 'narrow', standaloneSvg);
