import { describe, expect, it } from 'vitest';
import { describeTimeline, tableTimeline } from '../../src/charts/timeline/describe';
import type { TimelineData, TimelineEvent } from '../../src/charts/timeline/data';
import { clusterAndStack, stackCompact } from '../../src/charts/timeline/clusters';
import { FONT, type LabelLayout } from '../../src/charts/timeline/geometry';
import { layoutTimeline, NARROW_HEIGHT, type TimelineLayout } from '../../src/charts/timeline/layout';
import { lanesFor, resolveState } from '../../src/charts/timeline/scales';
import type { TimelineState } from '../../src/charts/timeline/state';
import { textWidth, wrap } from '../../src/charts/shared/text';
import { formatDuration, formatRange } from '../../src/charts/shared/format';
import { midMs, timeTicks } from '../../src/charts/timeline/time';
import { fixtureData, realData } from '../fixtures/timeline-data';

const data = fixtureData();
const real = realData();
const MAY: TimelineState = { focus: ['2017-04-25', '2017-05-20'] };
const wide = (d: TimelineData, s: TimelineState) =>
  layoutTimeline(d, s, { width: 960, height: 420, layout: 'wide' });
const narrow = (d: TimelineData, s: TimelineState, width = 320) =>
  layoutTimeline(d, s, { width, height: 0, layout: 'narrow' });

describe('timeline layout: dates → positions', () => {
  it('puts a day at its noon on a linear UTC scale across the focus', () => {
    const lay = wide(data, MAY);
    expect(lay.range).toEqual([24, 936]);
    const m = lay.marks.find((x) => x.id === 'ru-wechat-block-2017')!;
    // 4 May 12:00 is 9.5 of the 26 days from 25 April 00:00 to 21 May 00:00
    expect(m.x).toBe(Math.round((24 + (9.5 / 26) * 912) * 10) / 10);
    const unblock = lay.marks.find((x) => x.id === 'ru-wechat-unblock-2017')!;
    expect(unblock.x - m.x).toBeCloseTo((7 / 26) * 912, 0);
  });

  it('puts a month-precision event mid-month and shows the month it may mean', () => {
    const lay = wide(data, { focus: ['2017-06-01', '2017-08-31'] });
    const m = lay.marks.find((x) => x.id === 'ru-telegram-ori-2017')!;
    const t0 = Date.UTC(2017, 5, 1);
    const t1 = Date.UTC(2017, 8, 1);
    const x = (t: number) => 24 + ((t - t0) / (t1 - t0)) * 912;
    expect(m.x).toBeCloseTo(x(midMs('2017-07')), 0);
    expect(m.whisker![0]).toBeCloseTo(x(Date.UTC(2017, 6, 1)) - m.x, 0);
    expect(m.whisker![2]).toBeCloseTo(x(Date.UTC(2017, 7, 1)) - m.x, 0);
  });

  it('runs top to bottom in the narrow layout', () => {
    const lay = narrow(data, MAY);
    const ys = ['ru-line-block-2017', 'ru-wechat-block-2017', 'ru-wechat-unblock-2017'].map((id) => {
      const m = lay.marks.find((x) => x.id === id);
      const c = lay.clusters.find((x) => x.ids.includes(id));
      return (m ?? c)!.y;
    });
    expect(ys[0]).toBeLessThan(ys[1]!);
    expect(ys[1]).toBeLessThan(ys[2]!);
    expect(new Set(lay.marks.map((m) => m.x)).size).toBeLessThanOrEqual(6);
  });

  it('defaults to 2009-01-01 until the end of the last event’s year', () => {
    expect(resolveState(data, {}).focus).toEqual(['2009-01-01', '2024-12-31']);
    expect(resolveState(real, {}).focus[0]).toBe('2009-01-01');
    expect(resolveState(real, {}).focus[1]).toMatch(/-12-31$/);
  });

  it('hides what is outside the focus, the countries and the categories', () => {
    const lay = wide(data, { ...MAY, countries: ['RU'], categories: ['block'] });
    const ids = [...lay.marks.map((m) => m.id), ...lay.clusters.flatMap((c) => c.ids)];
    expect(ids.sort()).toEqual([
      'ru-bbm-block-2017',
      'ru-line-block-2017',
      'ru-vchat-block-2017',
      'ru-wechat-block-2017',
    ]);
    expect(lay.visible).toEqual([
      'ru-bbm-block-2017',
      'ru-line-block-2017',
      'ru-vchat-block-2017',
      'ru-wechat-block-2017',
    ]);
  });
});

