/**
 * layoutTimeline: dates, lanes and labels → numbers and path strings. Pure: no DOM, no globals,
 * the same answer at build time and in the browser. Everything render.ts draws comes from here.
 */
import type { TimelineData, TimelineEvent } from './data';
import {
  type TimelineCategory,
  type TimelineState,
  CATEGORIES,
  DEFAULT_COUNTRIES,
  DEFAULT_START,
  MAIN_COUNTRIES,
} from './constants';
import { textWidth, wrap } from './text';
import { DAY, endMs, formatDate, formatDuration, midMs, startMs, type TickUnit, timeTicks } from './time';

export type Layout = 'wide' | 'narrow';
export type Emphasis = 'hl' | 'dim' | 'normal';
type Anchor = 'start' | 'middle' | 'end';

/** Reader-facing category names (legend, labels, table). */
export const CATEGORY_LABEL: Record<TimelineCategory, string> = {
  block: 'Block',
  unblock: 'Unblock',
  throttle: 'Throttling',
  law: 'Law passed',
  'law-in-force': 'Law in force',
  regulation: 'Regulation',
  registry: 'Register entry',
  other: 'Other event',
};

/** Shorter names for the legend, so it fits one line at 960 px. */
const LEGEND_LABEL: Record<TimelineCategory, string> = {
  ...CATEGORY_LABEL,
  registry: 'Registry',
  other: 'Other',
};

/** Type sizes in px (timeline.css sets the same). */
export const FONT = {
  label: 13,
  callout: 14,
  date: 13,
  axis: 13,
  lane: 14,
  legend: 13,
  count: 12,
  span: 12,
} as const;

// ---------------------------------------------------------------------------------------------
// State with defaults filled in

export interface ResolvedState {
  focus: [string, string];
  /** Domain [t0, t1) in ms: first instant of focus[0] to the end of focus[1]. */
  t0: number;
  t1: number;
  emphasis: Set<string>;
  annotate: string[];
  countries: string[];
  categories: TimelineCategory[];
}

/** The last day of the default focus: 31 December of the last event's year. */
export function defaultEnd(data: TimelineData): string {
  const known = endCache.get(data.events);
  if (known) return known;
  let year = Number(DEFAULT_START.slice(0, 4));
  for (const e of data.events) year = Math.max(year, Number(e.date.slice(0, 4)));
  const end = `${year}-12-31`;
  endCache.set(data.events, end);
  return end;
}
const endCache = new WeakMap<readonly TimelineEvent[], string>();
const byIdCache = new WeakMap<readonly TimelineEvent[], Map<string, TimelineEvent>>();

/** Events by id (computed once per dataset). */
export function eventsById(data: TimelineData): Map<string, TimelineEvent> {
  let m = byIdCache.get(data.events);
  if (!m) {
    m = new Map(data.events.map((e) => [e.id, e]));
    byIdCache.set(data.events, m);
  }
  return m;
}

/** Fills in every key a state leaves out. */
export function resolveState(data: TimelineData, state: TimelineState): ResolvedState {
  const focus: [string, string] = state.focus ?? [DEFAULT_START, defaultEnd(data)];
  const annotate = state.annotate ?? [];
  const categories = state.categories
    ? CATEGORIES.filter((c) => state.categories!.includes(c))
    : [...CATEGORIES];
  return {
    focus,
    t0: startMs(focus[0]),
    t1: endMs(focus[1]),
    emphasis: new Set([...(state.highlight ?? []), ...annotate]),
    annotate,
    countries: [...(state.countries ?? DEFAULT_COUNTRIES)],
    categories,
  };
}

/** Lanes for a state: RU and CN when asked for, then one lane shared by any other countries. */
export function lanesFor(
  data: TimelineData,
  countries: string[],
): { key: string; countries: string[]; label: string }[] {
  const lanes: { key: string; countries: string[]; label: string }[] = [];
  for (const c of MAIN_COUNTRIES)
    if (countries.includes(c)) lanes.push({ key: c, countries: [c], label: data.names.countries[c] ?? c });
  const others = countries.filter((c) => !(MAIN_COUNTRIES as readonly string[]).includes(c));
  if (others.length) {
    const names = others.map((c) => data.names.countries[c] ?? c);
    lanes.push({
      key: 'other',
      countries: others,
      label: names.length <= 2 ? names.join(' and ') : 'Other countries',
    });
  }
  return lanes;
}

/** Events a state shows: in a shown country and category, drawn inside the focus. */
export function visibleEvents(data: TimelineData, rs: ResolvedState): TimelineEvent[] {
  return data.events.filter((e) => {
    if (!rs.countries.includes(e.country) || !rs.categories.includes(e.category)) return false;
    const t = midMs(e.date);
    return t >= rs.t0 && t < rs.t1;
  });
}

// ---------------------------------------------------------------------------------------------
// Output

export interface MarkLayout {
  key: string;
  id: string;
  lane: string;
  category: TimelineCategory;
  emph: Emphasis;
  x: number;
  y: number;
  /** Path of the shape, centred on 0,0. */
  d: string;
  /** Second path for half-filled shapes (throttle). */
  d2?: string;
  /** Range of dates the record may mean (month or year precision), relative to x,y. */
  whisker?: [number, number, number, number];
}

