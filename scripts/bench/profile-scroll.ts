/**
 * Which work makes the long tasks of a full wheel scroll, CPU slowed 4× (or RATE=1): a Chrome
 * trace of the scroll (120 px every 40 ms, as scroll.ts), each task over 50 ms put in one class by
 * what it did, then named by what took its time. The page is marked (User Timing, from an init
 * script, not from the site's code) where a figure takes a step, a morph runs, a drawings file is
 * parsed and the URL is written, so a task is classed by what happened in it, not by a guess:
 *
 *   step change      a step's card lit up, or the figure took the step, in this task
 *   states parse     a /states drawings file was parsed (DOMParser) in this task
 *   URL write        history.replaceState ran in this task
 *   animation frame  a morph was running and the task ran no script of the page
 *   scroll           a wheel/scroll event or a scroll-driven frame with no morph running
 *   other            anything else (named by its largest part)
 *
 *   [EXTRA_CSS='…'] npx tsx scripts/bench/profile-scroll.ts <distDir> <port> [width] [height]
 */
import type { CDPSession } from 'playwright-core';
import { launchChromium, newContext } from './browser';
import { serveDir } from './server';
import { recordTrace, type TraceEvent } from './trace';

type Ev = TraceEvent;

/** Marks what happens on the page (User Timing lands in the trace with the task it ran in). */
const MARKS = `
(() => {
  const m = (n) => performance.mark(n);
  const parse = DOMParser.prototype.parseFromString;
  DOMParser.prototype.parseFromString = function (...a) { m('bench:parse'); return parse.apply(this, a); };
  const replace = history.replaceState;
  history.replaceState = function (...a) { m('bench:url'); return replace.apply(this, a); };
  const watch = () => new MutationObserver((records) => {
    for (const r of records) {
      if (r.attributeName === 'data-active-step') m('bench:step:' + r.target.dataset.activeStep);
      // The step's card lights up (a frame before the figure moves: controller.ts show).
      else if (r.attributeName === 'aria-current' && r.target.hasAttribute('data-step')) m('bench:card:' + r.target.id);
      // Removed then set again in one task (a morph that ends the one before) gives two records.
      else if (r.attributeName === 'data-morphing') m(r.oldValue === null ? 'bench:morph-start' : 'bench:morph-end');
    }
  }).observe(document.body, {
    attributes: true, subtree: true, attributeOldValue: true, attributeFilter: ['data-active-step', 'data-morphing', 'aria-current'],
  });
  if (document.body) watch(); else document.addEventListener('DOMContentLoaded', watch);
})();
`;

const [dir = 'dist', port = '4414', w = '375', h = '667'] = process.argv.slice(2);
const rate = Number(process.env.RATE ?? 4);
const site = await serveDir(dir, Number(port), { compress: true });
const browser = await launchChromium();
const context = await newContext(browser, {
  viewport: { width: Number(w), height: Number(h) },
  bypassCSP: Boolean(process.env.EXTRA_CSS),
});
await context.addInitScript(MARKS);
const page = await context.newPage();
const cdp: CDPSession = await context.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate });
await page.goto(`${site.url}/`, { waitUntil: 'load' });
await page.waitForLoadState('networkidle');
// An experiment: CSS added to the page before the scroll (as profile-steps.ts).
if (process.env.EXTRA_CSS) await page.addStyleTag({ content: process.env.EXTRA_CSS });
await page.waitForTimeout(500);

const events: Ev[] = await recordTrace(
  cdp,
  `devtools.timeline,disabled-by-default-devtools.timeline,blink.user_timing${process.env.WHY ? ',disabled-by-default-devtools.timeline.invalidationTracking' : ''}`,
  async () => {
    const height = await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
    for (let i = 0; i < 5000; i++) {
      await page.mouse.wheel(0, 120);
      await page.waitForTimeout(40);
      if (i % 10 === 9 && (await page.evaluate(() => window.scrollY)) >= height - 2) break;
    }
    await page.waitForTimeout(1000);
  },
);

const load = new Map<string, number>();
for (const e of events)
  if (e.name === 'RunTask' && e.dur)
    load.set(`${e.pid}:${e.tid}`, (load.get(`${e.pid}:${e.tid}`) ?? 0) + e.dur);