describe('timeline layout: lanes', () => {
  it('draws Russia and China by default, one lane per country asked for', () => {
    expect(wide(data, {}).lanes.map((l) => l.label)).toEqual(['Russia', 'China']);
    expect(wide(data, { countries: ['CN'] }).lanes.map((l) => l.label)).toEqual(['China']);
    expect(narrow(data, { countries: ['RU'] }).lanes.map((l) => l.label)).toEqual(['Russia']);
  });

  it('adds a third lane only when a state asks for another country', () => {
    const lay = wide(data, { countries: ['RU', 'CN', 'UZ'] });
    expect(lay.lanes.map((l) => l.key)).toEqual(['lane-RU', 'lane-CN', 'lane-other']);
    expect(lay.lanes[2]!.label).toBe('Uzbekistan');
    expect(lay.marks.find((m) => m.id === 'uz-fixture-other-country-2017')?.lane).toBe('other');
    expect(lanesFor(data, ['RU', 'UZ', 'KZ', 'BY']).map((l) => l.label)).toEqual([
      'Russia',
      'Other countries',
    ]);
    expect(wide(data, {}).marks.some((m) => m.lane === 'other')).toBe(false);
  });

  it('keeps every mark inside its own lane', () => {
    const lay = wide(data, {});
    const [ru, cn] = lay.lanes;
    const ruTop = 0;
    const cnTop = cn!.rule![1];
    for (const m of lay.marks) {
      if (m.lane === 'RU') expect(m.y).toBeGreaterThan(ruTop);
      if (m.lane === 'RU') expect(m.y).toBeLessThan(cnTop);
      if (m.lane === 'CN') expect(m.y).toBeGreaterThan(cnTop);
    }
    expect(ru!.line[1]).toBeLessThan(cnTop);
  });
});

describe('timeline layout: time axis', () => {
  it('adapts ticks to the focus: years, then months, then days', () => {
    expect(wide(data, {}).unit).toBe('year');
    expect(wide(data, { focus: ['2016-01-01', '2018-12-31'] }).unit).toBe('month');
    expect(wide(data, MAY).unit).toBe('day');
    expect(wide(data, { focus: ['2017-03-01', '2017-07-15'] }).unit).toBe('week');
    const may = wide(data, MAY).ticks;
    expect(may[0]).toMatchObject({ label: '25 Apr', sub: '2017' });
    expect(may.every((t, i) => i === 0 || t.sub === undefined)).toBe(true);
    const months = wide(data, { focus: ['2016-01-01', '2018-12-31'] }).ticks;
    expect(months.filter((t) => t.sub).map((t) => t.sub)).toEqual(['2016', '2017', '2018']);
  });

  it('never crowds labels: ticks are at least 40 px apart', () => {
    for (const s of [
      {},
      MAY,
      { focus: ['2017-03-01', '2017-07-15'] as [string, string] },
      { focus: ['2020-01-01', '2020-01-03'] as [string, string] },
    ]) {
      const xs = wide(data, s).ticks.map((t) => t.x1);
      for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).toBeGreaterThanOrEqual(40);
    }
  });

  it('puts day ticks at noon, where day marks sit', () => {
    const { ticks } = timeTicks(Date.UTC(2017, 4, 1), Date.UTC(2017, 4, 8), 900);
    expect(ticks[0]!.t).toBe(Date.UTC(2017, 4, 1, 12));
  });
});

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
function labelBox(l: LabelLayout): Box {
  // Union of the lines' boxes (a one-line callout has its date and title side by side).
  const boxes = l.lines.map((line) => {
    const w = textWidth(line.text, line.kind === 'title' ? FONT.callout : FONT.label, line.kind === 'title');
    const x0 = l.anchor === 'end' ? line.x - w : line.x;
    return { x0, x1: x0 + w, y0: line.y - 11, y1: line.y + 3 };
  });
  return {
    x0: Math.min(...boxes.map((b) => b.x0)),
    x1: Math.max(...boxes.map((b) => b.x1)),
    y0: Math.min(...boxes.map((b) => b.y0)),
    y1: Math.max(...boxes.map((b) => b.y1)),
  };
}
const overlap = (a: Box, b: Box) =>
  a.x0 < b.x1 - 0.5 && a.x1 > b.x0 + 0.5 && a.y0 < b.y1 - 0.5 && a.y1 > b.y0 + 0.5;

