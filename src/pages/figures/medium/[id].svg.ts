import type { APIRoute } from 'astro';
import { standaloneSvg } from '../../../lib/figures';
import { figureResponse } from '../../../lib/figureResponse';
import { stepFigurePaths } from '../../../lib/storyFigures';

/**
 * `/figures/medium/<step-id>.svg`: the wide layout of a step's figure at the chart's middle width,
 * for the charts that have one (the drawing a scrolly figure 441–720 px wide shows). Tests compare
 * the settled figure with it (tests/e2e/morph.spec.ts).
 */
export const getStaticPaths = () => stepFigurePaths('medium');

export const GET: APIRoute = ({ props }) =>
  figureResponse(props, 'wide', (chart, ds, state, layout, alt) =>
    standaloneSvg(chart, ds, state, layout, alt, 'en', chart.sizes.medium),
  );
