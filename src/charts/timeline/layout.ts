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
  STORY_EVENTS,
} from './constants';
import { textWidth, wrap } from '../shared/text';
import { formatDate, formatDuration } from '../shared/format';
import { DAY, endMs, midMs, startMs, type TickUnit, timeTicks } from './time';
import { STORY_COUNTRIES, isStoryCountry } from '../shared/countries';

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
  // RU and CN have lanes of their own; any other country asked for shares a third lane.
  for (const c of STORY_COUNTRIES)
    if (countries.includes(c)) lanes.push({ key: c, countries: [c], label: data.names.countries[c] ?? c });
  const others = countries.filter((c) => !isStoryCountry(c));
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
  /** Half size of the invisible square that takes taps (≥ 12: a 24 × 24 px target). */
  hit: number;
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
  /** Half size of the square that takes taps. */
  hit: number;
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
  /** The pieces of the grid line drawn, along its length: it stops short of every text. */
  segments: [number, number][];
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
  /** Pieces of the track and of the separator drawn, along their length (they stop short of texts). */
  lineSegments: [number, number][];
  ruleSegments?: [number, number][];
}

/** What the legend explains: a category's shape, a kind of period, or how the chart draws things. */
export type LegendKind = TimelineCategory | 'span-blocked' | 'span-throttled' | 'cluster' | 'whisker' | 'dim';

export interface LegendItem {
  key: string;
  kind: LegendKind;
  label: string;
  x: number;
  y: number;
  d: string;
  d2?: string;
  /** x of the text, relative to the item (14 unless the symbol is wider). */
  tx?: number;
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

const MARK = 6.5; // half size of a mark
const MARK_HL = 8;
/** Half size of a mark's hit target: 24 × 24 px (WCAG 2.5.8), marks never closer than that. */
export const HIT = 12;
const STACK = 2 * HIT; // distance between stacked marks
const CLUSTER_R = 10;
const MAX_STACK = 3;
const TRACK = 16; // span track height (bar + text line)

/** A dimmed event: a short grey bar, whatever its category (the card names it). */
const DIM_PATH = 'M-1.5,-5.5H1.5V5.5H-1.5Z';

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
  // Rows keep hit targets apart: two marks in a row are at least 2 × HIT (+ rounding) apart.
  const rowEnd: number[] = [];
  return out.map((p) => {
    let row = 0;
    while (row < rowEnd.length && p.pos - HIT < rowEnd[row]! + 0.5) row++;
    rowEnd[row] = p.pos + HIT;
    return { ...p, row };
  });
}

/** Events drawn first and labelled first: the highlighted ones, or with none, the story's subject. */
function isPriority(rs: ResolvedState, id: string): boolean {
  return rs.emphasis.size ? rs.emphasis.has(id) : STORY_EVENTS.includes(id);
}

