/**
 * The timeline's lean browser half for embeds with a state in the URL: draws the state into the
 * pre-rendered SVG at once, with the same layout and render as the build, sized like the story's
 * client (size.ts). No transitions, no details card (embeds have neither), so embed pages do not
 * load client.ts.
 */
import type { ChartClient, UpdateOptions } from '../types';
import type { TimelineState } from './constants';
import type { TimelineData } from './data';
import { layoutTimeline } from './layout';
import { renderLayout } from './render';
import { drawnSize, idPrefixOf, syncRoot } from './size';

/** Makes `svg` what renderTimeline draws for `state`, keeping the attributes the page gave it. */
export function redrawTimeline(
  svg: SVGSVGElement,
  data: TimelineData,
  state: TimelineState,
  opts: UpdateOptions,
): void {
  const { width, height, fit } = drawnSize(svg, opts);
  const layout = opts.layout;
  const st = state ?? {};
  const lay = layoutTimeline(data, st, { width, height, layout, fit });
  const next = renderLayout(data, st, lay, {
    document: svg.ownerDocument,
    width,
    height,
    layout,
    idPrefix: idPrefixOf(svg),
  });
  syncRoot(svg, next, layout);
  svg.replaceChildren(...next.childNodes);
}

const timelineRedraw: ChartClient<TimelineState, TimelineData> = { update: redrawTimeline };

export default timelineRedraw;
