/** Parameters that pym.js and other hosts add to a frame's URL; they never name a chart state. */
export const HOST_PARAMS = new Set(['childId', 'initialWidth', 'parentTitle', 'parentUrl']);