/** True when an event is drawn in its category's shape and colour (not dimmed). */
function m0(rs: ResolvedState, ev: TimelineEvent): boolean {
  return rs.emphasis.size === 0 || rs.emphasis.has(ev.id);
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

/** A text line's height: with the baseline at round(0.8 em) + 2, ascenders and descenders stay inside. */
function lineHeight(size: number): number {
  return size + 4;
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
    const base = y + Math.round(l.size * 0.8) + 2;
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
  const first = (v: (typeof visible)[number]) => (isPriority(rs, v.ev.id) ? 0 : 1);
  const rest = visible
    .filter((v) => !rs.annotate.includes(v.ev.id) && (rs.emphasis.size === 0 || rs.emphasis.has(v.ev.id)))
    .sort(
      (a, b) =>
        first(a) - first(b) ||
        LABEL_ORDER[a.ev.category] - LABEL_ORDER[b.ev.category] ||
        a.x - b.x ||
        a.y - b.y,
    );
  for (const v of rest.slice(0, cap)) jobs.push(labelJob(v.ev, 'label', v, maxW));
  return jobs;
}

// ---------------------------------------------------------------------------------------------
// Legend

/** How the chart draws things, explained in the legend when the drawing shows them. */
export type Extra = 'cluster' | 'whisker' | 'dim';
const EXTRA_LABEL: Record<Extra, string> = {
  cluster: '3 events close together: tap to list',
  whisker: 'Line: month or year only',
  dim: 'Grey: other events',
};

type LegendEntry = { key: string; kind: LegendKind; label: string };

/**
 * Legend entries: the categories in view (all the state's when none is), the kinds of period in
 * view, then how clusters, imprecise dates and dimmed events are drawn, when the drawing has them.
 */
function legendItems(
  rs: ResolvedState,
  spans: Pick<SpanLayout, 'status' | 'emph'>[],
  visible: TimelineEvent[],
  extras: Set<Extra>,
): LegendEntry[] {
  // Dimmed events are grey bars whatever their category: only the others' shapes need a key.
  const shown = visible.filter((e) => m0(rs, e));
  const present = rs.categories.filter((c) => shown.some((e) => e.category === c));
  const items: LegendEntry[] = (present.length || rs.emphasis.size ? present : rs.categories).map((c) => ({
    key: `legend-${c}`,
    kind: c,
    label: LEGEND_LABEL[c],
  }));
  if (spans.some((s) => s.status === 'blocked' && s.emph !== 'dim'))
    items.push({ key: 'legend-span-blocked', kind: 'span-blocked', label: 'Blocked for' });
  if (spans.some((s) => s.status === 'throttled' && s.emph !== 'dim'))
    items.push({ key: 'legend-span-throttled', kind: 'span-throttled', label: 'Throttled for' });
  for (const e of ['cluster', 'whisker', 'dim'] as const)
    if (extras.has(e)) items.push({ key: `legend-${e}`, kind: e, label: EXTRA_LABEL[e] });
  return items;
}

function legendGeometry(kind: LegendKind): { d: string; d2?: string } {
  if (kind === 'span-blocked' || kind === 'span-throttled' || kind === 'whisker') return { d: 'M-9,0H9' };
  if (kind === 'cluster') return { d: 'M-9,0A9,9 0 1,0 9,0A9,9 0 1,0 -9,0Z' };
  if (kind === 'dim') return { d: DIM_PATH };
  return shapePath(kind, MARK);
}

/** Legend items flowing left to right from x0, wrapping at `maxW`, `row` px apart. */
function layoutLegend(
  items: LegendEntry[],
  x0: number,
  y0: number,
  maxW: number,
  row = 20,
): { items: LegendItem[]; bottom: number } {
  const out: LegendItem[] = [];
  let x = x0;
  let y = y0 + 10;
  for (const it of items) {
    const tx = it.kind === 'cluster' ? 16 : 14;
    const w = 8 + tx + textWidth(it.label, FONT.legend) + 12;
    if (x > x0 && x + w - 12 > x0 + maxW) {
      x = x0;
      y += row;
    }
    const item: LegendItem = {
      key: it.key,
      kind: it.kind,
      label: it.label,
      x: r1(x + 8),
      y: r1(y),
      ...legendGeometry(it.kind),
    };
    if (tx !== 14) item.tx = tx;
    out.push(item);
    x += w;
  }
  return { items: out, bottom: items.length ? y + row - 10 : y0 };
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

/** Pieces of the line from a to b left after cutting out `gaps` (each [from, to], any order). */
export function cutLine(a: number, b: number, gaps: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  let at = a;
  for (const [g0, g1] of [...gaps].sort((p, q) => p[0] - q[0])) {
    if (g1 <= at || g0 >= b) continue;
    if (g0 > at) out.push([r1(at), r1(g0)]);
    at = Math.max(at, g1);
  }
  if (at < b) out.push([r1(at), r1(b)]);
  return out;
}

/** Gaps a line at `c` (x of a vertical line, y of a horizontal one) needs to stay clear of boxes. */
function gapsAt(boxes: Box[], c: number, vertical: boolean, pad = 3): [number, number][] {
  const out: [number, number][] = [];
  for (const b of boxes)
    if (vertical ? b.x0 - pad < c && b.x1 + pad > c : b.y0 - pad < c && b.y1 + pad > c)
      out.push(vertical ? [b.y0 - pad, b.y1 + pad] : [b.x0 - pad, b.x1 + pad]);
  return out;
}

/** Extras the drawing needs explained (from a finished layout). */
function extrasOf(lay: TimelineLayout): Set<Extra> {
  const out = new Set<Extra>();
  if (lay.clusters.length) out.add('cluster');
  if (lay.marks.some((m) => m.whisker)) out.add('whisker');
  if (lay.marks.some((m) => m.emph === 'dim') || lay.clusters.some((c) => c.emph === 'dim')) out.add('dim');
  return out;
}

// ---------------------------------------------------------------------------------------------
// Wide: time runs left to right, one horizontal lane per country

interface WideLane {
  lane: { key: string; countries: string[]; label: string };
  tracks: { job: SpanJob; track: number }[];
  nTracks: number;
  placed: Placed[];
  rows: number;
}

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
  const pos = (t: number) => p0 + ((t - rs.t0) / (rs.t1 - rs.t0)) * (p1 - p0);
  const lanesDef = lanesFor(data, rs.countries);
  const visible = visibleEvents(data, rs);

  // Spans first: they decide how much room each lane keeps under its track.
  const laneSpans = lanesDef.map((l) => spanTracks(spanJobs(data, rs, l, pos, p0, p1), 3, 4, true));
  const legendSpans = laneSpans.flat().map((s) => s.job);
  const legend = layoutLegend(legendItems(rs, legendSpans, visible, extras), ML - 8, 0, width - ML - MR + 8);
  const top = legend.bottom + 8;
  const perLane: WideLane[] = lanesDef.map((lane, li) => {
    const items: Item[] = visible
      .filter((e) => lane.countries.includes(e.country))
      .map((ev) => ({ ev, pos: pos(midMs(ev.date)), priority: isPriority(rs, ev.id) }));
    const placed = clusterAndStack(items, STACK);
    const tracks = laneSpans[li]!;
    return {
      lane,
      tracks,
      nTracks: tracks.length ? Math.max(...tracks.map((t) => t.track)) + 1 : 0,
      placed,
      rows: placed.length ? Math.max(...placed.map((p) => p.row)) + 1 : 1,
    };
  });
  // The least a lane takes: its name, its stacks, its period bars and one row of labels.
  const least = perLane.map((L) => 22 + L.rows * STACK + 24 + L.nTracks * TRACK + 12);
  const fixed = top + 4 + 40;
  const sum = least.reduce((s, v) => s + v, 0);
  if (height > 0) return wideAt(height).lay;
  // Grow while labels are missing, but keep the shortest height that places the most of them:
  // a label that fits at no height must not stretch the plot to 600 px and leave it empty.
  let h = Math.ceil(Math.max(fixed + sum, 180) / 20) * 20;
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
    const laneHs = least.map((v) => (room >= sum ? v + (room - sum) / perLane.length : (v * room) / sum));
    const axisY = top + laneHs.reduce((s, v) => s + v, 0) + 4;
    const { unit, ticks: rawTicks } = timeTicks(rs.t0, rs.t1, p1 - p0);
    const lanes: LaneLayout[] = [];
    const spans: SpanLayout[] = [];
    const marks: MarkLayout[] = [];
    const clusters: ClusterLayout[] = [];
    const labels: LabelLayout[] = [];
    const visibleIds: string[] = [];
    const texts: Box[] = [];
    let missing = 0;
    let y0 = top;
    perLane.forEach((L, li) => {
      const { lane, tracks, nTracks, placed } = L;
      const y1 = y0 + laneHs[li]!;
      const baseline = y1 - 12 - nTracks * TRACK;
      const laneLabelW = textWidth(lane.label, FONT.lane, true);
      const text = new Occupancy();
      const leaders = new Occupancy();
      const solid = new Occupancy(); // marks, clusters, period bars: text may not cover them
      const nameBox: Box = { x0: ML, y0: y0 + 2, x1: ML + laneLabelW + 6, y1: y0 + 22 };
      text.add(nameBox);
      texts.push(nameBox);
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
        // Labels keep clear of every mark and cluster, dimmed or not (each stays readable and tappable).
        solid.add({ x0: x - p.half, y0: y - p.half, x1: x + p.half, y1: y + p.half });
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
            ...(m0(rs, ev) ? shapePath(ev.category, p.half) : { d: DIM_PATH }),
            hit: HIT,
          };
          if (m0(rs, ev) && (ev.precision === 'month' || ev.precision === 'year')) {
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
            hit: HIT,
          });
        }
      }
      // Period bars under the track; no text may cross one, dimmed or not.
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
        solid.add({ x0: job.a - 5, y0: y - 5, x1: Math.max(job.b, job.a + 2) + 5, y1: y + 5 });
        spanBoxes.push({ s, job, y });
        spans.push(s);
      }
      for (const e of L.placed) if (e.ev) visibleIds.push(e.ev.id);
      for (const e of L.placed) if (e.members) for (const m of e.members) visibleIds.push(m.id);

      const bounds: Box = { x0: ML, y0: y0 + 2, x1: width - MR, y1: y1 - 2 };
      const inBounds = (b: Box) =>
        b.x0 >= bounds.x0 && b.x1 <= bounds.x1 && b.y0 >= bounds.y0 && b.y1 <= bounds.y1;
      const placeText = (b: Box) => {
        text.add(b);
        texts.push(b);
      };
      const spanTexts = () => {
        // Dozens of periods in one lane (synthetic data): bars only, no labels.
        for (const { s, job, y } of spanBoxes.length > 40 ? [] : spanBoxes) {
          if (job.emph === 'dim') continue;
          const tw = textWidth(job.text, FONT.span);
          const right: Box = { x0: job.b + 6, y0: y - 7, x1: job.b + 6 + tw, y1: y + 9 };
          const left: Box = { x0: job.a - 6 - tw, y0: y - 7, x1: job.a - 6, y1: y + 9 };
          const fits = (b: Box) => inBounds(b) && !text.hits(b) && !solid.hits(b) && !leaders.hits(b);
          if (fits(right)) {
            placeText(right);
            s.text = { x: r1(right.x0), y: r1(y + 4), anchor: 'start', value: job.text };
          } else if (fits(left)) {
            placeText(left);
            s.text = { x: r1(left.x1), y: r1(y + 4), anchor: 'end', value: job.text };
          }
        }
      };

      // Labels: callouts first, then the periods' texts, then highlighted events (with nothing
      // highlighted: the story's subject, then the rest).
      const jobs = labelJobs(markInfo, rs, 280, 60);
      const firstLabel = jobs.findIndex((j) => j.kind === 'label');
      jobs.forEach((job, ji) => {
        if (ji === (firstLabel < 0 ? jobs.length : firstLabel)) spanTexts();
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
          for (let k = 0; k < 16; k++) {
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
            cands.push({
              box: { x0: x - 4 - w, y0: yt, x1: x - 4, y1: yt + h },
              anchor: 'end',
              leader,
              path,
            });
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
            const base = r1(pick.box.y0 + Math.round(FONT.callout * 0.8) + 2);
            lines = [
              { text: date, kind: 'date', x: r1(pick.box.x0), y: base },
              { text: title, kind: 'title', x: r1(pick.box.x0 + dw), y: base },
            ];
            pick = { ...pick, anchor: 'start' };
          }
        }
        // Failing a free spot (a box the page sizes), a callout may cover a mark, never a text.
        if (!pick && job.kind === 'callout' && height > 0) {
          pick = ok.find((c) => !text.hits(c.box) && !(c.leader && text.hits(c.leader)));
        }
        if (!pick) {
          if (job.kind === 'callout' || isPriority(rs, job.ev.id)) missing++;
          return;
        }
        placeText(pick.box);
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
      });
      if (firstLabel < 0) spanTexts();

      const laneLayout: LaneLayout = {
        key: `lane-${lane.key}`,
        label: lane.label,
        countries: lane.countries,
        tx: ML,
        ty: r1(y0 + 17),
        anchor: 'start',
        line: [r1(p0 - 8), r1(baseline), r1(p1 + 8), r1(baseline)],
        lineSegments: [],
      };
      if (li > 0) laneLayout.rule = [ML, r1(y0), r1(width - MR), r1(y0)];
      lanes.push(laneLayout);
      y0 = y1;
    });
    // Rules stop short of every text: the track and separators of each lane, and the grid lines.
    for (const l of lanes) {
      l.lineSegments = cutLine(l.line[0], l.line[2], gapsAt(texts, l.line[1], false));
      if (l.rule) l.ruleSegments = cutLine(l.rule[0], l.rule[2], gapsAt(texts, l.rule[1], false));
    }
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
        segments: cutLine(top, axisY + 5, gapsAt(texts, x, true)),
      };
      if (t.sub) tick.sub = t.sub;
      return tick;
    });
    const lay: TimelineLayout = {
      layout: 'wide',
      width,
      height: H,
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
    return { lay, missing };
  }
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