const main = [...load.entries()].sort((a, b) => b[1] - a[1])[0]![0];
const on = events.filter((e) => `${e.pid}:${e.tid}` === main).sort((a, b) => a.ts - b.ts);
const marks = on.filter((e) => e.name.startsWith('bench:'));
const timed = on.filter((e) => e.ph === 'X' && e.dur);
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
  'Blink.Animate.UpdateTime',
  'ScrollLayer',
  'HitTest',
  'v8.compile',
];
/** Whether a morph runs at `ts` (a start mark before it with no end mark in between). */
function morphing(ts: number): boolean {
  let open = 0;
  for (const m of marks) {
    if (m.ts > ts) break;
    if (m.name === 'bench:morph-start') open++;
    else if (m.name === 'bench:morph-end') open = Math.max(0, open - 1);
  }
  return open > 0;
}
const tasks = timed.filter((e) => e.name === 'RunTask' && e.dur! > 50_000);
// Every task of a step change, long or not: its card's and its figure's (ms, sorted).
const stepTasks = timed
  .filter((e) => e.name === 'RunTask')
  .filter((t) =>
    marks.some((m) => /^bench:(step|card):/.test(m.name) && m.ts >= t.ts && m.ts <= t.ts + t.dur!),
  )
  .map((t) => t.dur! / 1000)
  .sort((a, b) => a - b);
const start = timed.find((e) => e.name === 'RunTask')?.ts ?? 0;
const classes = new Map<string, { n: number; ms: number }>();
for (const t of tasks) {
  const end = t.ts + t.dur!;
  const inside = new Map<string, number>();
  for (const e of timed) {
    if (e.ts < t.ts) continue;
    if (e.ts > end) break;
    if (NAMES.includes(e.name)) inside.set(e.name, (inside.get(e.name) ?? 0) + e.dur! / 1000);
  }
  const named = marks.filter((m) => m.ts >= t.ts && m.ts <= end).map((m) => m.name);
  // bench:step:<id> and bench:card:<id> count as one kind each; the ids are printed.
  const here = new Set(named.map((n) => n.replace(/^(bench:(?:step|card)):.*/, '$1')));
  const steps = named.filter((n) => /^bench:(step|card):/.test(n)).map((n) => n.slice(6));
  const script = (inside.get('FunctionCall') ?? 0) + (inside.get('FireAnimationFrame') ?? 0);
  const scrolled = (inside.get('ScrollLayer') ?? 0) > 0 || (inside.get('EventDispatch') ?? 0) > 0;
  const top = [...inside.entries()].sort((a, b) => b[1] - a[1]);
  const cls =
    here.has('bench:step') || here.has('bench:card')
      ? 'step change'
      : here.has('bench:parse')
        ? 'states parse'
        : here.has('bench:url')
          ? 'URL write'
          : morphing(t.ts) && script < 5
            ? 'animation frame'
            : scrolled || script < 5
              ? 'scroll'
              : `other (${top[0]?.[0] ?? 'none'})`;
  if (process.env.WHY) {
    // What made layout and style dirty before this task (invalidation tracking, WHY=1).
    const why = new Map<string, number>();
    for (const e of on)
      if (e.ts > t.ts - 30_000 && e.ts < end && /InvalidationTracking/.test(e.name)) {
        const d = (e.args?.data ?? {}) as { reason?: string; nodeName?: string };
        const k = `${e.name.replace('InvalidationTracking', '')}:${d.reason ?? '?'}:${(d.nodeName ?? '').slice(0, 40)}`;
        why.set(k, (why.get(k) ?? 0) + 1);
      }
    console.log(
      `   why: ${[...why.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 8)
        .map(([k, v]) => `${k}×${v}`)
        .join(' | ')}`,
    );
  }
  const c = classes.get(cls) ?? { n: 0, ms: 0 };
  c.n++;
  c.ms += t.dur! / 1000;
  classes.set(cls, c);
  console.log(
    `${(t.dur! / 1000).toFixed(0)} ms @${((t.ts - start) / 1e6).toFixed(1)}s [${cls}${steps.length ? ` ${steps.join(' ')}` : ''}]${morphing(t.ts) ? ' (morphing)' : ''}: ${top
      .slice(0, 6)
      .map(([k, v]) => `${k}=${v.toFixed(0)}`)
      .join(' ')}`,
  );
}
console.log(
  `${w}x${h} CPU ${rate}x: long tasks ${tasks.length}, ${Math.round(tasks.reduce((s, t) => s + t.dur!, 0) / 1000)} ms; ` +
    [...classes.entries()].map(([k, v]) => `${k} ${v.n} (${Math.round(v.ms)} ms)`).join(', '),
);
const q = (f: number) => stepTasks[Math.min(stepTasks.length - 1, Math.floor(f * stepTasks.length))] ?? 0;
console.log(
  `step-change tasks ${stepTasks.length}: median ${q(0.5).toFixed(0)} ms, p90 ${q(0.9).toFixed(0)} ms, max ${q(1).toFixed(0)} ms`,
);
await browser.close();
await site.close();
