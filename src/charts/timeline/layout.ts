/**
 * layoutTimeline: dates, lanes and labels → numbers and path strings. Pure: no DOM, no globals.
 * Everything render.ts draws comes from here. Both layouts take the same path: a time scale
 * (scales.ts), the legend (legend.ts), per lane the stacked marks and clusters (clusters.ts,
 * marks.ts) and period bars, then labels, ticks and the result. They differ in the orientation of
 * the time axis (left → right when wide, top → bottom when narrow), in how the lanes share the
 * cross axis, and in where labels go (labelsWide.ts, labelsNarrow.ts).
 */
import type { Locale } from '../shared/i18n';
import { max, sum } from 'd3-array';
import { textWidth } from '../shared/text';
import { stackLane } from './clusters';
import type { TimelineState } from './constants';
import type { TimelineData } from './data';
import {
  type Box,
  type ClusterLayout,
  cutLine,
  FONT,
  gapsAt,
  type LaneLayout,
  type LegendItem,
  type LabelLayout,
  type Layout,
  type MarkLayout,
  Occupancy,
  r1,
  type SpanLayout,
  STACK,
  type TickLayout,
  TRACK,
} from './geometry';
import { placeNarrowLabels } from './labelsNarrow';
import { placeWideLabels } from './labelsWide';
import { type Extra, layoutLegend, legendItems, withExtras } from './legend';
import {
  layMarks,
  type LaneAxis,
  laySpan,
  type MarkAnchor,
  type SpanJob,
  spanJobs,
  spanTracks,
} from './marks';
import { lanesFor, type ResolvedState, resolveState, sortIds, timeScale, visibleEvents } from './scales';
import { type TickUnit, tickAt, timeTicks } from './time';

// For the browser half (client.ts) until it goes (issue #12).
export { categoryLabel } from './legend';
export { eventsById } from './scales';

/** Everything render.ts draws for one state at one size. */
export interface TimelineLayout {
  layout: Layout;
  width: number;
  height: number;
  state: ResolvedState;
  unit: TickUnit;
  /** Pixel range of the time axis (x in wide, y in narrow): focus start → focus end. */
  range: [number, number];
  /** The time axis line. */
  axis: [number, number, number, number];
  ticks: TickLayout[];
  lanes: LaneLayout[];
  legend: LegendItem[];
  spans: SpanLayout[];
  marks: MarkLayout[];
  clusters: ClusterLayout[];
  labels: LabelLayout[];
  /** Ids of the events in view (in marks or clusters), by date. */
  visible: string[];
}

/** The narrow layout's design size (sizes.narrow): the phone's sticky figure, about 360 × 300 px. */
export const NARROW_WIDTH = 360;
export const NARROW_HEIGHT = 300;
/**
 * The narrowest the narrow layout's label column may be before the lanes give way: room for a
 * callout's longer words (14-px bold «блокировку» is 88 px).
 */
const MIN_LABEL_WIDTH = 96;

/**
 * Everything the timeline draws for a state at a size. `layout: 'narrow'` lays time out top to
 * bottom in NARROW_WIDTH × NARROW_HEIGHT scaled to `width` (every state, so the phone's sticky
 * figure never changes size), or exactly `height` with `fit` (a box the page sizes). The wide
 * layout is as tall as the state's labels need (20 px steps), or exactly `height` with `fit`.
 */
export function layoutTimeline(
  data: TimelineData,
  state: TimelineState,
  size: { width: number; height: number; layout?: Layout; fit?: boolean; locale?: Locale },
): TimelineLayout {
  const rs = resolveState(data, state, size.locale);
  if (size.layout === 'narrow') {
    // `fit`: a box whose height the page fixes (a sticky figure on a phone): use it as it is.
    const height = size.fit
      ? Math.max(240, size.height)
      : Math.round((NARROW_HEIGHT * size.width) / NARROW_WIDTH);
    return withExtras((extras) => layoutNarrow(data, rs, size.width, height, extras));
  }
  return withExtras((extras) => layoutWide(data, rs, size.width, size.fit ? size.height : 0, extras));
}

const trackCount = (tracks: { track: number }[]) => (tracks.length ? max(tracks, (t) => t.track)! + 1 : 0);

interface Drawn {
  lanes: LaneLayout[];
  spans: SpanLayout[];
  marks: MarkLayout[];
  clusters: ClusterLayout[];
  labels: LabelLayout[];
  ids: string[];
}

