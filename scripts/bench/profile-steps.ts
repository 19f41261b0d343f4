/**
 * Where a step change's main-thread time goes, CPU slowed 4×: for a few steps of each chart, a
 * Chrome trace (CDP Tracing, devtools.timeline) from the step change until the figure settles,
 * summed by kind (script, style, layout, paint, parse, GC) and, for script, by function.
 *
 *   npx tsx scripts/bench/profile-steps.ts <distDir> <port> [width] [height]
 */
import { launchChromium, newContext } from './browser';
import { serveDir } from './server';

interface Ev {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: Record<string, unknown> };
}

const [dir = 'dist', port = '4414', w = '375', h = '667'] = process.argv.slice(2);
const site = await serveDir(dir, Number(port), { compress: true });
const browser = await launchChromium();
const context = await newContext(browser, {
  viewport: { width: Number(w), height: Number(h) },
  bypassCSP: Boolean(process.env.EXTRA_CSS),
});
const page = await context.newPage();
// Tracing's events are not in playwright-core's CDP types: a loose view of the session.
const cdp = (await context.newCDPSession(page)) as unknown as {
  send(method: string, params?: object): Promise<unknown>;
  on(event: string, f: (d: { value: Ev[] }) => void): void;
  once(event: string, f: () => void): void;
};
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
if (process.env.RM) await page.emulateMedia({ reducedMotion: 'reduce' });
await page.goto(`${site.url}/`, { waitUntil: 'load' });
await page.waitForLoadState('networkidle');
if (process.env.EXTRA_CSS) await page.addStyleTag({ content: process.env.EXTRA_CSS });

const KIND: Record<string, string> = {
  FunctionCall: 'script',
  EvaluateScript: 'script',
  TimerFire: 'script',
  FireAnimationFrame: 'script',
  EventDispatch: 'script',
  RunMicrotasks: 'script',
  'v8.run': 'script',
  UpdateLayoutTree: 'style',
  RecalculateStyles: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
  Commit: 'paint',
  ParseHTML: 'parse',
  ParseAuthorStyleSheet: 'parse',
  MajorGC: 'gc',
  MinorGC: 'gc',
  'V8.GC_SCAVENGER': 'gc',
  UpdateLayerTree: 'paint',
} as never;