export interface ClusterLayout {
  key: string;
  ids: string[];
  lane: string;
  /** Dimmed when the state highlights events (a cluster never holds a highlighted one). */
  emph: Emphasis;
  x: number;
  y: number;
  r: number;
  /** Dates of the first and last member. */
  from: string;
  to: string;
  /** Extent of the members along the time axis, relative to x,y. */
  extent: [number, number, number, number];
}

export interface SpanLayout {
  key: string;
  startId: string;
  endId?: string;
  lane: string;
  status: 'blocked' | 'throttled';
  emph: Emphasis;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  text?: { x: number; y: number; anchor: Anchor; value: string };
}

export interface LabelLine {
  text: string;
  kind: 'date' | 'title' | 'label';
  x: number;
  y: number;
}

export interface LabelLayout {
  key: string;
  id: string;
  kind: 'label' | 'callout';
  emph: Emphasis;
  anchor: Anchor;
  lines: LabelLine[];
  /** Connector from the mark to the text, or null when the text sits next to the mark. */
  leader: string | null;
}

export interface TickLayout {
  key: string;
  /** Grid line. */
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** Label position. */
  tx: number;
  ty: number;
  anchor: Anchor;
  label: string;
  sub?: string;
  subX: number;
  subY: number;
}

export interface LaneLayout {
  key: string;
  label: string;
  countries: string[];
  tx: number;
  ty: number;
  anchor: Anchor;
  /** The lane's track (the line marks sit on). */
  line: [number, number, number, number];
  /** Separator above the lane, when there is one. */
  rule?: [number, number, number, number];
}

export interface LegendItem {
  key: string;
  kind: TimelineCategory | 'span-blocked' | 'span-throttled';
  label: string;
  x: number;
  y: number;
  d: string;
  d2?: string;
}

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

// ---------------------------------------------------------------------------------------------
// Geometry helpers

/** Round to one decimal (and never "-0"). */
export function r1(v: number): number {
  const r = Math.round(v * 10) / 10;
  return r === 0 ? 0 : r;
}

const MARK = 6; // half size of a mark
const MARK_HL = 7.5;
const STACK = 14; // distance between stacked marks
const CLUSTER_R = 10;
const MAX_STACK = 3;
const TRACK = 15; // span track height (bar + text line)
const LANE_MAX = 230; // tallest a wide lane gets

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
      const r = n(s * 0.5);
      return { d: `M${-r},0A${r},${r} 0 1,0 ${r},0A${r},${r} 0 1,0 ${-r},0Z` };
    }
  }
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Placed boxes, bucketed along x so collision tests stay cheap with thousands of items. */
class Occupancy {
  private cells = new Map<number, Box[]>();
  private static W = 64;
  add(b: Box): void {
    for (let c = Math.floor(b.x0 / Occupancy.W); c <= Math.floor(b.x1 / Occupancy.W); c++) {
      const list = this.cells.get(c);
      if (list) list.push(b);
      else this.cells.set(c, [b]);
    }
  }
  /** Total area of `b` covered by placed boxes. */
  overlap(b: Box): number {
    let area = 0;
    const seen = new Set<Box>();
    for (let c = Math.floor(b.x0 / Occupancy.W); c <= Math.floor(b.x1 / Occupancy.W); c++)
      for (const o of this.cells.get(c) ?? []) {
        if (seen.has(o)) continue;
        seen.add(o);
        const w = Math.min(b.x1, o.x1) - Math.max(b.x0, o.x0);
        const h = Math.min(b.y1, o.y1) - Math.max(b.y0, o.y0);
        if (w > 0 && h > 0) area += w * h;
      }
    return area;
  }
  hits(b: Box): boolean {
    for (let c = Math.floor(b.x0 / Occupancy.W); c <= Math.floor(b.x1 / Occupancy.W); c++)
      for (const o of this.cells.get(c) ?? [])
        if (b.x0 < o.x1 && b.x1 > o.x0 && b.y0 < o.y1 && b.y1 > o.y0) return true;
    return false;
  }
}

export interface Item {
  ev: TimelineEvent;
  pos: number;
  priority: boolean;
}

export interface Placed {
  kind: 'mark' | 'cluster';
  pos: number;
  row: number;
  half: number;
  ev?: TimelineEvent;
  members?: TimelineEvent[];
}

/**
 * Collapses crowded stretches into clusters and stacks the rest so marks never overlap.
 * Events within `window` px of a group's first event form a group; a group of more than
 * MAX_STACK events collapses to one cluster, except events the state highlights, which stay marks.
 * Then each mark or cluster takes the lowest row free at its position.
 */