function result(
  data: TimelineData,
  rs: ResolvedState,
  layout: Layout,
  size: { width: number; height: number },
  axis: { unit: TickUnit; range: [number, number]; line: [number, number, number, number] },
  ticks: TickLayout[],
  legend: TimelineLayout['legend'],
  d: Drawn,
): TimelineLayout {
  return {
    layout,
    width: size.width,
    height: size.height,
    state: rs,
    unit: axis.unit,
    range: [r1(axis.range[0]), r1(axis.range[1])],
    axis: axis.line,
    ticks,
    lanes: d.lanes,
    legend,
    spans: d.spans,
    marks: d.marks,
    clusters: d.clusters,
    labels: d.labels,
    visible: sortIds(data, d.ids),
  };
}

// ---------------------------------------------------------------------------------------------
// Wide: time runs left to right, one horizontal lane per country

/**
 * The wide layout. With `height` 0, at the height the state needs: the lowest (20 px steps, up to
 * 600) at which every callout and every highlighted event's label finds a free place, so a quiet
 * step gets a short figure instead of an empty band. Otherwise exactly `height` (a box the page sizes).
 */
function layoutWide(
  data: TimelineData,
  rs: ResolvedState,
  width: number,
  height: number,
  extras: Set<Extra>,
): TimelineLayout {
  const ML = 16;
  const MR = 16;
  const p0 = ML + 8;
  const p1 = width - MR - 8;
  const pos = timeScale(rs, p0, p1);
  const lanesDef = lanesFor(data, rs.countries, rs.locale);
  const visible = visibleEvents(data, rs);

  // Spans first: they decide how much room each lane keeps under its track.
  const laneSpans = lanesDef.map((l) => spanTracks(spanJobs(data, rs, l, pos, p0, p1), 3, 4, true));
  const legendSpans = laneSpans.flat().map((s) => s.job);
  const legend = layoutLegend(legendItems(rs, legendSpans, visible, extras), ML - 8, 0, width - ML - MR + 8);
  const top = legend.bottom + 8;
  const perLane = lanesDef.map((lane, li) => {
    const tracks = laneSpans[li]!;
    return { lane, tracks, nTracks: trackCount(tracks), ...stackLane(data, rs, lane.countries, pos) };
  });
  // The least a lane takes: its name, its stacks, its period bars and one row of labels.
  const least = perLane.map((L) => 22 + L.rows * STACK + 24 + L.nTracks * TRACK + 12);
  const fixed = top + 4 + 40;
  const total = sum(least);
  if (height > 0) return wideAt(height).lay;
  // Grow while labels are missing, but keep the shortest height that places the most of them:
  // a label that fits at no height must not stretch the plot to 600 px and leave it empty.
  let h = Math.ceil(Math.max(fixed + total, 180) / 20) * 20;
  let out = wideAt(h);
  let best = out;
  while (out.missing > 0 && h < 600) {
    h += 20;
    out = wideAt(h);
    if (out.missing < best.missing) best = out;
  }
  return best.lay;

  function wideAt(H: number): { lay: TimelineLayout; missing: number } {
    const room = H - fixed;
    // Room beyond the least goes to every lane alike (a box taller than needed); a box smaller
    // than that shrinks them alike.
    const laneHs = least.map((v) =>
      room >= total ? v + (room - total) / perLane.length : (v * room) / total,
    );
    const axisY = top + sum(laneHs) + 4;
    const { unit, ticks: rawTicks } = timeTicks(rs.t0, rs.t1, p1 - p0, undefined, rs.locale);
    const d: Drawn = { lanes: [], spans: [], marks: [], clusters: [], labels: [], ids: [] };
    const texts: Box[] = [];
    let missing = 0;
    let y0 = top;
    perLane.forEach((L, li) => {
      const y1 = y0 + laneHs[li]!;
      const baseline = y1 - 12 - L.nTracks * TRACK;
      const text = new Occupancy();
      const solid = new Occupancy(); // marks, clusters, period bars: text may not cover them
      const nameBox: Box = {
        x0: ML,
        y0: y0 + 2,
        x1: ML + textWidth(L.lane.label, FONT.lane, true) + 6,
        y1: y0 + 22,
      };
      text.add(nameBox);
      texts.push(nameBox);
      const axis: LaneAxis = {
        layout: 'wide',
        lane: L.lane.key,
        pos,
        clip: [p0, p1],
        across: (row) => baseline - row * STACK,
      };
      // Labels keep clear of every mark and cluster, dimmed or not (each stays readable and tappable).
      const drawn = layMarks(L.placed, rs, axis);
      for (const b of drawn.boxes) solid.add(b);
      d.marks.push(...drawn.marks);
      d.clusters.push(...drawn.clusters);
      // Period bars under the track; no text may cross one, dimmed or not.
      const bars: { s: SpanLayout; job: SpanJob; y: number }[] = [];
      for (const { job, track } of L.tracks) {
        const y = baseline + 16 + track * TRACK;
        const s = laySpan(job, L.lane.key, 'wide', y);
        solid.add({ x0: job.a - 5, y0: y - 5, x1: Math.max(job.b, job.a + 2) + 5, y1: y + 5 });
        bars.push({ s, job, y });
        d.spans.push(s);
      }
      for (const it of L.items) d.ids.push(it.ev.id);
      const placed = placeWideLabels({
        rs,
        anchors: drawn.anchors,
        bars,
        bounds: { x0: ML, y0: y0 + 2, x1: width - MR, y1: y1 - 2 },
        text,
        solid,
        columnTop: (x, half) => {
          let t = Infinity;
          for (const p of L.placed)
            if (Math.abs(p.pos - x) < p.half + half) t = Math.min(t, baseline - p.row * STACK - p.half);
          return t;
        },
        fit: height > 0,
        placed: (b) => texts.push(b),
      });
      d.labels.push(...placed.labels);
      missing += placed.missing;
      const lane: LaneLayout = {
        key: `lane-${L.lane.key}`,
        label: L.lane.label,
        countries: L.lane.countries,
        tx: ML,
        ty: r1(y0 + 17),
        anchor: 'start',
        line: [r1(p0 - 8), r1(baseline), r1(p1 + 8), r1(baseline)],
        lineSegments: [],
      };
      if (li > 0) lane.rule = [ML, r1(y0), r1(width - MR), r1(y0)];
      d.lanes.push(lane);
      y0 = y1;
    });
    // Rules stop short of every text: the track and separators of each lane, and the grid lines.
    for (const l of d.lanes) {
      l.lineSegments = cutLine(l.line[0], l.line[2], gapsAt(texts, l.line[1], false));
      if (l.rule) l.ruleSegments = cutLine(l.rule[0], l.rule[2], gapsAt(texts, l.rule[1], false));
    }
    // Labels under the axis, the year line under them.
    const tickText = { label: { shift: 0, across: axisY + 19 }, sub: { shift: 0, across: axisY + 34 } };
    const ticks = rawTicks.map((t) => {
      const x = r1(pos(t.t));
      // Centred under its tick, unless that runs off the figure (a wider label: "15 февр.").
      const half = textWidth(t.label, FONT.axis) / 2;
      const anchor = x - half < 0 ? 'start' : x + half > width ? 'end' : 'middle';
      return tickAt(
        'wide',
        t,
        x,
        [top, axisY + 5],
        { ...tickText, anchor },
        cutLine(top, axisY + 5, gapsAt(texts, x, true)),
      );
    });
    const lay = result(
      data,
      rs,
      'wide',
      { width, height: H },
      { unit, range: [p0, p1], line: [r1(p0 - 8), r1(axisY), r1(p1 + 8), r1(axisY)] },
      ticks,
      legend.items,
      d,
    );
    return { lay, missing };
  }
}

