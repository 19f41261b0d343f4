/**
 * The timeline chart: Russian and Chinese internet controls on a UTC time axis, one lane per
 * country, events by category (shape and colour), periods of blocking as bars.
 *
 * Build-time half (this module): state, layout, render, text alternatives. Browser half:
 * `client.ts` (transitions, details card, keyboard). Styles: `timeline.css`.
 */
import type { ChartModule } from '../types';
import { timelineDetails } from './details';
import { select, type TimelineData } from './data';
import { describeTimeline, tableTimeline } from './describe';
import { renderTimeline } from './render';
import { defaultState, parseState, refs, stateFromQuery, stateToQuery, type TimelineState } from './state';

export type { TimelineData, TimelineEvent } from './data';
export { timelineData } from './data';
export { layoutTimeline, NARROW_HEIGHT, NARROW_WIDTH } from './layout';
export { renderTimeline } from './render';
export { deriveSpans } from './spans';
export type { TimelineState } from './state';
export { stateFromQuery, stateToQuery };

/**
 * viewBox sizes. The narrow layout (phones) runs top to bottom in a fixed 360 × 300, the size of
 * the phone's sticky figure, whatever the state. The wide layout's height follows the state (as
 * short as its labels allow; read it from the rendered SVG's viewBox); `medium` is the wide layout
 * drawn at 600 px for embeds in frames between narrow and wide.
 */
export const timeline: ChartModule<TimelineState, TimelineData> = {
  id: 'timeline',
  title: 'Blocks, laws and registers in Russia and China',
  parseState,
  defaultState,
  refs,
  stateFromQuery,
  stateToQuery,
  select,
  render: renderTimeline,
  details: timelineDetails,
  describe: describeTimeline,
  table: tableTimeline,
  // Wide heights follow the state (layoutTimeline: as short as its labels allow); 420 is nominal.
  sizes: {
    wide: { width: 960, height: 420 },
    medium: { width: 600, height: 420 },
    narrow: { width: 360, height: 300 },
  },
  stylesheet: 'timeline/timeline.css',
  source:
    'Events compiled by The WeChat Week from official records and news reports; every event lists its sources in the story.',
};

export default timeline;