interface ProfNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
let selfTimes = new Map<string, number>();
async function trace(run: () => Promise<void>): Promise<Ev[]> {
  const events: Ev[] = [];
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  cdp.on('Tracing.dataCollected', (d: { value: Ev[] }) => events.push(...d.value));
  await cdp.send('Tracing.start', {
    categories:
      'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute,blink,disabled-by-default-devtools.timeline.stack',
    transferMode: 'ReportEvents',
  });
  await run();
  const { profile } = (await cdp.send('Profiler.stop')) as {
    profile: { nodes: ProfNode[]; samples: number[]; timeDeltas: number[] };
  };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  selfTimes = new Map();
  profile.samples.forEach((id, i) => {
    const f = byId.get(id)!.callFrame;
    const k = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
    selfTimes.set(k, (selfTimes.get(k) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
  });
  const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.end');
  await done;
  return events;
}

const steps = await page.evaluate(() =>
  [...document.querySelectorAll<HTMLElement>('[data-scrolly]')].map((s) => ({
    chart: s.dataset.chart,
    ids: [...s.querySelectorAll<HTMLElement>('[data-step]')].map((x) => x.id),
  })),
);
const toStep = (id: string) =>
  page.evaluate((id) => {
    const el = document.getElementById(id)!;
    const section = el.closest<HTMLElement>('[data-scrolly]')!;
    const f = Number.parseFloat(getComputedStyle(section).getPropertyValue('--scrolly-trigger')) || 0.5;
    window.scrollTo(
      0,
      Math.round(el.getBoundingClientRect().top + window.scrollY - window.innerHeight * f + 20),
    );
  }, id);

const totals = new Map<string, number>();
let anims = '';
for (const { chart, ids } of steps) {
  for (const [a, b] of (process.env.PAIRS === 'all'
    ? [
        [0, 1],
        [1, 2],
        [2, 3],
      ]
    : [[1, 2]]) as [number, number][]) {
    if (!ids[b]) continue;
    await toStep(ids[a]!);
    await page.waitForTimeout(1500);
    await page.waitForLoadState('networkidle');
    const evs = await trace(async () => {
      await toStep(ids[b]!);
      await page.waitForTimeout(150);
      anims = await page.evaluate(() => {
        const a = document.getAnimations() as CSSAnimation[];
        const props = new Map<string, number>();
        for (const x of a)
          for (const k of Object.keys((x.effect as KeyframeEffect).getKeyframes()[0] ?? {}))
            if (!['offset', 'easing', 'composite', 'computedOffset'].includes(k))
              props.set(k, (props.get(k) ?? 0) + 1);
        return `${a.length} animations: ${[...props.entries()].map(([k, v]) => `${k}×${v}`).join(' ')}`;
      });
      await page.waitForTimeout(1050);
    });
    // The renderer main thread: the thread with the most FunctionCall time.
    const main = new Map<string, number>();
    for (const e of evs)
      if (e.name === 'RunTask' && e.dur)
        main.set(`${e.pid}:${e.tid}`, (main.get(`${e.pid}:${e.tid}`) ?? 0) + e.dur);
    const top = [...main.entries()].sort((x, y) => y[1] - x[1])[0]?.[0];
    const on = evs.filter((e) => `${e.pid}:${e.tid}` === top && e.ph === 'X' && e.dur);
    const tasks = on
      .filter((e) => e.name === 'RunTask')
      .map((e) => e.dur! / 1000)
      .sort((x, y) => y - x);
    const by = new Map<string, number>();
    for (const e of on) {
      const k = KIND[e.name];
      if (k) by.set(`${k}:${e.name}`, (by.get(`${k}:${e.name}`) ?? 0) + e.dur! / 1000);
    }
    const cpu = new Map<string, number>();
    for (const e of on) {
      const k = KIND[e.name];
      if (k && e.tdur) cpu.set(k, (cpu.get(k) ?? 0) + e.tdur / 1000);
    }
    const runTaskCpu = on.filter((e) => e.name === 'RunTask').reduce((a, e) => a + (e.tdur ?? 0) / 1000, 0);
    const t0 = on.find((e) => e.name === 'RunTask')?.ts ?? 0;
    const early = on
      .filter((e) => e.name === 'RunTask' && e.ts - t0 < 150_000)
      .reduce((a, e) => a + (e.tdur ?? 0) / 1000, 0);
    totals.set('first150ms', (totals.get('first150ms') ?? 0) + early);
    for (const [k, v] of cpu) totals.set(k, (totals.get(k) ?? 0) + v);
    totals.set('all', (totals.get('all') ?? 0) + runTaskCpu);
    console.log(`   ${anims}`);
    console.log(
      `   cpu(1×-ish) all=${runTaskCpu.toFixed(0)} ${[...cpu.entries()]
        .sort((a, b) => b[1] - a[1])
        .map(([k, v]) => `${k}=${v.toFixed(0)}`)
        .join(' ')}`,
    );
    const parts = [...by.entries()]
      .filter(([, v]) => v > 1)
      .sort((x, y) => y[1] - x[1])
      .map(([k, v]) => `${k}=${v.toFixed(0)}`);
    const big = on
      .filter((e) => e.name === 'RunTask' && e.dur! > 40000)
      .sort((x, y) => y.dur! - x.dur!)
      .slice(0, 3);
    for (const t of big) {
      const inside = new Map<string, number>();
      for (const e of on)
        if (e !== t && e.ts >= t.ts && e.ts + e.dur! <= t.ts + t.dur!)
          inside.set(e.name, (inside.get(e.name) ?? 0) + e.dur! / 1000);
      const fn = on
        .filter((e) => e.name === 'FunctionCall' && e.ts >= t.ts && e.ts <= t.ts + t.dur!)
        .map(
          (e) =>
            `${(e.args?.data as { functionName?: string })?.functionName ?? '?'}:${(e.dur! / 1000).toFixed(0)}`,
        )
        .slice(0, 5);
      console.log(
        `   task ${(t.dur! / 1000).toFixed(0)} ms @${((t.ts - on[0]!.ts) / 1000).toFixed(0)}: ${[
          ...inside.entries(),
        ]
          .filter(([, v]) => v > 1)
          .sort((x, y) => y[1] - x[1])
          .slice(0, 12)
          .map(([k, v]) => `${k}=${v.toFixed(0)}`)
          .join(' ')} fns ${fn.join(' ')}`,
      );
    }
    console.log(
      '   self: ' +
        [...selfTimes.entries()]
          .filter(([k]) => !k.startsWith('(idle)') && !k.startsWith('(program)'))
          .sort((x, y) => y[1] - x[1])
          .slice(0, 12)
          .map(([k, v]) => `${k}=${v.toFixed(0)}`)
          .join(' | '),
    );
    for (const e of on)
      if (e.name === 'Layout' || e.name === 'UpdateLayoutTree') {
        const st =
          (
            e.args as {
              beginData?: { stackTrace?: { functionName: string; lineNumber: number; url: string }[] };
            }
          )?.beginData?.stackTrace ??
          (e.args?.data as { stackTrace?: { functionName: string; lineNumber: number; url: string }[] })
            ?.stackTrace;
        if (st?.length && e.dur! > 3000)
          console.log(
            `   forced ${e.name} ${(e.dur! / 1000).toFixed(0)} ms from ${st
              .slice(0, 4)
              .map((f) => `${f.functionName}@${f.url.split('/').pop()}:${f.lineNumber}`)
              .join(' < ')}`,
          );
      }
    console.log(
      `${chart} ${ids[a]}→${ids[b]} tasks>50=${tasks.filter((t) => t > 50).length} top=${tasks
        .slice(0, 4)
        .map((t) => t.toFixed(0))
        .join(',')} | ${parts.join(' ')}`,
    );
  }
}
console.log(
  `TOTAL cpu ms: ${[...totals.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k}=${v.toFixed(0)}`)
    .join(' ')}`,
);
await browser.close();
await site.close();