/** The narrow layout's design size (sizes.narrow): the phone's sticky figure, about 360 × 300 px. */
export const NARROW_WIDTH = 360;
export const NARROW_HEIGHT = 300;

/** A layout drawn again, at most twice, until its legend explains exactly what it draws. */
function withExtras(draw: (extras: Set<Extra>) => TimelineLayout): TimelineLayout {
  let extras = new Set<Extra>();
  let lay = draw(extras);
  for (let i = 0; i < 3; i++) {
    const need = extrasOf(lay);
    if (need.size === extras.size && [...need].every((e) => extras.has(e))) break;
    extras = need;
    lay = draw(extras);
  }
  return lay;
}

function layoutNarrow(
  data: TimelineData,
  rs: ResolvedState,
  width: number,
  height: number,
  extras: Set<Extra>,
): TimelineLayout {
  const ML = 8;
  const MR = 8;
  const lanesDef = lanesFor(data, rs.countries);
  const visible = visibleEvents(data, rs);

  // The legend's size depends on whether spans are in view; find out with a provisional scale.
  const probeSpans = lanesDef.flatMap((l) => spanJobs(data, rs, l, (t) => t, -Infinity, Infinity));
  const legend = layoutLegend(legendItems(rs, probeSpans, visible, extras), 2, 2, width - MR - 2, 18);
  const headerY = legend.bottom + 24;
  const q0 = headerY + 22;
  const q1 = height - 16;
  const pos = (t: number) => q0 + ((t - rs.t0) / (rs.t1 - rs.t0)) * (q1 - q0);

  // 36 px between ticks: a tick's year line (19 px below it) clears the next tick's label.
  const { unit, ticks: rawTicks } = timeTicks(rs.t0, rs.t1, q1 - q0, 36);
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

  // Per lane: clusters and stacks along y, then span tracks; these decide the column widths.
  const perLane = lanesDef.map((lane) => {
    const items: Item[] = visible
      .filter((e) => lane.countries.includes(e.country))
      .map((ev) => ({ ev, pos: pos(midMs(ev.date)), priority: isPriority(rs, ev.id) }));
    // One column of marks per lane (highlighted ones may add a second), so labels keep room.
    const placed = clusterAndStack(items, STACK, 1);
    const rows = placed.length ? Math.max(...placed.map((p) => p.row)) + 1 : 1;
    const tracks = spanTracks(spanJobs(data, rs, lane, pos, q0, q1), 2, 4);
    const nTracks = tracks.length ? Math.max(...tracks.map((t) => t.track)) + 1 : 0;
    const headerW = textWidth(lane.label, FONT.label, true);
    const inner = 4 + rows * STACK + (nTracks ? 2 + nTracks * 6 : 0);
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
    const inner = 4 + L.rows * STACK + (L.nTracks ? 2 + L.nTracks * 6 : 0);
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
      lineSegments: [[r1(q0 - 6), r1(q1 + 6)]],
    });
    const spanX0 = c0 + 4 + L.rows * STACK + 2;
    for (const { job, track } of L.tracks) {
      const sx = spanX0 + 3 + track * 6;
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
          ...(m0(rs, ev) ? shapePath(ev.category, p.half) : { d: DIM_PATH }),
          hit: HIT,
        };
        if (m0(rs, ev) && (ev.precision === 'month' || ev.precision === 'year')) {
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
          hit: HIT,
        });
      }
    }
    for (const e of L.items) visibleIds.push(e.ev.id);
    x += L.width + 6;
  }

  // Labels in one column to the right of the lanes, each as near its mark's height as it fits.
  const LX = x + 10;
  const maxW = Math.max(48, width - MR - LX);
  const labels: LabelLayout[] = [];
  const text = new Occupancy();
  const jobs = labelJobs(markInfo, rs, maxW, 40);
  // A date wider than the column ("10 February 2026") is abbreviated ("10 Feb 2026").
  for (const j of jobs)
    for (const l of j.lines)
      if (l.kind === 'date' && textWidth(l.text, l.size) > maxW) {
        l.text = l.text.replace(/([A-Z][a-z]{2})[a-z]+/, '$1');
        j.w = Math.max(...j.lines.map((x) => textWidth(x.text, x.size, x.bold)));
      }
  const lo = q0 - 14;
  const hi = height - 4;
  // First pass: which labels fit, most important first (each as near its mark as it can be).
  const chosen: LabelJob[] = [];
  for (const job of jobs) {
    const my = job.mark.y;
    let fits = false;
    for (let k = 0; k <= 60 && !fits; k++) {
      const cy = my + (k === 0 ? 0 : (k % 2 ? 1 : -1) * Math.ceil(k / 2) * 7);
      const b: Box = { x0: LX, y0: cy - job.h / 2, x1: LX + job.w, y1: cy + job.h / 2 };
      if (b.y0 < lo || b.y1 > hi) continue;
      if (!text.hits({ ...b, y0: b.y0 - 2, y1: b.y1 + 2 })) {
        text.add(b);
        fits = true;
      }
    }
    if (fits || job.kind === 'callout' || isPriority(rs, job.ev.id)) chosen.push(job);
  }
  // The column holds what fits end to end: the least important labels give way (never a callout).
  const GAP = 3;
  const total = () => chosen.reduce((s, j) => s + j.h + GAP, -GAP);
  // First the labels nothing asked for, then the callouts' date lines (the card and the axis give
  // the date), then the highlighted events' labels, from the least important.
  const lastOf = (ok: (j: LabelJob) => boolean) => chosen.findLastIndex(ok);
  let dated = true;
  while (total() > hi - lo) {
    let k = lastOf((j) => j.kind === 'label' && !isPriority(rs, j.ev.id));
    if (k < 0 && dated) {
      dated = false;
      for (const j of chosen)
        if (j.lines[0]?.kind === 'date') {
          j.lines = j.lines.slice(1);
          j.h -= lineHeight(FONT.date);
        }
      continue;
    }
    if (k < 0) k = lastOf((j) => j.kind === 'label');
    // Last resort (a crowded state in a small figure): the last callouts, never the first.
    if (k < 0 && chosen.length > 1) k = chosen.length - 1;
    if (k < 0) break;
    chosen.splice(k, 1);
  }
  // Second pass: the chosen labels in time order, pushed apart as little as possible, so the
  // column reads top to bottom in the same order as the marks.
  chosen.sort((a, b) => a.mark.y - b.mark.y || a.mark.x - b.mark.x);
  const tops = chosen.map((j) => j.mark.y - j.h / 2);
  for (let i = 0; i < chosen.length; i++) {
    const prev = i > 0 ? tops[i - 1]! + chosen[i - 1]!.h + GAP : lo;
    tops[i] = Math.max(tops[i]!, prev);
  }
  for (let i = chosen.length - 1; i >= 0; i--) {
    const next = i < chosen.length - 1 ? tops[i + 1]! - GAP : hi;
    tops[i] = Math.max(lo, Math.min(tops[i]!, next - chosen[i]!.h));
  }
  const boxes: Box[] = [];
  chosen.forEach((job, i) => {
    const { x: mx, y: my, half } = job.mark;
    const top = tops[i]!;
    boxes.push({ x0: LX, y0: top, x1: LX + job.w, y1: top + job.h });
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
      // Grid lines stop short of the labels' column entries.
      segments: cutLine(AXIS_X + 4, width - MR, gapsAt(boxes, y, false)),
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
 * bottom in NARROW_WIDTH × NARROW_HEIGHT scaled to `width` (every state, so the phone's sticky
 * figure never changes size), or exactly `height` with `fit` (a box the page sizes). The wide
 * layout is as tall as the state's labels need (20 px steps), or exactly `height` with `fit`.
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
      : Math.round((NARROW_HEIGHT * size.width) / NARROW_WIDTH);
    return withExtras((extras) => layoutNarrow(data, rs, size.width, height, extras));
  }
  return withExtras((extras) => layoutWide(data, rs, size.width, size.fit ? size.height : 0, extras));
}

/** Number of days in the focus (used by describe()). */
export function focusDays(rs: ResolvedState): number {
  return Math.round((rs.t1 - rs.t0) / DAY);
}
