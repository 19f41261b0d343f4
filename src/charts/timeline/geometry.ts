/**
 * What the timeline's layout hands to render.ts: the numbers of every mark, bar, label, tick and
 * lane, and the sizes and helpers the layout steps share (rounding, type sizes, mark sizes,
 * collision boxes, lines that stop short of text). Pure: no DOM, no globals.
 */
import type { TimelineCategory } from './constants';

export type Layout = 'wide' | 'narrow';
export type Emphasis = 'hl' | 'dim' | 'normal';
export type Anchor = 'start' | 'middle' | 'end';

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

/** x,y of a point `along` the time axis and `across` it: time runs along x when wide, y when narrow. */
export function point(layout: Layout, along: number, across: number): [number, number] {
  return layout === 'wide' ? [along, across] : [across, along];
}

/** Round to one decimal (and never "-0"). */
export function r1(v: number): number {
  const r = Math.round(v * 10) / 10;
  return r === 0 ? 0 : r;
}

export const MARK = 6.5; // half size of a mark
export const MARK_HL = 8;
/** Half size of a mark's hit target: 24 × 24 px (WCAG 2.5.8), marks never closer than that. */
export const HIT = 12;
export const STACK = 2 * HIT; // distance between stacked marks
export const CLUSTER_R = 10;
export const MAX_STACK = 3;
export const TRACK = 16; // span track height (bar + text line)

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Placed boxes, bucketed along x so collision tests stay cheap with thousands of items. */
export class Occupancy {
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
export function gapsAt(boxes: Box[], c: number, vertical: boolean, pad = 3): [number, number][] {
  const out: [number, number][] = [];
  for (const b of boxes)
    if (vertical ? b.x0 - pad < c && b.x1 + pad > c : b.y0 - pad < c && b.y1 + pad > c)
      out.push(vertical ? [b.y0 - pad, b.y1 + pad] : [b.x0 - pad, b.x1 + pad]);
  return out;
}
