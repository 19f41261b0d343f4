/**
 * renderTimeline: a complete, deterministic SVG for a state, drawn with d3-selection into the
 * `document` it is given (linkedom at build time, the page in the browser). Colours come from
 * classes (timeline.css); every element that can move between states has a `data-key`.
 */
import { select, type Selection } from 'd3-selection';
import type { RenderOptions } from '../types';
import type { TimelineData, TimelineEvent } from './data';
import { describeTimeline, svgTitle } from './describe';
import { eventsById, type LabelLayout, layoutTimeline, type TimelineLayout } from './layout';
import type { TimelineState } from './constants';
import { formatDate, formatRange } from './time';
import { CATEGORY_LABEL } from './layout';

const SVG_NS = 'http://www.w3.org/2000/svg';

type G = Selection<SVGGElement, unknown, null, undefined>;

/** Opacity of marks and spans that a highlight pushes to the background. */
export const DIM = 0.3;

/** Accessible name of a mark: "4 May 2017, Russia: WeChat blocked (block)". */
export function markLabel(ev: TimelineEvent, data: TimelineData): string {
  const country = data.names.countries[ev.country] ?? ev.country;
  return `${formatDate(ev.date, ev.precision)}, ${country}: ${ev.title} (${CATEGORY_LABEL[ev.category].toLowerCase()})`;
}

function clusterLabel(n: number, from: string, to: string, lane: string): string {
  return `${n} events in ${lane}, ${formatRange(from, to)}. Open for the list; narrow the dates to see each one.`;
}

/** ids inside the SVG: unique per figure and per layout, so both variants can share a page. */
export function idBase(opts: Pick<RenderOptions, 'idPrefix' | 'layout'>): string {
  return `${opts.idPrefix ?? 'tl'}-${opts.layout === 'narrow' ? 'n' : 'w'}`;
}

/** Draws the timeline for `state` as a new <svg> owned by `opts.document`. */
export function renderTimeline(data: TimelineData, state: TimelineState, opts: RenderOptions): SVGSVGElement {
  const lay = layoutTimeline(data, state, { width: opts.width, height: opts.height, layout: opts.layout ?? 'wide' });
  return renderLayout(data, state, lay, opts);
}

