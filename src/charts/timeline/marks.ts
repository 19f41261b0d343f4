/**
 * Marks and period bars, in either orientation: a category's shape, the marks and clusters of a
 * lane from their stacked positions, and the bars of blocking and throttling periods. Positions
 * are given along the time axis and across it; `point` turns them into x,y for the layout.
 */
import { chartText } from '../shared/i18n';
import { extent } from 'd3-array';
import { formatDuration } from '../shared/format';
import { textWidth } from '../shared/text';
import type { TimelineCategory } from './constants';
import type { Placed } from './clusters';
import type { TimelineData, TimelineEvent } from './data';
import {
  type Box,
  type ClusterLayout,
  CLUSTER_R,
  type Emphasis,
  FONT,
  HIT,
  type Layout,
  type MarkLayout,
  point,
  r1,
  type SpanLayout,
} from './geometry';
import { emphasisOf, eventsById, type ResolvedState, shownInFull } from './scales';
import { endMs, midMs, startMs } from './time';

/** A segment from `a` to `b` along the time axis, relative to a mark: [x1, y1, x2, y2]. */
function alongSegment(layout: Layout, a: number, b: number): [number, number, number, number] {
  return layout === 'wide' ? [r1(a), 0, r1(b), 0] : [0, r1(a), 0, r1(b)];
}

/** A dimmed event: a short grey bar, whatever its category (the card names it). */
export const DIM_PATH = 'M-1.5,-5.5H1.5V5.5H-1.5Z';

/** The shape of a category, centred on 0,0, with half size `s`. Second path for half fills. */
export function shapePath(category: TimelineCategory, s: number): { d: string; d2?: string } {
  const n = r1;
  switch (category) {
    case 'block':
    case 'regulation': {
      const a = n(s * 0.82);
      return { d: `M${-a},${-a}H${a}V${a}H${-a}Z` };
    }
    case 'unblock': {
      const r = n(s * 0.8);
      return { d: `M${-r},0A${r},${r} 0 1,0 ${r},0A${r},${r} 0 1,0 ${-r},0Z` };
    }
    case 'throttle': {
      const d = n(s * 1.08);
      return { d: `M0,${-d}L${d},0L0,${d}L${-d},0Z`, d2: `M${-d},0L${d},0L0,${d}Z` };
    }
    case 'law':
    case 'law-in-force': {
      const h = n(s * 1.02);
      const w = n(s * 1.1);
      const b = n(s * 0.84);
      return { d: `M0,${-h}L${w},${b}L${-w},${b}Z` };
    }
    case 'registry': {
      const a = n(s * 0.95);
      const w = n(s * 0.34);
      return { d: `M${-w},${-a}H${w}V${-w}H${a}V${w}H${w}V${a}H${-w}V${w}H${-a}V${-w}H${-w}Z` };
    }
    default: {
      const r = n(s * 0.62);
      return { d: `M${-r},0A${r},${r} 0 1,0 ${r},0A${r},${r} 0 1,0 ${-r},0Z` };
    }
  }
}

/** Where the layout puts a lane's stacked marks. */
export interface LaneAxis {
  layout: Layout;
  lane: string;
  /** Instant (ms) → px along the time axis. */
  pos: (t: number) => number;
  /** The drawn stretch of the time axis, [start, end] px: date ranges are clipped to it. */
  clip: [number, number];
  /** px across the time axis of a stack row. */
  across: (row: number) => number;
}

/** A mark the labels may point at. */
export interface MarkAnchor {
  ev: TimelineEvent;
  x: number;
  y: number;
  half: number;
}

/**
 * The marks and clusters of one lane. Each placed item sits at its position along the time axis
 * and its row's position across it; a month or year known only roughly gets a whisker over the
 * time it may mean; a cluster spans its members' dates.
 */
