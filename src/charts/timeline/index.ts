/**
 * The timeline chart: Russian and Chinese internet controls on a UTC time axis, one lane per
 * country, events by category (shape and colour), periods of blocking as bars.
 *
 * Build-time half (this module): state, layout, render, text alternatives. Browser half:
 * `client.ts` (transitions, details card, keyboard). Styles: `timeline.css`.
 */
import type { ChartModule } from '../types';
import { select, type TimelineData } from './data';
import { describeTimeline, tableTimeline } from './describe';
import { renderTimeline } from './render';
import { defaultState, parseState, refs, type TimelineState } from './state';

export type { TimelineData, TimelineEvent } from './data';
export { timelineData } from './data';
export { layoutTimeline, narrowHeight } from './layout';
export { renderTimeline } from './render';
export { deriveSpans } from './spans';
export type { TimelineState } from './state';
export { stateFromQuery, stateToQuery } from './state';

/**
 * viewBox sizes. The narrow (≤ 600 px) layout runs top to bottom; its height is the larger of
 * `sizes.narrow.height` and narrowHeight(data, state), which grows with the events in view, so a
 * figure's height is fixed per state (read it from the rendered SVG's viewBox).
 */
export const timeline: ChartModule<TimelineState, TimelineData> = {
  id: 'timeline',
  title: 'Blocks, laws and registers in Russia and China',
  parseState,
  defaultState,
  refs,
  select,
  render: renderTimeline,
  describe: describeTimeline,
  table: tableTimeline,
  sizes: { wide: { width: 960, height: 420 }, narrow: { width: 360, height: 480 } },
};

export default timeline;
