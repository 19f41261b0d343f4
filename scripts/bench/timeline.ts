/**
 * Timeline benchmark (not a test): how long the build takes to lay out and draw the timeline, for
 * the real dataset and for 5,000 synthetic events, as medians of several runs (Node + linkedom,
 * what the build does). The browser draws nothing: it moves between the build's drawings
 * (src/charts/shared/morph.ts), measured by the scroll benchmark (scroll.ts).
 *
 *   npx tsx scripts/bench/timeline.ts
 *   RUNS=31 npx tsx scripts/bench/timeline.ts
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseHTML } from 'linkedom';
import { type TimelineData, type TimelineEvent, timelineData } from '../../src/charts/timeline/data';
import { layoutTimeline } from '../../src/charts/timeline/layout';
import { renderTimeline } from '../../src/charts/timeline/render';
import type { TimelineState } from '../../src/charts/timeline/state';
import { CATEGORIES } from '../../src/charts/timeline/state';
import { EventSchema } from '../../src/schemas/event';

const RUNS = Number(process.env.RUNS ?? 15);
const WARMUP = 3;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function realData(): TimelineData {
  const read = (f: string) =>
    JSON.parse(readFileSync(new URL(`../../content/data/${f}`, import.meta.url), 'utf8'));
  const events = (read('events.json').events as unknown[]).map((e) => EventSchema.parse(e));
  return timelineData(events, read('services.json').services);
}

/** 5,000 events from 2009 to 2026 in RU and CN (a few elsewhere), with block/unblock pairs. */
export function syntheticData(n = 5000, seed = 42): TimelineData {
  let s = seed;
  const rnd = () => {
    s = (s * 1664525 + 1013904223) % 4294967296;
    return s / 4294967296;
  };
  const t0 = Date.UTC(2009, 0, 1);
  const days = Math.floor((Date.UTC(2026, 11, 31) - t0) / 86_400_000);
  const events: TimelineEvent[] = [];
  for (let i = 0; i < n; i++) {
    const date = new Date(t0 + Math.floor(rnd() * days) * 86_400_000).toISOString().slice(0, 10);
    const category = CATEGORIES[Math.floor(rnd() * CATEGORIES.length)]!;
    const country = rnd() < 0.48 ? 'RU' : rnd() < 0.95 ? 'CN' : 'KZ';
    const e: TimelineEvent = {
      id: `synthetic-${i}`,
      date,
      precision: 'day',
      country,
      category,
      title: `Synthetic event number ${i}`,
      summary: 'A synthetic event for the benchmark.',
      actor: 'Benchmark',
      sources: [{ url: 'https://example.org/', publisher: 'Example' }],
      confidence: 'verified',
    };
    if (category === 'block' || category === 'unblock' || category === 'throttle')
      e.service = `svc-${i % 40}`;
    events.push(e);
  }
  return timelineData(
    events.map((e) => ({ ...e, subject: 'x' }) as never),
    Array.from({ length: 40 }, (_, i) => ({ id: `svc-${i}`, name: `Service ${i}` })),
  );
}

const STATES: TimelineState[] = [
  {},
  {
    focus: ['2017-04-25', '2017-05-20'],
    countries: ['RU'],
    highlight: ['ru-wechat-block-2017'],
    annotate: ['ru-wechat-block-2017'],
  },
  {
    focus: ['2017-03-01', '2017-07-15'],
    countries: ['RU', 'CN'],
    categories: ['block', 'unblock', 'registry'],
  },
  {
    focus: ['2009-01-01', '2026-12-31'],
    highlight: ['ru-wechat-block-2017', 'cn-facebook-block-2009'],
    annotate: ['ru-wechat-block-2017'],
  },
];

function time(fn: () => void): number[] {
  for (let i = 0; i < WARMUP; i++) fn();
  const out: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const a = performance.now();
    fn();
    out.push(performance.now() - a);
  }
  return out;
}

function states(data: TimelineData): TimelineState[] {
  const ids = new Set(data.events.map((e) => e.id));
  // Synthetic data has none of the real ids: keep the states, drop the ids.
  return STATES.map((s) => ({
    ...s,
    ...(s.highlight ? { highlight: s.highlight.filter((id) => ids.has(id)) } : {}),
    ...(s.annotate ? { annotate: s.annotate.filter((id) => ids.has(id)) } : {}),
  })).map(
    (s) =>
      Object.fromEntries(Object.entries(s).filter(([, v]) => !Array.isArray(v) || v.length)) as TimelineState,
  );
}

type Row = { dataset: string; events: number; layout: string; what: string; median: number; min: number };

function benchNode(name: string, data: TimelineData): Row[] {
  const rows: Row[] = [];
  const st = states(data);
  for (const layout of ['wide', 'narrow'] as const) {
    const size = layout === 'wide' ? { width: 960, height: 420 } : { width: 360, height: 480 };
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    const doc = document as unknown as Document;
    const push = (what: string, xs: number[]) =>
      rows.push({
        dataset: name,
        events: data.events.length,
        layout,
        what,
        median: median(xs),
        min: Math.min(...xs),
      });
    push(
      'layout, whole range',
      time(() => layoutTimeline(data, st[0]!, { ...size, layout })),
    );
    push(
      'render, whole range',
      time(() => renderTimeline(data, st[0]!, { document: doc, ...size, layout })),
    );
    push(
      'render, May 2017',
      time(() => renderTimeline(data, st[1]!, { document: doc, ...size, layout })),
    );
  }
  return rows;
}

async function main(): Promise<void> {
  const datasets: [string, TimelineData][] = [
    ['real', realData()],
    ['synthetic', syntheticData()],
  ];
  const rows = datasets.flatMap(([name, data]) => benchNode(`${name} (Node+linkedom)`, data));
  const fmt = (v: number) => (Number.isFinite(v) ? v.toFixed(v < 10 ? 2 : 1) : '');
  console.log(`timeline benchmark: medians of ${RUNS} runs after ${WARMUP} warm-up runs, ms\n`);
  console.log(['dataset', 'events', 'layout', 'what', 'median', 'min'].join('\t'));
  for (const r of rows)
    console.log([r.dataset, r.events, r.layout, r.what, fmt(r.median), fmt(r.min)].join('\t'));
}

// Run when started as a script (not when a test or another script imports syntheticData).
if (import.meta.url === `file://${process.argv[1]}`) await main();