export function clusterAndStack(items: Item[], window: number, maxStack = MAX_STACK): Placed[] {
  const sorted = [...items].sort((a, b) => a.pos - b.pos || (a.ev.id < b.ev.id ? -1 : 1));
  const out: Omit<Placed, 'row'>[] = [];
  let i = 0;
  while (i < sorted.length) {
    const start = sorted[i]!.pos;
    let j = i;
    while (j < sorted.length && sorted[j]!.pos - start <= window) j++;
    const group = sorted.slice(i, j);
    const loose = group.filter((g) => !g.priority);
    if (group.length > maxStack && loose.length >= 2) {
      for (const g of group) if (g.priority) out.push({ kind: 'mark', pos: g.pos, half: MARK_HL, ev: g.ev });
      const pos = loose.reduce((s, g) => s + g.pos, 0) / loose.length;
      out.push({ kind: 'cluster', pos, half: CLUSTER_R, members: loose.map((g) => g.ev) });
    } else
      for (const g of group)
        out.push({ kind: 'mark', pos: g.pos, half: g.priority ? MARK_HL : MARK, ev: g.ev });
    i = j;
  }
  out.sort((a, b) => a.pos - b.pos);
  const rowEnd: number[] = [];
  return out.map((p) => {
    let row = 0;
    while (row < rowEnd.length && p.pos - p.half < rowEnd[row]! + 2) row++;
    rowEnd[row] = p.pos + p.half;
    return { ...p, row };
  });
}

function emphasisOf(rs: ResolvedState, id: string): Emphasis {
  if (rs.emphasis.size === 0) return 'normal';
  return rs.emphasis.has(id) ? 'hl' : 'dim';
}

const LABEL_ORDER: Record<TimelineCategory, number> = {
  block: 0,
  unblock: 0,
  throttle: 1,
  'law-in-force': 2,
  law: 3,
  registry: 4,
  regulation: 4,
  other: 5,
};

interface LabelJob {
  ev: TimelineEvent;
  kind: 'label' | 'callout';
  lines: { text: string; kind: LabelLine['kind']; size: number; bold: boolean }[];
  w: number;
  h: number;
  mark: { x: number; y: number; half: number };
}

function lineHeight(size: number): number {
  return size + 3;
}

function labelJob(
  ev: TimelineEvent,
  kind: 'label' | 'callout',
  mark: LabelJob['mark'],
  maxW: number,
): LabelJob {
  const lines: LabelJob['lines'] =
    kind === 'callout'
      ? [
          { text: formatDate(ev.date, ev.precision), kind: 'date', size: FONT.date, bold: false },
          ...wrap(ev.title, FONT.callout, maxW, true).map((t) => ({
            text: t,
            kind: 'title' as const,
            size: FONT.callout,
            bold: true,
          })),
        ]
      : wrap(ev.title, FONT.label, maxW).map((t) => ({
          text: t,
          kind: 'label' as const,
          size: FONT.label,
          bold: false,
        }));
  const w = Math.max(...lines.map((l) => textWidth(l.text, l.size, l.bold)));
  const h = lines.reduce((s, l) => s + lineHeight(l.size), 0);
  return { ev, kind, lines, w, h, mark };
}

/** Text lines of a job laid out in a box whose top-left (or top-right for `end`) is x,y0. */
function linesAt(job: LabelJob, x: number, y0: number): LabelLine[] {
  let y = y0;
  return job.lines.map((l) => {
    const base = y + Math.round(l.size * 0.8) + 1;
    y += lineHeight(l.size);
    return { text: l.text, kind: l.kind, x: r1(x), y: r1(base) };
  });
}

/** Which events get labels, most important first. */
function labelJobs(
  visible: { ev: TimelineEvent; x: number; y: number; half: number }[],
  rs: ResolvedState,
  maxW: number,
  cap: number,
): LabelJob[] {
  const jobs: LabelJob[] = [];
  const byId = new Map(visible.map((v) => [v.ev.id, v]));
  for (const id of rs.annotate) {
    const v = byId.get(id);
    if (v) jobs.push(labelJob(v.ev, 'callout', v, maxW));
  }
  const rest = visible
    .filter((v) => !rs.annotate.includes(v.ev.id) && (rs.emphasis.size === 0 || rs.emphasis.has(v.ev.id)))
    .sort((a, b) => LABEL_ORDER[a.ev.category] - LABEL_ORDER[b.ev.category] || a.x - b.x || a.y - b.y);
  for (const v of rest.slice(0, cap)) jobs.push(labelJob(v.ev, 'label', v, maxW));
  return jobs;
}

// ---------------------------------------------------------------------------------------------
// Legend

/** Legend entries: the categories in view (all the state's when none is), then the kinds of period in view. */
function legendItems(
  rs: ResolvedState,
  spans: Pick<SpanLayout, 'status'>[],
  visible: TimelineEvent[],
): { key: string; kind: LegendItem['kind']; label: string }[] {
  const present = rs.categories.filter((c) => visible.some((e) => e.category === c));
  const items: { key: string; kind: LegendItem['kind']; label: string }[] = (
    present.length ? present : rs.categories
  ).map((c) => ({
    key: `legend-${c}`,
    kind: c,
    label: LEGEND_LABEL[c],
  }));
  if (spans.some((s) => s.status === 'blocked'))
    items.push({ key: 'legend-span-blocked', kind: 'span-blocked', label: 'Blocked for' });
  if (spans.some((s) => s.status === 'throttled'))
    items.push({ key: 'legend-span-throttled', kind: 'span-throttled', label: 'Throttled for' });
  return items;
}

