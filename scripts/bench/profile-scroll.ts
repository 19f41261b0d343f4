/**
 * Which work makes the long tasks of a full wheel scroll, CPU slowed 4×: a Chrome trace of the
 * scroll (120 px every 40 ms, as scroll.ts), each task over 50 ms named by what took its time.
 *
 *   npx tsx scripts/bench/profile-scroll.ts <distDir> <port> [width] [height]
 */
import type { CDPSession } from 'playwright-core';
import { launchChromium, newContext } from './browser';
import { serveDir } from './server';

interface Ev {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: Record<string, unknown>;
}

const [dir = 'dist', port = '4414', w = '375', h = '667'] = process.argv.slice(2);
const site = await serveDir(dir, Number(port), { compress: true });
const browser = await launchChromium();
const context = await newContext(browser, { viewport: { width: Number(w), height: Number(h) } });
const page = await context.newPage();
const cdp: CDPSession = await context.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await page.goto(`${site.url}/`, { waitUntil: 'load' });
await page.waitForLoadState('networkidle');
await page.waitForTimeout(500);

const events: Ev[] = [];
(cdp as unknown as { on(e: string, f: (d: { value: Ev[] }) => void): void }).on(
  'Tracing.dataCollected',
  (d) => events.push(...d.value),
);
await cdp.send('Tracing.start', {
  categories: 'devtools.timeline,disabled-by-default-devtools.timeline',
  transferMode: 'ReportEvents',
});
const height = await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
for (let i = 0; i < 5000; i++) {
  await page.mouse.wheel(0, 120);
  await page.waitForTimeout(40);
  if (i % 10 === 9 && (await page.evaluate(() => window.scrollY)) >= height - 2) break;
}
await page.waitForTimeout(1000);
const done = new Promise((r) =>
  (cdp as unknown as { once(e: string, f: () => void): void }).once(
    'Tracing.tracingComplete',
    r as () => void,
  ),
);
await cdp.send('Tracing.end');
await done;

const load = new Map<string, number>();
for (const e of events)
  if (e.name === 'RunTask' && e.dur)
    load.set(`${e.pid}:${e.tid}`, (load.get(`${e.pid}:${e.tid}`) ?? 0) + e.dur);
const main = [...load.entries()].sort((a, b) => b[1] - a[1])[0]![0];
const on = events
  .filter((e) => `${e.pid}:${e.tid}` === main && e.ph === 'X' && e.dur)
  .sort((a, b) => a.ts - b.ts);
const NAMES = [
  'FunctionCall',
  'TimerFire',
  'FireAnimationFrame',
  'EventDispatch',
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'Commit',
  'Layerize',
  'ParseHTML',
  'MajorGC',
  'MinorGC',
  'ResourceReceivedData',
  'ResourceFinish',
  'IntersectionObserverController::computeIntersections',
  'Document::SetURL',
  'FrameLoader::updateForSameDocumentNavigation',
  'Blink.Animate.UpdateTime',
  'ScrollLayer',
  'HitTest',
  'ParseAuthorStyleSheet',
  'Decode Image',
  'RasterTask',
  'v8.compile',
  'v8.parseOnBackground',
];
const tasks = on.filter((e) => e.name === 'RunTask' && e.dur! > 50_000);
const kinds = new Map<string, number>();
for (const t of tasks) {
  const inside = new Map<string, number>();
  for (const e of on) {
    if (e.ts < t.ts) continue;
    if (e.ts > t.ts + t.dur!) break;
    if (NAMES.includes(e.name)) inside.set(e.name, (inside.get(e.name) ?? 0) + e.dur! / 1000);
  }
  const top = [...inside.entries()].sort((a, b) => b[1] - a[1]);
  const fns = on
    .filter((e) => e.name === 'FunctionCall' && e.ts >= t.ts && e.ts <= t.ts + t.dur!)
    .map((e) => (e.args?.data as { functionName?: string; url?: string; lineNumber?: number }) ?? {})
    .map((d) => `${d.functionName || '?'}@${(d.url ?? '').split('/').pop()}:${d.lineNumber}`);
  const kind = top[0]?.[0] ?? '(none)';
  kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  console.log(
    `${(t.dur! / 1000).toFixed(0)} ms @${((t.ts - on[0]!.ts) / 1e6).toFixed(1)}s: ${top
      .slice(0, 6)
      .map(([k, v]) => `${k}=${v.toFixed(0)}`)
      .join(' ')}  ${[...new Set(fns)].slice(0, 3).join(' ')}`,
  );
}
console.log(
  `long tasks: ${tasks.length}; by largest part: ${[...kinds.entries()].map(([k, v]) => `${k} ${v}`).join(', ')}`,
);
await browser.close();
await site.close();