const STATES: [string, TimelineState][] = [
  ['whole range', {}],
  ['May 2017', { focus: ['2017-04-25', '2017-05-20'] }],
  [
    'spring 2017',
    {
      focus: ['2017-03-01', '2017-07-15'],
      countries: ['RU'],
      highlight: [
        'ru-zello-block-2017',
        'ru-imo-block-2017',
        'ru-line-block-2017',
        'ru-bbm-block-2017',
        'ru-vchat-block-2017',
        'ru-wechat-block-2017',
      ],
      annotate: ['ru-zello-block-2017', 'ru-wechat-block-2017', 'ru-imo-unblock-2017'],
    },
  ],
  [
    'war 2022',
    {
      focus: ['2022-02-15', '2022-03-31'],
      countries: ['RU'],
      highlight: [
        'ru-facebook-partial-2022',
        'ru-facebook-block-2022',
        'ru-twitter-block-2022',
        'ru-instagram-block-2022',
        'ru-meta-extremist-2022',
        'ru-fake-news-law-2022',
      ],
      annotate: ['ru-facebook-block-2022', 'ru-instagram-block-2022', 'ru-meta-extremist-2022'],
    },
  ],
];

describe('timeline layout: label collisions', () => {
  const cases: [string, () => TimelineLayout][] = STATES.flatMap(([name, s]) => [
    [`${name}, wide`, () => wide(real, s)] as [string, () => TimelineLayout],
    [`${name}, narrow 320`, () => narrow(real, s)] as [string, () => TimelineLayout],
  ]);
  it.each(cases)('%s: labels do not overlap each other', (_, lay) => {
    const boxes = lay().labels.map(labelBox);
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++)
        expect(overlap(boxes[i]!, boxes[j]!), `labels ${i} and ${j}`).toBe(false);
  });

  // Narrow at its design size (360 × 300); smaller phones may lose a late callout in a crowded
  // state (tests/charts/timelineReadability.test.ts checks the story's states there).
  it.each(STATES)('%s: every callout asked for is drawn, in both layouts', (_, s) => {
    for (const lay of [wide(real, s), narrow(real, s, 360)]) {
      const visible = new Set(lay.visible);
      const want = (s.annotate ?? []).filter((id) => visible.has(id));
      expect(
        lay.labels
          .filter((l) => l.kind === 'callout')
          .map((l) => l.id)
          .sort(),
      ).toEqual([...want].sort());
    }
  });

  it('wide labels stay clear of marks in the foreground and inside the chart', () => {
    for (const [, s] of STATES) {
      const lay = wide(real, s);
      for (const l of lay.labels) {
        const b = labelBox(l);
        expect(b.x0).toBeGreaterThanOrEqual(15);
        expect(b.x1).toBeLessThanOrEqual(945);
        if (l.kind === 'callout') continue; // a callout may overlap as a last resort
        // Dimmed marks may sit under a label's halo; marks in the foreground may not.
        for (const m of lay.marks.filter((x) => x.emph !== 'dim'))
          expect(
            overlap(b, { x0: m.x - 6, x1: m.x + 6, y0: m.y - 6, y1: m.y + 6 }),
            `${l.id} over ${m.id}`,
          ).toBe(false);
      }
    }
  });

  it('narrow labels read in time order, top to bottom', () => {
    const lay = narrow(real, STATES[1]![1]);
    const byId = new Map(real.events.map((e) => [e.id, e]));
    const times = lay.labels.map((l) => midMs(byId.get(l.id)!.date));
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('labels with nothing highlighted, only highlighted ones otherwise', () => {
    const lay = wide(real, {
      focus: ['2017-04-25', '2017-05-20'],
      countries: ['RU'],
      highlight: ['ru-wechat-block-2017', 'ru-wechat-unblock-2017'],
    });
    expect(lay.labels.map((l) => l.id).sort()).toEqual(['ru-wechat-block-2017', 'ru-wechat-unblock-2017']);
    expect(
      lay.marks
        .filter((m) => m.emph === 'hl')
        .map((m) => m.id)
        .sort(),
    ).toEqual(['ru-wechat-block-2017', 'ru-wechat-unblock-2017']);
    expect(lay.marks.filter((m) => m.emph === 'dim').length).toBeGreaterThan(5);
  });
});

describe('timeline layout: clusters', () => {
  const item = (id: string, pos: number, priority = false) => ({
    ev: { id } as TimelineEvent,
    pos,
    priority,
  });

  it('stacks up to three close events and collapses more into a count', () => {
    const three = clusterAndStack([item('a', 100), item('b', 101), item('c', 102)], 16);
    expect(three.map((p) => [p.kind, p.row])).toEqual([
      ['mark', 0],
      ['mark', 1],
      ['mark', 2],
    ]);
    const five = clusterAndStack(
      [item('a', 100), item('b', 104), item('c', 108), item('d', 112), item('e', 114)],
      16,
    );
    expect(five).toHaveLength(1);
    expect(five[0]!.kind).toBe('cluster');
    expect(five[0]!.members!.map((e) => e.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(five[0]!.pos).toBeCloseTo(107.6, 5);
  });

  it('never hides a highlighted event in a cluster', () => {
    const out = clusterAndStack(
      [item('a', 100), item('b', 104), item('c', 108, true), item('d', 112), item('e', 114)],
      16,
    );
    expect(out.filter((p) => p.kind === 'mark').map((p) => p.ev!.id)).toEqual(['c']);
    expect(out.find((p) => p.kind === 'cluster')!.members).toHaveLength(4);
  });

  it('counts every event in view exactly once, in marks or clusters', () => {
    for (const lay of [wide(real, {}), narrow(real, {}), wide(real, MAY)]) {
      const ids = [...lay.marks.map((m) => m.id), ...lay.clusters.flatMap((c) => c.ids)];
      expect(ids.length).toBe(new Set(ids).size);
      expect([...ids].sort()).toEqual([...lay.visible].sort());
    }
  });

  it('zoomed out, the spring of 2017 in Russia collapses; zoomed in, it does not', () => {
    const lay = wide(real, {});
    const out = lay.clusters.find((c) => c.ids.includes('ru-wechat-rkn-quote-reason-2017'));
    expect(out).toBeDefined();
    expect(out!.ids.length).toBeGreaterThan(5);
    expect(out!.lane).toBe('RU');
    // The story's subject stays out of the cluster, drawn and labelled.
    for (const id of ['ru-wechat-block-2017', 'ru-wechat-unblock-2017']) {
      expect(out!.ids).not.toContain(id);
      expect(lay.marks.map((m) => m.id)).toContain(id);
      expect(lay.labels.map((l) => l.id)).toContain(id);
    }
    expect(wide(real, { ...MAY, countries: ['RU'] }).clusters).toEqual([]);
  });

  it('marks and clusters of one lane never overlap', () => {
    for (const lay of [wide(real, {}), wide(real, MAY), narrow(real, {})]) {
      const items = [
        ...lay.marks.map((m) => ({ ...m, r: 6 })),
        ...lay.clusters.map((c) => ({ ...c, r: c.r })),
      ];
      for (let i = 0; i < items.length; i++)
        for (let j = i + 1; j < items.length; j++) {
          const a = items[i]!;
          const b = items[j]!;
          if (a.lane !== b.lane) continue;
          const apart = Math.max(Math.abs(a.x - b.x), Math.abs(a.y - b.y));
          expect(apart, `${a.key} / ${b.key}`).toBeGreaterThanOrEqual(Math.min(a.r, b.r) + 4);
        }
    }
  });

  it('short of room, context keeps to the columns the highlighted marks need', () => {
    // Two highlighted events side by side, a cluster of context before them and two context
    // events either side of them: the usual stacking takes three columns, compact two.
    const items = [
      item('x', 60),
      item('y', 70),
      item('z', 80),
      item('w', 90),
      item('a', 100, true),
      item('b', 101, true),
      item('c', 140),
    ];
    const rows = (ps: { row: number }[]) => Math.max(...ps.map((p) => p.row)) + 1;
    expect(rows(clusterAndStack(items, 24, 1))).toBe(3);
    const out = stackCompact(items, 24, 1);
    expect(rows(out)).toBe(2);
    // Every event once; the highlighted ones stay marks where they are.
    expect(out.flatMap((p) => (p.members ?? [p.ev!]).map((e) => e.id)).sort()).toEqual([
      'a',
      'b',
      'c',
      'w',
      'x',
      'y',
      'z',
    ]);
    expect(out.filter((p) => p.kind === 'mark' && p.half === 8).map((p) => [p.ev!.id, p.pos])).toEqual([
      ['a', 100],
      ['b', 101],
    ]);
    // A cluster moves only along its own members' stretch of time, and keeps 24 px from its neighbours.
    for (const p of out) {
      if (p.members) {
        const at = p.members.map((e) => items.find((i) => i.ev.id === e.id)!.pos);
        expect(p.pos).toBeGreaterThanOrEqual(Math.min(...at));
        expect(p.pos).toBeLessThanOrEqual(Math.max(...at));
      }
      for (const q of out)
        if (q !== p && q.row === p.row) expect(Math.abs(q.pos - p.pos)).toBeGreaterThan(24);
    }
  });

  it('5,000 events still lay out, as clusters', () => {
    const events: TimelineEvent[] = Array.from({ length: 5000 }, (_, i) => {
      const d = new Date(Date.UTC(2009, 0, 1) + ((i * 7919) % 6570) * 86_400_000).toISOString().slice(0, 10);
      return {
        ...real.events[i % real.events.length]!,
        id: `synthetic-${i}`,
        date: d,
        precision: 'day',
        country: i % 2 ? 'RU' : 'CN',
      };
    });
    const big: TimelineData = { ...real, events, spans: [] };
    const lay = wide(big, {});
    expect(lay.clusters.length).toBeGreaterThan(20);
    expect(lay.marks.length + lay.clusters.reduce((s, c) => s + c.ids.length, 0)).toBe(5000);
  });
});

describe('timeline layout: narrow height', () => {
  it('is the phone figure’s 360 × 300 in every state, keeping its proportions at any width', () => {
    expect(NARROW_HEIGHT).toBeLessThanOrEqual(310);
    const few = narrow(real, { ...MAY, countries: ['RU'], categories: ['block'] }, 360).height;
    expect(few).toBe(NARROW_HEIGHT);
    expect(narrow(real, {}, 360).height).toBe(NARROW_HEIGHT);
    expect(narrow(real, {}, 600).height).toBe(Math.round((NARROW_HEIGHT * 600) / 360));
    expect(narrow(real, {}, 320).height).toBe(Math.round((NARROW_HEIGHT * 320) / 360));
  });
});

describe('timeline text', () => {
  it('measures and wraps without a DOM', () => {
    expect(textWidth('WeChat blocked', 13)).toBeGreaterThan(80);
    expect(textWidth('WeChat blocked', 13)).toBeLessThan(100);
    expect(textWidth('WeChat', 14, true)).toBeGreaterThan(textWidth('WeChat', 14));
    const lines = wrap('Regulator asks app stores to drop WeChat', 13, 150);
    expect(lines.length).toBe(2);
    expect(lines.join(' ')).toBe('Regulator asks app stores to drop WeChat');
    for (const l of lines) expect(textWidth(l, 13)).toBeLessThanOrEqual(150);
  });

  it('formats ranges and durations as a reader says them', () => {
    expect(formatRange('2017-05-04', '2017-05-11')).toBe('4–11 May 2017');
    expect(formatRange('2017-04-25', '2017-05-20')).toBe('25 April – 20 May 2017');
    expect(formatRange('2018-04-16', '2020-06-18')).toBe('16 April 2018 – 18 June 2020');
    expect(formatDuration('2017-05-04', '2017-05-11')).toBe('7 days');
    expect(formatDuration('2017-04-19', '2017-06-22')).toBe('2 months');
    expect(formatDuration('2018-04-16', '2020-06-18')).toBe('2 years 2 months');
  });
});

describe('timeline text alternatives', () => {
  it('describes the state in a sentence or two', () => {
    const s = describeTimeline(real, {
      focus: ['2017-04-25', '2017-05-20'],
      countries: ['RU'],
      highlight: ['ru-wechat-block-2017', 'ru-wechat-unblock-2017'],
    });
    expect(s).toMatch(/^\d+ events in Russia from 25 April 2017 to 20 May 2017: \d+ blocks, /);
    expect(s).toContain('Highlighted: Russia blocks WeChat (4 May 2017)');
    expect(s).toContain('WeChat was blocked for 7 days, 4–11 May 2017.');
    expect(describeTimeline(real, { categories: ['law'] })).toContain('(showing only laws passed)');
  });

  it('tables the events in view with their first source', () => {
    const t = tableTimeline(real, { ...MAY, countries: ['RU'] });
    expect(t.columns).toEqual(['Date', 'Country', 'Kind', 'Event', 'Source']);
    const row = t.rows.find((r) => r[3] === 'Russia blocks WeChat')!;
    expect(row.slice(0, 3)).toEqual(['4 May 2017', 'Russia', 'Block']);
    expect(row[4]).toMatchObject({ href: expect.stringMatching(/^https?:\/\//) });
    expect(t.rows.length).toBe(wide(real, { ...MAY, countries: ['RU'] }).visible.length);
  });
});
