/**
 * Clusters and stacks: marks close together along the time axis stack into rows; a crowded
 * stretch folds into one cluster mark. Works on positions along the axis, in either layout.
 */
import { max, mean } from 'd3-array';
import type { TimelineData, TimelineEvent } from './data';
import { CLUSTER_R, HIT, MARK, MARK_HL, MAX_STACK, STACK } from './geometry';
import { isPriority, type ResolvedState, visibleEvents } from './scales';
import { midMs } from './time';

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
      const pos = mean(loose, (g) => g.pos)!;
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

/** One lane's events stacked along the time axis (`maxStack` marks before a cluster). */
export function stackLane(
  data: TimelineData,
  rs: ResolvedState,
  countries: string[],
  pos: (t: number) => number,
  maxStack?: number,
): { items: Item[]; placed: Placed[]; rows: number } {
  const items: Item[] = visibleEvents(data, rs)
    .filter((e) => countries.includes(e.country))
    .map((ev) => ({ ev, pos: pos(midMs(ev.date)), priority: isPriority(rs, ev.id) }));
  const placed = clusterAndStack(items, STACK, maxStack);
  return { items, placed, rows: (max(placed, (p) => p.row) ?? 0) + 1 };
}