export function layMarks(
  placed: Placed[],
  rs: ResolvedState,
  axis: LaneAxis,
): { marks: MarkLayout[]; clusters: ClusterLayout[]; anchors: MarkAnchor[]; boxes: Box[] } {
  const { layout, pos, clip } = axis;
  const marks: MarkLayout[] = [];
  const clusters: ClusterLayout[] = [];
  const anchors: MarkAnchor[] = [];
  const boxes: Box[] = [];
  for (const p of placed) {
    const along = p.pos;
    const [x, y] = point(layout, along, axis.across(p.row));
    boxes.push({ x0: x - p.half, y0: y - p.half, x1: x + p.half, y1: y + p.half });
    if (p.kind === 'mark') {
      const ev = p.ev!;
      const m: MarkLayout = {
        key: ev.id,
        id: ev.id,
        lane: axis.lane,
        category: ev.category,
        emph: emphasisOf(rs, ev.id),
        x: r1(x),
        y: r1(y),
        ...(shownInFull(rs, ev) ? shapePath(ev.category, p.half) : { d: DIM_PATH }),
        hit: HIT,
      };
      if (shownInFull(rs, ev) && (ev.precision === 'month' || ev.precision === 'year')) {
        const a = Math.max(clip[0], pos(startMs(ev.date))) - along;
        const b = Math.min(clip[1], pos(endMs(ev.date))) - along;
        if (b - a > 2 * p.half + 4) m.whisker = alongSegment(layout, a, b);
      }
      marks.push(m);
      anchors.push({ ev, x, y, half: p.half });
    } else {
      const members = p.members!;
      const [first, last] = extent(members, (e) => pos(midMs(e.date))) as [number, number];
      clusters.push({
        key: `cluster-${members[0]!.id}`,
        ids: members.map((e) => e.id),
        lane: axis.lane,
        emph: rs.emphasis.size ? 'dim' : 'normal',
        x: r1(x),
        y: r1(y),
        r: CLUSTER_R,
        from: members[0]!.date,
        to: members[members.length - 1]!.date,
        extent: alongSegment(layout, first - along, last - along),
        hit: HIT,
      });
    }
  }
  return { marks, clusters, anchors, boxes };
}

// ---------------------------------------------------------------------------------------------
// Period bars

export interface SpanJob {
  key: string;
  startId: string;
  endId?: string;
  status: 'blocked' | 'throttled';
  emph: Emphasis;
  a: number;
  b: number;
  text: string;
}

export function spanJobs(
  data: TimelineData,
  rs: ResolvedState,
  lane: { countries: string[] },
  pos: (t: number) => number,
  lo: number,
  hi: number,
): SpanJob[] {
  const byId = eventsById(data);
  const jobs: SpanJob[] = [];
  for (const s of data.spans) {
    if (s.end === null || !lane.countries.includes(s.country)) continue;
    const start = byId.get(s.startId);
    if (!start || !rs.categories.includes(start.category)) continue;
    const ta = midMs(s.start);
    const tb = s.endedBy === 'endDate' ? endMs(s.end) : midMs(s.end);
    if (tb <= rs.t0 || ta >= rs.t1) continue;
    const emph: Emphasis =
      rs.emphasis.size === 0
        ? 'normal'
        : rs.emphasis.has(s.startId) || (s.endId !== undefined && rs.emphasis.has(s.endId))
          ? 'hl'
          : 'dim';
    const name = data.names.services[s.service] ?? start.service ?? s.service;
    const job: SpanJob = {
      key: s.key,
      startId: s.startId,
      status: s.status,
      emph,
      a: Math.max(lo, pos(ta)),
      b: Math.min(hi, pos(tb)),
      text: chartText(rs.locale, 'charts.tl.span', {
        service: name,
        status: chartText(rs.locale, `charts.tl.status.${s.status}`),
        duration: formatDuration(s.start, s.end, rs.locale),
      }),
    };
    if (s.endId) job.endId = s.endId;
    jobs.push(job);
  }
  return jobs.sort((p, q) => p.a - q.a || (p.key < q.key ? -1 : 1));
}

/**
 * Assigns span bars to tracks (no overlap within a track), at most `maxTracks`. With `labelled`,
 * a bar also reserves room for its label after its end.
 */
export function spanTracks(
  jobs: SpanJob[],
  maxTracks: number,
  gap: number,
  labelled = false,
): { job: SpanJob; track: number }[] {
  const ends: number[] = [];
  const out: { job: SpanJob; track: number }[] = [];
  for (const job of jobs) {
    const end = labelled && job.emph !== 'dim' ? job.b + 8 + textWidth(job.text, FONT.span) : job.b;
    let t = 0;
    while (t < ends.length && job.a < ends[t]! + gap) t++;
    if (t >= maxTracks) t = maxTracks - 1;
    ends[t] = Math.max(ends[t] ?? -Infinity, end);
    out.push({ job, track: t });
  }
  return out;
}

/** A period's bar at `across` px, from its start to its end along the time axis (2 px at least). */
export function laySpan(job: SpanJob, lane: string, layout: Layout, across: number): SpanLayout {
  const [x1, y1] = point(layout, job.a, across);
  const [x2, y2] = point(layout, Math.max(job.b, job.a + 2), across);
  const s: SpanLayout = {
    key: job.key,
    startId: job.startId,
    lane,
    status: job.status,
    emph: job.emph,
    x1: r1(x1),
    y1: r1(y1),
    x2: r1(x2),
    y2: r1(y2),
  };
  if (job.endId) s.endId = job.endId;
  return s;
}
