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

/** One lane's events stacked along the time axis (`maxStack` marks before a cluster; `compact`: see stackCompact). */
export function stackLane(
  data: TimelineData,
  rs: ResolvedState,
  countries: string[],
  pos: (t: number) => number,
  maxStack?: number,
  compact = false,
): { items: Item[]; placed: Placed[]; rows: number } {
  const items: Item[] = visibleEvents(data, rs)
    .filter((e) => countries.includes(e.country))
    .map((ev) => ({ ev, pos: pos(midMs(ev.date)), priority: isPriority(rs, ev.id) }));
  const placed = (compact ? stackCompact : clusterAndStack)(items, STACK, maxStack);
  return { items, placed, rows: (max(placed, (p) => p.row) ?? 0) + 1 };
}

/**
 * A lane stacked for a figure short of room (a 320-px phone): the events nothing highlights keep
 * to the columns the highlighted marks need, so the labels keep theirs. Starting from
 * clusterAndStack's marks and clusters, each mark or cluster of context takes a free place in
 * those columns, anywhere along its own members' stretch of time (where its drawn extent already
 * shows it may be); where there is none, it joins its neighbour into one cluster. Only a lane
 * with no context left to join opens a column of its own.
 */
export function stackCompact(items: Item[], window: number, maxStack?: number): Placed[] {
  const at = new Map(items.map((i) => [i.ev.id, i.pos]));
  const all = clusterAndStack(items, window, maxStack);
  const highlighted = new Set(items.filter((i) => i.priority).map((i) => i.ev.id));
  const key = (p: Placed) => p.kind === 'mark' && highlighted.has(p.ev!.id);
  // Highlighted marks first, in the rows they take on their own.
  const placed = clusterAndStack(
    items.filter((i) => i.priority),
    window,
    maxStack,
  );
  let rows = (max(placed, (p) => p.row) ?? 0) + 1;
  const GAP = 2 * HIT + 0.5;
  const free = (row: number, x: number) => placed.every((p) => p.row !== row || Math.abs(p.pos - x) >= GAP);
  // Context as groups of events, in time order.
  const groups = all
    .filter((p) => !key(p))
    .map((p) => (p.members ?? [p.ev!]).map((ev) => ({ ev, pos: at.get(ev.id)! })));
  const place = (g: { ev: TimelineEvent; pos: number }[]) => {
    const lo = g[0]!.pos;
    const hi = g[g.length - 1]!.pos;
    const mid = mean(g, (m) => m.pos)!;
    let best: { row: number; x: number } | undefined;
    for (let row = 0; row < rows; row++)
      for (const x of [
        mid,
        ...placed.filter((p) => p.row === row).flatMap((p) => [p.pos - GAP, p.pos + GAP]),
      ])
        if (x >= lo && x <= hi && free(row, x) && (!best || Math.abs(x - mid) < Math.abs(best.x - mid)))
          best = { row, x };
    return best;
  };
  const toPlaced = (g: { ev: TimelineEvent; pos: number }[], row: number, x: number): Placed =>
    g.length === 1
      ? { kind: 'mark', pos: x, row, half: MARK, ev: g[0]!.ev }
      : { kind: 'cluster', pos: x, row, half: CLUSTER_R, members: g.map((m) => m.ev) };
  const merge = (a: (typeof groups)[number], b: (typeof groups)[number]) =>
    [...a, ...b].sort((p, q) => p.pos - q.pos || (p.ev.id < q.ev.id ? -1 : 1));
  const done: { g: (typeof groups)[number]; p: Placed }[] = [];
  const put = (g: (typeof groups)[number], row: number, x: number) => {
    const p = toPlaced(g, row, x);
    placed.push(p);
    done.push({ g, p });
  };
  let i = 0;
  while (i < groups.length) {
    const g = groups[i]!;
    const spot = place(g);
    if (spot) {
      put(g, spot.row, spot.x);
      i++;
    } else if (i + 1 < groups.length) {
      // Join the next group and try again.
      groups.splice(i, 2, merge(g, groups[i + 1]!));
    } else if (done.length) {
      // The last group joins the one before it, which gives up its place.
      const prev = done.pop()!;
      placed.splice(placed.indexOf(prev.p), 1);
      groups.splice(i - 1, 2, merge(prev.g, g));
      i--;
    } else {
      // Nothing left to join: a column of its own.
      put(
        g,
        rows++,
        mean(g, (m) => m.pos)!,
      );
      i++;
    }
  }
  return placed.sort((a, b) => a.pos - b.pos);
}
