/**
 * The timeline's two layouts share one path with the time axis turned: wide runs time along x,
 * narrow along y. These pin the pieces that turn it: the scale, point(), marks, bars and ticks.
 */
import { describe, expect, test } from 'vitest';
import { clusterAndStack, stackLane } from '../../src/charts/timeline/clusters';
import { point } from '../../src/charts/timeline/geometry';
import { layoutTimeline } from '../../src/charts/timeline/layout';
import { type LaneAxis, layMarks, laySpan, type SpanJob } from '../../src/charts/timeline/marks';
import { resolveState, timeScale } from '../../src/charts/timeline/scales';
import { endMs, midMs, startMs, tickAt } from '../../src/charts/timeline/time';
import { fixtureData } from '../fixtures/timeline-data';

const data = fixtureData();
const MAY = { focus: ['2017-04-25', '2017-05-20'] as [string, string] };

describe('timeScale (d3 scaleUtc)', () => {
  const rs = resolveState(data, MAY);
  const pos = timeScale(rs, 24, 936);
  test('maps the focus, first instant to end, onto the range', () => {
    expect(pos(startMs('2017-04-25'))).toBe(24);
    expect(pos(endMs('2017-05-20'))).toBe(936);
  });
  test('is linear in time: the middle of the focus sits in the middle', () => {
    expect(pos((rs.t0 + rs.t1) / 2)).toBeCloseTo(480, 9);
    expect(pos(midMs('2017-05-04')) - pos(midMs('2017-05-03'))).toBeCloseTo(912 / 26, 9);
  });
});

describe('orientation', () => {
  test('point puts time on x when wide and on y when narrow', () => {
    expect(point('wide', 100, 40)).toEqual([100, 40]);
    expect(point('narrow', 100, 40)).toEqual([40, 100]);
  });

  const rs = resolveState(data, MAY);
  const pos = timeScale(rs, 20, 300);
  const { placed } = stackLane(data, rs, ['RU'], pos);
  const axis = (layout: 'wide' | 'narrow'): LaneAxis => ({
    layout,
    lane: 'RU',
    pos,
    clip: [20, 300],
    across: (row) => 200 - row * 24,
  });

  test('the same stacked marks, laid out wide and narrow, are mirror images', () => {
    expect(placed.length).toBeGreaterThan(2);
    const wide = layMarks(placed, rs, axis('wide'));
    const narrow = layMarks(placed, rs, axis('narrow'));
    expect(narrow.marks.map((m) => [m.y, m.x])).toEqual(wide.marks.map((m) => [m.x, m.y]));
    expect(narrow.clusters.map((c) => [c.y, c.x])).toEqual(wide.clusters.map((c) => [c.x, c.y]));
    for (const [i, m] of wide.marks.entries()) {
      const n = narrow.marks[i]!;
      if (m.whisker) expect(n.whisker).toEqual([m.whisker[1], m.whisker[0], m.whisker[3], m.whisker[2]]);
      else expect(n.whisker).toBeUndefined();
    }
  });

  test('a period bar runs along the time axis, at least 2 px long', () => {
    const job: SpanJob = {
      key: 's',
      startId: 'a',
      status: 'blocked',
      emph: 'normal',
      a: 50,
      b: 50.5,
      text: '',
    };
    expect(laySpan(job, 'RU', 'wide', 80)).toMatchObject({ x1: 50, y1: 80, x2: 52, y2: 80 });
    expect(laySpan(job, 'RU', 'narrow', 80)).toMatchObject({ x1: 80, y1: 50, x2: 80, y2: 52 });
  });

  test('a tick: grid across the axis, label shifted along it', () => {
    const t = { key: '2017-05-04', t: 0, label: '4 May', sub: '2017' };
    const text = {
      label: { shift: 4.5, across: 30 },
      sub: { shift: 19, across: 30 },
      anchor: 'end' as const,
    };
    const wide = tickAt('wide', t, 100, [10, 200], text, []);
    const narrow = tickAt('narrow', t, 100, [10, 200], text, []);
    expect([wide.x1, wide.y1, wide.x2, wide.y2]).toEqual([100, 10, 100, 200]);
    expect([narrow.x1, narrow.y1, narrow.x2, narrow.y2]).toEqual([10, 100, 200, 100]);
    expect([narrow.tx, narrow.ty, narrow.subX, narrow.subY]).toEqual([30, 104.5, 30, 119]);
    expect([wide.tx, wide.ty, wide.subX, wide.subY]).toEqual([104.5, 30, 119, 30]);
  });

  test('four events within a stack width fold into one cluster; a highlighted one stays a mark', () => {
    const evs = data.events.slice(0, 4);
    const folded = clusterAndStack(
      evs.map((ev, i) => ({ ev, pos: 100 + i, priority: i === 0 })),
      24,
    );
    expect(folded.map((p) => p.kind).sort()).toEqual(['cluster', 'mark']);
    expect(folded.find((p) => p.kind === 'cluster')!.members!.map((e) => e.id)).toEqual(
      evs.slice(1).map((e) => e.id),
    );
  });

  test('both layouts show the same events and keys', () => {
    const wide = layoutTimeline(data, MAY, { width: 960, height: 420 });
    const narrow = layoutTimeline(data, MAY, { width: 360, height: 300, layout: 'narrow' });
    expect(narrow.visible).toEqual(wide.visible);
    expect(narrow.lanes.map((l) => l.key)).toEqual(wide.lanes.map((l) => l.key));
    // Time runs along x in one, along y in the other: the axis line says so.
    expect(wide.axis[1]).toBe(wide.axis[3]);
    expect(narrow.axis[0]).toBe(narrow.axis[2]);
  });
});