/** Draws a layout already computed (the client reuses it for transitions). */
export function renderLayout(data: TimelineData, state: TimelineState, lay: TimelineLayout, opts: RenderOptions): SVGSVGElement {
  const doc = opts.document;
  const base = idBase(opts);
  const node = doc.createElementNS(SVG_NS, 'svg') as SVGSVGElement;
  const svg = select(node);
  const byId = eventsById(data);
  svg
    .attr('xmlns', SVG_NS)
    .attr('class', `tl tl--${lay.layout}`)
    .attr('viewBox', `0 0 ${lay.width} ${lay.height}`)
    .attr('width', lay.width)
    .attr('height', lay.height)
    .attr('role', 'group')
    .attr('aria-describedby', `${base}-desc`)
    .attr('data-layout', lay.layout)
    .attr('data-focus', lay.state.focus.join(','))
    .attr('data-range', lay.range.join(','))
    .attr('font-family', 'Arial, "Liberation Sans", Helvetica, sans-serif');
  svg.append('title').attr('id', `${base}-title`).text(svgTitle(data, state));
  svg.append('desc').attr('id', `${base}-desc`).text(describeTimeline(data, state));

  const layer = (name: string, hidden = true) => {
    const g = svg.append('g').attr('class', `tl-${name}`);
    if (hidden) g.attr('aria-hidden', 'true');
    return g as unknown as G;
  };

  // Legend
  const legend = layer('legend');
  for (const it of lay.legend) {
    const g = legend.append('g').attr('class', 'tl-legend-item').attr('data-key', it.key).attr('transform', `translate(${it.x},${it.y})`);
    if (it.kind === 'span-blocked' || it.kind === 'span-throttled') {
      g.append('path').attr('class', `tl-span-bar tl-span--${it.kind.slice(5)}`).attr('d', it.d);
    } else {
      g.append('path').attr('class', `tl-shape tl-cat-${it.kind}`).attr('d', it.d);
      if (it.d2) g.append('path').attr('class', `tl-half tl-cat-${it.kind}`).attr('d', it.d2);
    }
    g.append('text').attr('class', 'tl-legend-text').attr('x', 14).attr('y', 4.5).text(it.label);
  }

  // Grid and axis
  const wide = lay.layout === 'wide';
  const grid = layer('grid');
  const axis = layer('axis');
  if (wide) axis.append('line').attr('class', 'tl-axis-line').attr('data-key', 'axis-line').attr('x1', lay.axis[0]).attr('y1', lay.axis[1]).attr('x2', lay.axis[2]).attr('y2', lay.axis[3]);
  for (const t of lay.ticks) {
    const at = wide ? `translate(${t.x1},0)` : `translate(0,${t.y1})`;
    grid
      .append('line')
      .attr('class', 'tl-gridline')
      .attr('data-key', t.key)
      .attr('transform', at)
      .attr('x1', wide ? 0 : t.x1)
      .attr('y1', wide ? t.y1 : 0)
      .attr('x2', wide ? 0 : t.x2)
      .attr('y2', wide ? t.y2 : 0);
    const g = axis.append('g').attr('class', 'tl-tick').attr('data-key', t.key).attr('transform', at);
    const rel = (v: number, origin: number) => Math.round((v - origin) * 10) / 10;
    g.append('text')
      .attr('class', 'tl-tick-label')
      .attr('x', wide ? 0 : t.tx)
      .attr('y', wide ? t.ty : rel(t.ty, t.y1))
      .attr('text-anchor', t.anchor)
      .text(t.label);
    if (t.sub)
      g.append('text')
        .attr('class', 'tl-tick-sub')
        .attr('x', wide ? 0 : t.subX)
        .attr('y', wide ? t.subY : rel(t.subY, t.y1))
        .attr('text-anchor', t.anchor)
        .text(t.sub);
  }

  // Lanes
  const lanes = layer('lanes');
  for (const l of lay.lanes) {
    const g = lanes.append('g').attr('class', 'tl-lane').attr('data-key', l.key);
    if (l.rule) g.append('line').attr('class', 'tl-lane-rule').attr('x1', l.rule[0]).attr('y1', l.rule[1]).attr('x2', l.rule[2]).attr('y2', l.rule[3]);
    g.append('line').attr('class', 'tl-track').attr('x1', l.line[0]).attr('y1', l.line[1]).attr('x2', l.line[2]).attr('y2', l.line[3]);
    g.append('text').attr('class', 'tl-lane-label').attr('x', l.tx).attr('y', l.ty).attr('text-anchor', l.anchor).text(l.label);
  }

  // Spans
  const spans = layer('spans');
  for (const s of lay.spans) {
    const g = spans
      .append('g')
      .attr('class', `tl-span tl-span--${s.status}${s.emph === 'dim' ? ' is-dim' : ''}`)
      .attr('data-key', s.key)
      .attr('opacity', s.emph === 'dim' ? DIM : 1);
    g.append('line').attr('class', 'tl-span-bar').attr('x1', s.x1).attr('y1', s.y1).attr('x2', s.x2).attr('y2', s.y2);
    if (s.text)
      g.append('text').attr('class', 'tl-span-text').attr('x', s.text.x).attr('y', s.text.y).attr('text-anchor', s.text.anchor).text(s.text.value);
  }

  // Leaders (under the marks)
  const leaders = layer('leaders');
  for (const l of lay.labels)
    if (l.leader) leaders.append('path').attr('class', `tl-leader tl-leader--${l.kind}`).attr('data-key', `leader-${l.id}`).attr('d', l.leader);

  // Marks and clusters: the focusable layer
  const marks = layer('marks', false);
  let first = true;
  for (const m of lay.marks) {
    const ev = byId.get(m.id)!;
    const g = marks
      .append('g')
      .attr('class', `tl-mark tl-cat-${m.category}${m.emph === 'hl' ? ' is-hl' : ''}`)
      .attr('data-key', m.key)
      .attr('data-id', m.id)
      .attr('transform', `translate(${m.x},${m.y})`)
      .attr('opacity', m.emph === 'dim' ? DIM : 1)
      .attr('tabindex', first ? 0 : -1)
      .attr('role', 'button')
      .attr('aria-label', markLabel(ev, data));
    first = false;
    if (m.whisker) g.append('line').attr('class', 'tl-whisker').attr('x1', m.whisker[0]).attr('y1', m.whisker[1]).attr('x2', m.whisker[2]).attr('y2', m.whisker[3]);
    g.append('path').attr('class', 'tl-shape').attr('d', m.d);
    if (m.d2) g.append('path').attr('class', 'tl-half').attr('d', m.d2);
  }
  for (const c of lay.clusters) {
    const lane = lay.lanes.find((l) => l.key === `lane-${c.lane}`)?.label ?? '';
    const g = marks
      .append('g')
      .attr('class', 'tl-cluster')
      .attr('data-key', c.key)
      .attr('data-ids', c.ids.join(' '))
      .attr('transform', `translate(${c.x},${c.y})`)
      .attr('opacity', c.emph === 'dim' ? DIM : 1)
      .attr('tabindex', first ? 0 : -1)
      .attr('role', 'button')
      .attr('aria-label', clusterLabel(c.ids.length, c.from, c.to, lane));
    first = false;
    g.append('line').attr('class', 'tl-cluster-extent').attr('x1', c.extent[0]).attr('y1', c.extent[1]).attr('x2', c.extent[2]).attr('y2', c.extent[3]);
    g.append('circle').attr('class', 'tl-cluster-dot').attr('r', c.r);
    g.append('text').attr('class', 'tl-cluster-count').attr('y', 4.2).attr('text-anchor', 'middle').text(String(c.ids.length));
  }

  // Labels and callouts
  const labels = layer('labels');
  for (const l of lay.labels) drawLabel(labels, l);
  return node;
}

function drawLabel(parent: G, l: LabelLayout): void {
  const first = l.lines[0];
  if (!first) return;
  const g = parent
    .append('g')
    .attr('class', `tl-label tl-label--${l.kind}${l.emph === 'hl' ? ' is-hl' : ''}`)
    .attr('data-key', `label-${l.id}`)
    .attr('transform', `translate(${first.x},${first.y})`);
  const text = g.append('text').attr('text-anchor', l.anchor);
  for (const line of l.lines)
    text
      .append('tspan')
      .attr('class', `tl-label-${line.kind}`)
      .attr('x', Math.round((line.x - first.x) * 10) / 10)
      .attr('y', Math.round((line.y - first.y) * 10) / 10)
      .text(line.text);
}