function legendGeometry(kind: LegendItem['kind']): { d: string; d2?: string } {
  if (kind === 'span-blocked' || kind === 'span-throttled') return { d: 'M-9,0H9' };
  return shapePath(kind, MARK);
}

/** Legend items flowing left to right from x0, wrapping at `maxW` (or in `columns` fixed columns). */
function layoutLegend(
  items: { key: string; kind: LegendItem['kind']; label: string }[],
  x0: number,
  y0: number,
  maxW: number,
  columns?: number,
): { items: LegendItem[]; bottom: number } {
  const ROW = 20;
  const out: LegendItem[] = [];
  let x = x0;
  let y = y0 + 10;
  items.forEach((it, i) => {
    const w = 22 + textWidth(it.label, FONT.legend) + 12;
    if (columns) {
      const col = i % columns;
      x = x0 + (col * maxW) / columns;
      y = y0 + 10 + Math.floor(i / columns) * ROW;
    } else if (x > x0 && x + w - 12 > x0 + maxW) {
      x = x0;
      y += ROW;
    }
    out.push({
      key: it.key,
      kind: it.kind,
      label: it.label,
      x: r1(x + 8),
      y: r1(y),
      ...legendGeometry(it.kind),
    });
    if (!columns) x += w;
  });
  const rows = items.length
    ? columns
      ? Math.ceil(items.length / columns)
      : Math.round((y - y0 - 10) / ROW) + 1
    : 0;
  return { items: out, bottom: y0 + rows * ROW };
}

// ---------------------------------------------------------------------------------------------
// Spans

interface SpanJob {
  key: string;
  startId: string;
  endId?: string;
  status: 'blocked' | 'throttled';
  emph: Emphasis;
  a: number;
  b: number;
  text: string;
}

