/**
 * Timeline benchmark (not a test): how long renderTimeline and updateTimeline take for the real
 * dataset and for 5,000 synthetic events, as medians of several runs.
 *
 *   npx tsx scripts/bench/timeline.ts            # Node + linkedom (what the build does)
 *   npx tsx scripts/bench/timeline.ts --browser  # also in Debian's Chromium (a real DOM)
 *   RUNS=31 npx tsx scripts/bench/timeline.ts
 *
 * render = layout + a complete SVG. update = updateTimeline from the previous state to the next
 * with duration 0 (layout, render of the target, keyed morph of the live SVG). In the browser,
 * "animated 600 ms" gives the synchronous cost of starting the transition, the time from the call
 * until the SVG has settled (600 ms is the ideal), and how many frames were painted meanwhile
 * (about 36 at 60 Hz when nothing blocks).
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseHTML } from 'linkedom';
import { updateTimeline } from '../../src/charts/timeline/client';
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
    const svg = renderTimeline(data, st[0]!, { document: doc, ...size, layout });
    doc.body.append(svg);
    let i = 0;
    push(
      'update (duration 0), cycling 4 states',
      time(() => {
        i = (i + 1) % st.length;
        updateTimeline(svg, data, st[i]!, { ...size, layout, duration: 0 });
      }),
    );
  }
  return rows;
}

async function benchBrowser(datasets: [string, TimelineData][]): Promise<Row[]> {
  let esbuild: typeof import('esbuild');
  try {
    esbuild = await import('esbuild');
  } catch {
    console.error('--browser needs esbuild (installed with Astro/Vite); skipped');
    return [];
  }
  const { chromium } = await import('playwright-core');
  const entry = new URL('../../src/charts/timeline/client.ts', import.meta.url).pathname;
  const bundle = await esbuild.build({
    stdin: {
      contents: `export { updateTimeline } from ${JSON.stringify(entry)}; export { renderTimeline } from ${JSON.stringify(entry.replace('client.ts', 'render.ts'))};`,
      resolveDir: new URL('../../', import.meta.url).pathname,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    globalName: 'TL',
    write: false,
    minify: true,
  });
  const code = bundle.outputFiles[0]!.text;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  const rows: Row[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.setContent(
      '<!doctype html><html><body><div id="host" style="width:960px"></div></body></html>',
    );
    await page.addScriptTag({ content: code });
    // tsx keeps function names with an __name() helper that the page does not have.
    await page.evaluate('globalThis.__name = globalThis.__name || ((f) => f)');
    for (const [name, data] of datasets) {
      const st = states(data);
      for (const layout of ['wide', 'narrow'] as const) {
        const size = layout === 'wide' ? { width: 960, height: 420 } : { width: 360, height: 480 };
        const r = await page.evaluate(
          async ({ data, st, size, layout, runs, warm }) => {
            // biome-ignore lint/suspicious/noExplicitAny: the bundle's global
            const TL = (globalThis as any).TL;
            const host = document.getElementById('host')!;
            host.style.width = `${size.width}px`;
            const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
            const t = (fn: () => void) => {
              for (let i = 0; i < warm; i++) fn();
              const out: number[] = [];
              for (let i = 0; i < runs; i++) {
                const a = performance.now();
                fn();
                out.push(performance.now() - a);
              }
              return out;
            };
            const render = t(() => TL.renderTimeline(data, st[0], { document, ...size, layout }));
            host.replaceChildren(TL.renderTimeline(data, st[0], { document, ...size, layout }));
            const svg = host.firstElementChild as SVGSVGElement;
            let i = 0;
            const update = t(() => {
              i = (i + 1) % st.length;
              TL.updateTimeline(svg, data, st[i], { ...size, layout, duration: 0 });
            });
            // Animated: synchronous start, then the settle when the transition ends.
            const start: number[] = [];
            const total: number[] = [];
            const frames: number[] = [];
            for (let k = 0; k < Math.min(runs, 9); k++) {
              i = (i + 1) % st.length;
              // The transition ends when the root's data-t timer attribute goes away.
              const done = new Promise<number>((resolve) => {
                const mo = new MutationObserver(() => {
                  if (!svg.hasAttribute('data-t')) {
                    mo.disconnect();
                    resolve(performance.now());
                  }
                });
                mo.observe(svg, { attributes: true, attributeFilter: ['data-t'] });
              });
              // Frame count during the transition (long frames would mean jank).
              let n = 0;
              let running = true;
              const tick = () => {
                n++;
                if (running) requestAnimationFrame(tick);
              };
              requestAnimationFrame(tick);
              const a = performance.now();
              TL.updateTimeline(svg, data, st[i], { ...size, layout, duration: 600 });
              start.push(performance.now() - a);
              // Too many elements to animate smoothly: the client changed the state at once.
              const end = svg.hasAttribute('data-t') ? await done : performance.now();
              running = false;
              total.push(end - a);
              frames.push(n);
            }
            return {
              render: med(render),
              update: med(update),
              start: med(start),
              settle: med(total),
              frames: med(frames),
            };
          },
          { data, st, size, layout, runs: RUNS, warm: WARMUP },
        );
        const push = (what: string, v: number) =>
          rows.push({
            dataset: `${name} (Chromium)`,
            events: data.events.length,
            layout,
            what,
            median: v,
            min: Number.NaN,
          });
        push('render, whole range', r.render);
        push('update (duration 0), cycling 4 states', r.update);
        push('update, animated 600 ms: synchronous start', r.start);
        push('update, animated 600 ms: start to settled', r.settle);
        push('update, animated 600 ms: frames painted', r.frames);
      }
    }
  } finally {
    await browser.close();
  }
  return rows;
}

async function main(): Promise<void> {
  const datasets: [string, TimelineData][] = [
    ['real', realData()],
    ['synthetic', syntheticData()],
  ];
  const rows = datasets.flatMap(([name, data]) => benchNode(`${name} (Node+linkedom)`, data));
  if (process.argv.includes('--browser')) rows.push(...(await benchBrowser(datasets)));
  const fmt = (v: number) => (Number.isFinite(v) ? v.toFixed(v < 10 ? 2 : 1) : '');
  console.log(`timeline benchmark: medians of ${RUNS} runs after ${WARMUP} warm-up runs, ms\n`);
  console.log(['dataset', 'events', 'layout', 'what', 'median', 'min'].join('\t'));
  for (const r of rows)
    console.log([r.dataset, r.events, r.layout, r.what, fmt(r.median), fmt(r.min)].join('\t'));
}

// Run when started as a script (not when a test or another script imports syntheticData).
if (import.meta.url === `file://${process.argv[1]}`) await main();