// ---------------------------------------------------------------------------------------------
// Narrow: time runs top to bottom; a column of marks per country, labels in a shared column

function layoutNarrow(
  data: TimelineData,
  rs: ResolvedState,
  width: number,
  height: number,
  extras: Set<Extra>,
): TimelineLayout {
  const ML = 8;
  const MR = 8;
  const lanesDef = lanesFor(data, rs.countries, rs.locale);
  const visible = visibleEvents(data, rs);

  // The legend's size depends on whether spans are in view; find out with a provisional scale.
  const probeSpans = lanesDef.flatMap((l) => spanJobs(data, rs, l, (t) => t, -Infinity, Infinity));
  const legend = layoutLegend(legendItems(rs, probeSpans, visible, extras), 2, 2, width - MR - 2, 18);
  const headerY = legend.bottom + 24;
  const q0 = headerY + 22;
  const q1 = height - 16;
  const pos = timeScale(rs, q0, q1);

  // 36 px between ticks: a tick's year line (19 px below it) clears the next tick's label.
  const { unit, ticks: rawTicks } = timeTicks(rs.t0, rs.t1, q1 - q0, 36, rs.locale);
  // The axis sits just right of its widest tick text: every px left over goes to the labels.
  const AXIS_X = Math.ceil(
    ML +
      Math.max(
        24,
        ...rawTicks.map((t) =>
          Math.max(textWidth(t.label, FONT.axis), textWidth(t.sub ?? '', FONT.axis, true)),
        ),
      ),
  );

  // Per lane: one column of marks (highlighted ones may add a second), so labels keep room; then
  // span tracks. These decide the column widths.
  const lanesAt = (compact: boolean) =>
    lanesDef.map((lane) => {
      const stacked = stackLane(data, rs, lane.countries, pos, 1, compact);
      const tracks = spanTracks(spanJobs(data, rs, lane, pos, q0, q1), 2, 4);
      const nTracks = trackCount(tracks);
      const inner = 4 + stacked.rows * STACK + (nTracks ? 2 + nTracks * 6 : 0);
      const headerW = textWidth(lane.label, FONT.label, true);
      return { lane, ...stacked, tracks, nTracks, inner, width: Math.max(inner, headerW + 6) };
    });
  // The labels' column starts right of the lanes. Where that leaves it too narrow for a label's
  // words (a 320-px phone), the lanes' context gives way first (stackCompact).
  const labelX = (lanes: { width: number }[]) => lanes.reduce((x, L) => x + L.width + 6, AXIS_X + 10) + 10;
  let perLane = lanesAt(false);
  if (width - MR - labelX(perLane) < MIN_LABEL_WIDTH) perLane = lanesAt(true);

  const d: Drawn = { lanes: [], spans: [], marks: [], clusters: [], labels: [], ids: [] };
  const anchors: MarkAnchor[] = [];
  let x = AXIS_X + 10;
  for (const L of perLane) {
    const c0 = x + (L.width - L.inner) / 2; // left edge of the column's contents
    const markX = (row: number) => c0 + 2 + STACK / 2 + row * STACK;
    d.lanes.push({
      key: `lane-${L.lane.key}`,
      label: L.lane.label,
      countries: L.lane.countries,
      tx: r1(x + L.width / 2),
      ty: r1(headerY),
      anchor: 'middle',
      line: [r1(markX(0)), r1(q0 - 6), r1(markX(0)), r1(q1 + 6)],
      lineSegments: [[r1(q0 - 6), r1(q1 + 6)]],
    });
    const spanX0 = c0 + 4 + L.rows * STACK + 2;
    for (const { job, track } of L.tracks)
      d.spans.push(laySpan(job, L.lane.key, 'narrow', spanX0 + 3 + track * 6));
    const drawn = layMarks(L.placed, rs, {
      layout: 'narrow',
      lane: L.lane.key,
      pos,
      clip: [q0, q1],
      across: markX,
    });
    d.marks.push(...drawn.marks);
    d.clusters.push(...drawn.clusters);
    anchors.push(...drawn.anchors);
    for (const it of L.items) d.ids.push(it.ev.id);
    x += L.width + 6;
  }

  // Labels in one column to the right of the lanes, each as near its mark's height as it fits.
  const LX = labelX(perLane);
  const { labels, boxes } = placeNarrowLabels(
    anchors,
    rs,
    LX,
    Math.max(48, width - MR - LX),
    q0 - 14,
    height - 4,
  );
  d.labels = labels;

  const ticks = rawTicks.map((t) => {
    const y = r1(pos(t.t));
    // Grid lines stop short of the labels' column entries.
    return tickAt(
      'narrow',
      t,
      y,
      [AXIS_X + 4, width - MR],
      // Labels left of the axis, level with the tick; the year line under them.
      { label: { shift: 4.5, across: AXIS_X }, sub: { shift: 19, across: AXIS_X }, anchor: 'end' },
      cutLine(AXIS_X + 4, width - MR, gapsAt(boxes, y, false)),
    );
  });

  return result(
    data,
    rs,
    'narrow',
    { width, height },
    { unit, range: [q0, q1], line: [AXIS_X + 4, r1(q0 - 6), AXIS_X + 4, r1(q1 + 6)] },
    ticks,
    legend.items,
    d,
  );
}