function spanJobs(
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
      text: `${name} ${s.status} ${formatDuration(s.start, s.end)}`,
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
function spanTracks(
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

// ---------------------------------------------------------------------------------------------
// Wide: time runs left to right, one horizontal lane per country

function layoutWide(data: TimelineData, rs: ResolvedState, width: number, height: number): TimelineLayout {
  const ML = 16;
  const MR = 16;
  const p0 = ML + 8;
  const p1 = width - MR - 8;
  const pos = (t: number) => p0 + ((t - rs.t0) / (rs.t1 - rs.t0)) * (p1 - p0);
  const lanesDef = lanesFor(data, rs.countries);
  const visible = visibleEvents(data, rs);

  // Spans first: they decide how much room each lane keeps under its track.
  const laneSpans = lanesDef.map((l) => spanTracks(spanJobs(data, rs, l, pos, p0, p1), 3, 4, true));
  const allSpanJobs = laneSpans.flat().map((s) => s.job);

  const legendSpans = allSpanJobs.map((j) => ({ status: j.status }) as SpanLayout);
  const legendProbe = layoutLegend(legendItems(rs, legendSpans, visible), ML - 8, 0, width - ML - MR + 8);
  const room = height - 40 - 4 - (legendProbe.bottom + 12);
  const laneH = Math.min(LANE_MAX, room / Math.max(1, lanesDef.length));
  // Few lanes: legend, lanes and axis stay together, centred in the height.
  const offset = Math.max(0, Math.floor((room - laneH * lanesDef.length) / 2));
  const legend = layoutLegend(legendItems(rs, legendSpans, visible), ML - 8, offset, width - ML - MR + 8);
  const top = legend.bottom + 8;
  const axisY = top + laneH * lanesDef.length + 4;

  const { unit, ticks: rawTicks } = timeTicks(rs.t0, rs.t1, p1 - p0);
  const ticks: TickLayout[] = rawTicks.map((t) => {
    const x = r1(pos(t.t));
    const tick: TickLayout = {
      key: `tick-${t.key}`,
      x1: x,
      y1: r1(top),
      x2: x,
      y2: r1(axisY + 5),
      tx: x,
      ty: r1(axisY + 19),
      anchor: 'middle',
      label: t.label,
      subX: x,
      subY: r1(axisY + 34),
    };
    if (t.sub) tick.sub = t.sub;
    return tick;
  });

  const lanes: LaneLayout[] = [];
  const spans: SpanLayout[] = [];
  const marks: MarkLayout[] = [];
  const clusters: ClusterLayout[] = [];
  const labels: LabelLayout[] = [];
  const visibleIds: string[] = [];

  lanesDef.forEach((lane, li) => {
    const y0 = top + li * laneH;
    const y1 = y0 + laneH;
    const tracks = laneSpans[li]!;
    const nTracks = tracks.length ? Math.max(...tracks.map((t) => t.track)) + 1 : 0;
    const baseline = y1 - 12 - nTracks * TRACK;
    const laneLabelW = textWidth(lane.label, FONT.lane, true);
    const laneLayout: LaneLayout = {
      key: `lane-${lane.key}`,
      label: lane.label,
      countries: lane.countries,
      tx: ML,
      ty: r1(y0 + 17),
      anchor: 'start',
      line: [r1(p0 - 8), r1(baseline), r1(p1 + 8), r1(baseline)],
    };
    if (li > 0) laneLayout.rule = [ML, r1(y0), r1(width - MR), r1(y0)];
    lanes.push(laneLayout);

    const text = new Occupancy();
    const leaders = new Occupancy();
    const solid = new Occupancy(); // marks, clusters, span bars: text may not cover them
    text.add({ x0: ML, y0: y0 + 2, x1: ML + laneLabelW + 6, y1: y0 + 22 });

    // Marks and clusters on the track.
    const items: Item[] = visible
      .filter((e) => lane.countries.includes(e.country))
      .map((ev) => ({ ev, pos: pos(midMs(ev.date)), priority: rs.emphasis.has(ev.id) }));
    const placed = clusterAndStack(items, 16);
    const markInfo: { ev: TimelineEvent; x: number; y: number; half: number }[] = [];
    const columnTop = (x: number, half: number) => {
      let t = Infinity;
      for (const p of placed)
        if (Math.abs(p.pos - x) < p.half + half) t = Math.min(t, baseline - p.row * STACK - p.half);
      return t;
    };
    for (const p of placed) {
      const x = p.pos;
      const y = baseline - p.row * STACK;
      // Labels keep clear of marks in the foreground; dimmed ones may sit under a label's halo.
      const dim = rs.emphasis.size > 0 && (p.kind === 'cluster' || !rs.emphasis.has(p.ev!.id));
      if (!dim) solid.add({ x0: x - p.half, y0: y - p.half, x1: x + p.half, y1: y + p.half });
      if (p.kind === 'mark') {
        const ev = p.ev!;
        const m: MarkLayout = {
          key: ev.id,
          id: ev.id,
          lane: lane.key,
          category: ev.category,
          emph: emphasisOf(rs, ev.id),
          x: r1(x),
          y: r1(y),
          ...shapePath(ev.category, p.half),
        };
        if (ev.precision === 'month' || ev.precision === 'year') {
          const a = Math.max(p0, pos(startMs(ev.date))) - x;
          const b = Math.min(p1, pos(endMs(ev.date))) - x;
          if (b - a > 2 * p.half + 4) m.whisker = [r1(a), 0, r1(b), 0];
        }
        marks.push(m);
        markInfo.push({ ev, x, y, half: p.half });
      } else {
        const members = p.members!;
        const xs = members.map((e) => pos(midMs(e.date)));
        clusters.push({
          key: `cluster-${members[0]!.id}`,
          ids: members.map((e) => e.id),
          lane: lane.key,
          emph: rs.emphasis.size ? 'dim' : 'normal',
          x: r1(x),
          y: r1(y),
          r: CLUSTER_R,
          from: members[0]!.date,
          to: members[members.length - 1]!.date,
          extent: [r1(Math.min(...xs) - x), 0, r1(Math.max(...xs) - x), 0],
        });
      }
    }
    // Spans under the track, with their label after the bar (or before it) when there is room.
    const spanBoxes: { s: SpanLayout; job: SpanJob; y: number }[] = [];
    for (const { job, track } of tracks) {
      const y = baseline + 16 + track * TRACK;
      const s: SpanLayout = {
        key: job.key,
        startId: job.startId,
        lane: lane.key,
        status: job.status,
        emph: job.emph,
        x1: r1(job.a),
        y1: r1(y),
        x2: r1(Math.max(job.b, job.a + 2)),
        y2: r1(y),
      };
      if (job.endId) s.endId = job.endId;
      if (job.emph !== 'dim') solid.add({ x0: job.a, y0: y - 3, x1: Math.max(job.b, job.a + 2), y1: y + 3 });
      spanBoxes.push({ s, job, y });
      spans.push(s);
    }
    // Dozens of periods in one lane (synthetic data): bars only, no labels.
    for (const { s, job, y } of spanBoxes.length > 40 ? [] : spanBoxes) {
      if (job.emph === 'dim') continue;
      const tw = textWidth(job.text, FONT.span);
      const right: Box = { x0: job.b + 6, y0: y - 6, x1: job.b + 6 + tw, y1: y + 6 };
      const left: Box = { x0: job.a - 6 - tw, y0: y - 6, x1: job.a - 6, y1: y + 6 };
      const fits = (b: Box) => b.x0 >= ML && b.x1 <= width - MR && !text.hits(b) && !solid.hits(b);
      if (fits(right)) {
        text.add(right);
        s.text = { x: r1(right.x0), y: r1(y + 4), anchor: 'start', value: job.text };
      } else if (fits(left)) {
        text.add(left);
        s.text = { x: r1(left.x1), y: r1(y + 4), anchor: 'end', value: job.text };
      }
    }

    for (const e of items) visibleIds.push(e.ev.id);

    // Labels: callouts first, then highlighted events, then (with nothing highlighted) the rest.
    const jobs = labelJobs(markInfo, rs, 280, 60);
    const bounds: Box = { x0: ML, y0: y0 + 2, x1: width - MR, y1: y1 - 2 };
    const inBounds = (b: Box) =>
      b.x0 >= bounds.x0 && b.x1 <= bounds.x1 && b.y0 >= bounds.y0 && b.y1 <= bounds.y1;
    for (const job of jobs) {
      const { x, y, half } = job.mark;
      const top0 = columnTop(x, half);
      // Candidates in order of preference: beside the mark on the right; above the mark's column
      // as a flag (the leader runs up beside the text), right then left, row by row; beside the
      // mark on the left.
      const candidates = (w: number, h: number) => {
        const cands: { box: Box; anchor: Anchor; leader: Box | null; path: string | null }[] = [];
        const inline = (side: 1 | -1, dy: number) => {
          const x0 = side > 0 ? x + half + 5 : x - half - 5 - w;
          return {
            box: { x0, y0: y - h / 2 + dy, x1: x0 + w, y1: y + h / 2 + dy },
            anchor: (side > 0 ? 'start' : 'end') as Anchor,
            leader: null,
            path: null,
          };
        };
        // Beside the mark, the text may slide a little up or down (still level with the mark).
        const slide = job.kind === 'callout' ? [0, 5, -5, 10, -10] : [0];
        for (const dy of slide) cands.push(inline(1, dy));
        for (let k = 0; k < 12; k++) {
          const yt = top0 - 6 - k * 15 - h;
          if (yt < bounds.y0) break;
          const leader: Box = { x0: x - 1.5, y0: yt, x1: x + 1.5, y1: top0 - 1 };
          const path = `M${r1(x)},${r1(top0 - 2)}V${r1(yt + 2)}`;
          cands.push({
            box: { x0: x + 4, y0: yt, x1: x + 4 + w, y1: yt + h },
            anchor: 'start',
            leader,
            path,
          });
          cands.push({ box: { x0: x - 4 - w, y0: yt, x1: x - 4, y1: yt + h }, anchor: 'end', leader, path });
        }
        for (const dy of slide) cands.push(inline(-1, dy));
        return cands.filter((c) => inBounds(c.box));
      };
      const free = (c: ReturnType<typeof candidates>[number]) =>
        !text.hits(c.box) &&
        !solid.hits(c.box) &&
        !leaders.hits(c.box) &&
        (!c.leader || !text.hits(c.leader));
      const ok = candidates(job.w, job.h);
      let pick = ok.find(free);
      let lines: LabelLine[] | undefined;
      if (!pick && job.kind === 'callout') {
        // A callout on one line ("4 May 2017  WeChat blocked") needs less height; try that first.
        const date = job.lines[0]!.text;
        const title = job.lines
          .slice(1)
          .map((l) => l.text)
          .join(' ');
        const dw = textWidth(date, FONT.date) + 6;
        const flat = candidates(dw + textWidth(title, FONT.callout, true), lineHeight(FONT.callout));
        pick = flat.find(free);
        if (pick) {
          const base = r1(pick.box.y0 + Math.round(FONT.callout * 0.8) + 1);
          lines = [
            { text: date, kind: 'date', x: r1(pick.box.x0), y: base },
            { text: title, kind: 'title', x: r1(pick.box.x0 + dw), y: base },
          ];
          pick = { ...pick, anchor: 'start' };
        }
      }
      // A callout is never dropped: failing a free spot, it takes the one that covers least.
      if (!pick && job.kind === 'callout' && ok.length) {
        const cost = (c: (typeof ok)[number]) =>
          text.overlap(c.box) * 3 +
          solid.overlap(c.box) * 2 +
          leaders.overlap(c.box) +
          (c.leader ? text.overlap(c.leader) * 3 : 0);
        pick = ok.reduce((best, c) => (cost(c) < cost(best) ? c : best));
      }
      if (!pick) continue;
      text.add(pick.box);
      if (pick.leader) leaders.add(pick.leader);
      const tx = pick.anchor === 'end' ? pick.box.x1 : pick.box.x0;
      labels.push({
        key: `label-${job.ev.id}`,
        id: job.ev.id,
        kind: job.kind,
        emph: emphasisOf(rs, job.ev.id),
        anchor: pick.anchor,
        lines: lines ?? linesAt(job, tx, pick.box.y0),
        leader: pick.path,
      });
    }
  });

  return {
    layout: 'wide',
    width,
    height,
    state: rs,
    unit,
    range: [r1(p0), r1(p1)],
    axis: [r1(p0 - 8), r1(axisY), r1(p1 + 8), r1(axisY)],
    ticks,
    lanes,
    legend: legend.items,
    spans,
    marks,
    clusters,
    labels,
    visible: sortIds(data, visibleIds),
  };
}

function sortIds(data: TimelineData, ids: string[]): string[] {
  const order = eventsById(data);
  const index = new Map<string, number>();
  let i = 0;
  for (const id of order.keys()) index.set(id, i++);
  return [...ids].sort((a, b) => index.get(a)! - index.get(b)!);
}

// ---------------------------------------------------------------------------------------------
// Narrow: time runs top to bottom; a column of marks per country, labels in a shared column

/** Width the narrow layout is designed at (sizes.narrow.width); other widths scale its height. */
export const NARROW_WIDTH = 360;

/**
 * Height of the narrow layout for a state (at NARROW_WIDTH): it grows with the number of events in view (so a busy
 * state stays readable), within 480–960 px, in steps of 40 px. It depends on the state and the
 * data only (never on the width), so the built HTML reserves the right space.
 */
export function narrowHeight(data: TimelineData, state: TimelineState): number {
  const rs = resolveState(data, state);
  const visible = visibleEvents(data, rs);
  const plot = Math.min(720, Math.max(300, visible.length * 30));
  const spans = lanesFor(data, rs.countries).flatMap((l) =>
    spanJobs(data, rs, l, (t) => t, -Infinity, Infinity),
  );
  const legendRows = Math.ceil(legendItems(rs, spans, visible).length / 2);
  const h = 20 + legendRows * 20 + 44 + plot + 24;
  return Math.min(960, Math.max(480, Math.ceil(h / 40) * 40));
}

function layoutNarrow(data: TimelineData, rs: ResolvedState, width: number, height: number): TimelineLayout {
  const ML = 8;
  const MR = 8;
  const lanesDef = lanesFor(data, rs.countries);
  const visible = visibleEvents(data, rs);

  // The legend's size depends on whether spans are in view; find out with a provisional scale.
  const probeSpans = lanesDef.flatMap((l) => spanJobs(data, rs, l, (t) => t, -Infinity, Infinity));
  const legend = layoutLegend(
    legendItems(rs, probeSpans, visible),
    ML,
    4,
    width - ML - MR,
    width >= 340 ? 3 : 2,
  );
  const headerY = legend.bottom + 26;
  const q0 = headerY + 22;
  const q1 = height - 16;
  const pos = (t: number) => q0 + ((t - rs.t0) / (rs.t1 - rs.t0)) * (q1 - q0);

  const { unit, ticks: rawTicks } = timeTicks(rs.t0, rs.t1, q1 - q0, 30);
  const AXIS_X = 50;

  // Per lane: clusters and stacks along y, then span tracks; these decide the column widths.
  const perLane = lanesDef.map((lane) => {
    const items: Item[] = visible
      .filter((e) => lane.countries.includes(e.country))
      .map((ev) => ({ ev, pos: pos(midMs(ev.date)), priority: rs.emphasis.has(ev.id) }));
    const placed = clusterAndStack(items, 14, 2);
    const rows = placed.length ? Math.max(...placed.map((p) => p.row)) + 1 : 1;
    const tracks = spanTracks(spanJobs(data, rs, lane, pos, q0, q1), 3, 4);
    const nTracks = tracks.length ? Math.max(...tracks.map((t) => t.track)) + 1 : 0;
    const headerW = textWidth(lane.label, FONT.label, true);
    const inner = 4 + rows * STACK + (nTracks ? 2 + nTracks * 7 : 0);
    return { lane, items, placed, rows, tracks, nTracks, width: Math.max(inner, headerW + 6) };
  });

  const lanes: LaneLayout[] = [];
  const spans: SpanLayout[] = [];
  const marks: MarkLayout[] = [];
  const clusters: ClusterLayout[] = [];
  const visibleIds: string[] = [];
  const markInfo: { ev: TimelineEvent; x: number; y: number; half: number }[] = [];

  let x = AXIS_X + 10;
  for (const L of perLane) {
    const inner = 4 + L.rows * STACK + (L.nTracks ? 2 + L.nTracks * 7 : 0);
    const c0 = x + (L.width - inner) / 2; // left edge of the column's contents
    const markX = (row: number) => c0 + 2 + STACK / 2 + row * STACK;
    const centre = x + L.width / 2;
    lanes.push({
      key: `lane-${L.lane.key}`,
      label: L.lane.label,
      countries: L.lane.countries,
      tx: r1(centre),
      ty: r1(headerY),
      anchor: 'middle',
      line: [r1(markX(0)), r1(q0 - 6), r1(markX(0)), r1(q1 + 6)],
    });
    const spanX0 = c0 + 4 + L.rows * STACK + 2;
    for (const { job, track } of L.tracks) {
      const sx = spanX0 + 3 + track * 7;
      const s: SpanLayout = {
        key: job.key,
        startId: job.startId,
        lane: L.lane.key,
        status: job.status,
        emph: job.emph,
        x1: r1(sx),
        y1: r1(job.a),
        x2: r1(sx),
        y2: r1(Math.max(job.b, job.a + 2)),
      };
      if (job.endId) s.endId = job.endId;
      spans.push(s);
    }
    for (const p of L.placed) {
      const mx = markX(p.row);
      const my = p.pos;
      if (p.kind === 'mark') {
        const ev = p.ev!;
        const m: MarkLayout = {
          key: ev.id,
          id: ev.id,
          lane: L.lane.key,
          category: ev.category,
          emph: emphasisOf(rs, ev.id),
          x: r1(mx),
          y: r1(my),
          ...shapePath(ev.category, p.half),
        };
        if (ev.precision === 'month' || ev.precision === 'year') {
          const a = Math.max(q0, pos(startMs(ev.date))) - my;
          const b = Math.min(q1, pos(endMs(ev.date))) - my;
          if (b - a > 2 * p.half + 4) m.whisker = [0, r1(a), 0, r1(b)];
        }
        marks.push(m);
        markInfo.push({ ev, x: mx, y: my, half: p.half });
      } else {
        const members = p.members!;
        const ys = members.map((e) => pos(midMs(e.date)));
        clusters.push({
          key: `cluster-${members[0]!.id}`,
          ids: members.map((e) => e.id),
          lane: L.lane.key,
          emph: rs.emphasis.size ? 'dim' : 'normal',
          x: r1(mx),
          y: r1(my),
          r: CLUSTER_R,
          from: members[0]!.date,
          to: members[members.length - 1]!.date,
          extent: [0, r1(Math.min(...ys) - my), 0, r1(Math.max(...ys) - my)],
        });
      }
    }
    for (const e of L.items) visibleIds.push(e.ev.id);
    x += L.width + 8;
  }

  // Labels in one column to the right of the lanes, each as near its mark's height as it fits.
  const LX = x + 12;
  const maxW = Math.max(80, width - MR - LX);
  const labels: LabelLayout[] = [];
  const text = new Occupancy();
  const jobs = labelJobs(markInfo, rs, maxW, 40);
  const lo = q0 - 14;
  const hi = height - 4;
  // First pass: which labels fit, most important first (each as near its mark as it can be).
  const chosen: LabelJob[] = [];
  for (const job of jobs) {
    const my = job.mark.y;
    let fits = false;
    for (let k = 0; k <= 24 && !fits; k++) {
      const cy = my + (k === 0 ? 0 : (k % 2 ? 1 : -1) * Math.ceil(k / 2) * 7);
      const b: Box = { x0: LX, y0: cy - job.h / 2, x1: LX + job.w, y1: cy + job.h / 2 };
      if (b.y0 < lo || b.y1 > hi) continue;
      if (!text.hits({ ...b, y0: b.y0 - 2, y1: b.y1 + 2 })) {
        text.add(b);
        fits = true;
      }
    }
    if (fits || job.kind === 'callout') chosen.push(job);
  }
  // Second pass: the chosen labels in time order, pushed apart as little as possible, so the
  // column reads top to bottom in the same order as the marks.
  chosen.sort((a, b) => a.mark.y - b.mark.y || a.mark.x - b.mark.x);
  const GAP = 3;
  const tops = chosen.map((j) => j.mark.y - j.h / 2);
  for (let i = 0; i < chosen.length; i++) {
    const prev = i > 0 ? tops[i - 1]! + chosen[i - 1]!.h + GAP : lo;
    tops[i] = Math.max(tops[i]!, prev);
  }
  for (let i = chosen.length - 1; i >= 0; i--) {
    const next = i < chosen.length - 1 ? tops[i + 1]! - GAP : hi;
    tops[i] = Math.max(lo, Math.min(tops[i]!, next - chosen[i]!.h));
  }
  chosen.forEach((job, i) => {
    const { x: mx, y: my, half } = job.mark;
    const top = tops[i]!;
    const ty = job.kind === 'callout' ? top + lineHeight(FONT.date) / 2 : top + job.h / 2;
    labels.push({
      key: `label-${job.ev.id}`,
      id: job.ev.id,
      kind: job.kind,
      emph: emphasisOf(rs, job.ev.id),
      anchor: 'start',
      lines: linesAt(job, LX, top),
      leader: `M${r1(mx + half + 2)},${r1(my)}H${r1(LX - 14)}L${r1(LX - 4)},${r1(ty)}`,
    });
  });

  const ticks: TickLayout[] = rawTicks.map((t) => {
    const y = r1(pos(t.t));
    const tick: TickLayout = {
      key: `tick-${t.key}`,
      x1: AXIS_X + 4,
      y1: y,
      x2: r1(width - MR),
      y2: y,
      tx: AXIS_X,
      ty: r1(y + 4.5),
      anchor: 'end',
      label: t.label,
      subX: AXIS_X,
      subY: r1(y + 19),
    };
    if (t.sub) tick.sub = t.sub;
    return tick;
  });

  return {
    layout: 'narrow',
    width,
    height,
    state: rs,
    unit,
    range: [r1(q0), r1(q1)],
    axis: [AXIS_X + 4, r1(q0 - 6), AXIS_X + 4, r1(q1 + 6)],
    ticks,
    lanes,
    legend: legend.items,
    spans,
    marks,
    clusters,
    labels,
    visible: sortIds(data, visibleIds),
  };
}

// ---------------------------------------------------------------------------------------------

/**
 * Everything the timeline draws for a state at a size. `layout: 'narrow'` lays time out top to
 * bottom; its height is narrowHeight(data, state) scaled to `width` (so any width keeps the same
 * proportions as the 360 px design), or `height` when that is larger, or exactly `height` with
 * `fit` (a box the page sizes).
 */
export function layoutTimeline(
  data: TimelineData,
  state: TimelineState,
  size: { width: number; height: number; layout?: Layout; fit?: boolean },
): TimelineLayout {
  const rs = resolveState(data, state);
  if (size.layout === 'narrow') {
    // `fit`: a box whose height the page fixes (a sticky figure on a phone): use it as it is.
    const height = size.fit
      ? Math.max(240, size.height)
      : Math.max(size.height, Math.round((narrowHeight(data, state) * size.width) / NARROW_WIDTH));
    return layoutNarrow(data, rs, size.width, height);
  }
  return layoutWide(data, rs, size.width, size.height);
}

/** Number of days in the focus (used by describe()). */
export function focusDays(rs: ResolvedState): number {
  return Math.round((rs.t1 - rs.t0) / DAY);
}
