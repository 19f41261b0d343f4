/**
 * A reader scrolling the whole story in Chromium with the CPU slowed 4× (CDP
 * Emulation.setCPUThrottlingRate): long tasks (> 50 ms, PerformanceObserver) and frame times
 * (requestAnimationFrame gaps) over a wheel-driven scroll from top to bottom; then, step by
 * step, how long each step change takes: from the figure taking the new step
 * (`data-active-step`) to the next painted frame, and until its SVG stops changing (the
 * transition has finished).
 */
import type { Browser } from 'playwright-core';
import { median, newContext } from './browser';

export interface StepTiming {
  step: string;
  chart: string;
  /** Step change → next animation frame (the main-thread cost of the update, plus one frame). */
  frameMs: number;
  /** Step change → last SVG mutation of the figure (transition finished). */
  settleMs: number;
}

export interface ScrollResult {
  viewport: string;
  cpuSlowdown: number;
  scrollPx: number;
  durationMs: number;
  wheelEvents: number;
  longTasks: number;
  longTaskTotalMs: number;
  longestTaskMs: number;
  frames: number;
  worstFrameMs: number;
  p95FrameMs: number;
  framesOver50Ms: number;
  stepChanges: number;
  steps: StepTiming[];
  errors: string[];
}

/** Installed before any page script: records long tasks, frames and step changes. */
const PROBE = `
(() => {
  const b = (window.__bench = { longTasks: [], frames: [], changes: [], recording: false, lastMutation: new Map() });
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) b.longTasks.push({ start: e.startTime, duration: e.duration }); })
      .observe({ type: 'longtask', buffered: true });
  } catch {}
  let last = 0;
  const tick = (t) => { if (b.recording && last) b.frames.push(t - last); last = t; requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
  const watch = () => {
    for (const fig of document.querySelectorAll('.scrolly-figure')) {
      if (fig.__benchWatched) continue;
      fig.__benchWatched = true;
      const section = fig.closest('[data-scrolly]');
      const chart = (section && section.dataset.chart) || '';
      new MutationObserver((records) => {
        const now = performance.now();
        for (const r of records) {
          if (r.target === fig && r.attributeName === 'data-active-step') {
            const change = { step: fig.dataset.activeStep || '', chart, at: now, frameAt: 0, settledAt: now, fig };
            b.changes.push(change);
            requestAnimationFrame(() => requestAnimationFrame((t) => { change.frameAt = performance.now(); }));
          } else if (r.target !== fig) {
            const open = b.changes.filter((c) => c.fig === fig).pop();
            if (open) open.settledAt = now;
          }
        }
      }).observe(fig, { attributes: true, subtree: true, childList: true, characterData: true });
    }
  };
  document.addEventListener('DOMContentLoaded', watch);
  window.__benchWatch = watch;
})();
`;

export interface ScrollOptions {
  viewport?: { width: number; height: number };
  cpuSlowdown?: number;
  /** Pixels per wheel event and pause between events (a brisk reader). */
  wheelPx?: number;
  pauseMs?: number;
}

export async function scrollBench(
  browser: Browser,
  url: string,
  opts: ScrollOptions = {},
): Promise<ScrollResult> {
  const viewport = opts.viewport ?? { width: 1280, height: 800 };
  const rate = opts.cpuSlowdown ?? 4;
  const context = await newContext(browser, { viewport });
  await context.addInitScript(PROBE);
  const origin = new URL(url).origin;
  await context.route('**/*', (r) => (r.request().url().startsWith(origin) ? r.continue() : r.abort()));
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => (window as unknown as { __benchWatch: () => void }).__benchWatch());
  await page.waitForTimeout(500);

  // 1. The whole story, wheel by wheel, recording frames and long tasks.
  const wheelPx = opts.wheelPx ?? 120;
  const pauseMs = opts.pauseMs ?? 40;
  const t0 = await page.evaluate(() => {
    const b = (
      window as unknown as { __bench: { recording: boolean; longTasks: unknown[]; frames: unknown[] } }
    ).__bench;
    b.longTasks.length = 0;
    b.frames.length = 0;
    b.recording = true;
    return performance.now();
  });
  const height = await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
  let wheels = 0;
  for (let guard = 0; guard < 5000; guard++) {
    await page.mouse.wheel(0, wheelPx);
    wheels++;
    await page.waitForTimeout(pauseMs);
    if (wheels % 10 === 0) {
      const y = await page.evaluate(() => window.scrollY);
      if (y >= height - 2) break;
    }
  }
  await page.waitForTimeout(1000);
  const run = await page.evaluate((since) => {
    const b = (
      window as unknown as {
        __bench: {
          recording: boolean;
          longTasks: { start: number; duration: number }[];
          frames: number[];
          changes: unknown[];
        };
      }
    ).__bench;
    b.recording = false;
    return {
      durationMs: performance.now() - since,
      longTasks: b.longTasks.filter((t) => t.start >= since).map((t) => t.duration),
      frames: b.frames.slice(),
      stepChanges: b.changes.length,
      scrollY: window.scrollY,
    };
  }, t0);

  // 2. Step by step: jump each step to the trigger line, wait for the figure to settle.
  const stepIds = await page.evaluate(() =>
    [...document.querySelectorAll('[data-scrolly] [data-step]')].map((s) => s.id).filter(Boolean),
  );
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(800);
  const steps: StepTiming[] = [];
  for (const id of stepIds) {
    const before = await page.evaluate(
      () => (window as unknown as { __bench: { changes: unknown[] } }).__bench.changes.length,
    );
    await page.evaluate((id) => {
      const el = document.getElementById(id)!;
      const section = el.closest<HTMLElement>('[data-scrolly]')!;
      const f = Number.parseFloat(getComputedStyle(section).getPropertyValue('--scrolly-trigger')) || 0.5;
      window.scrollTo(
        0,
        Math.round(el.getBoundingClientRect().top + window.scrollY - window.innerHeight * f + 20),
      );
    }, id);
    // Settled: no SVG change for 400 ms (or 4 s at most).
    await page
      .waitForFunction(
        (n) => {
          const b = (window as unknown as { __bench: { changes: { settledAt: number; frameAt: number }[] } })
            .__bench;
          const c = b.changes[b.changes.length - 1];
          return b.changes.length > n && c && c.frameAt > 0 && performance.now() - c.settledAt > 400;
        },
        before,
        { timeout: 4000, polling: 100 },
      )
      .catch(() => undefined);
    const change = await page.evaluate((n) => {
      const b = (
        window as unknown as {
          __bench: {
            changes: { step: string; chart: string; at: number; frameAt: number; settledAt: number }[];
          };
        }
      ).__bench;
      const c = b.changes.slice(n).find((x) => x.step) ?? b.changes[b.changes.length - 1];
      return c
        ? {
            step: c.step,
            chart: c.chart,
            frameMs: c.frameAt ? c.frameAt - c.at : Number.NaN,
            settleMs: c.settledAt - c.at,
          }
        : null;
    }, before);
    if (change && change.step === id) steps.push(change);
  }
  await context.close();

  const frames = run.frames.filter((f) => f > 0);
  const sorted = [...frames].sort((a, b) => a - b);
  return {
    viewport: `${viewport.width}×${viewport.height}`,
    cpuSlowdown: rate,
    scrollPx: Math.round(run.scrollY),
    durationMs: run.durationMs,
    wheelEvents: wheels,
    longTasks: run.longTasks.length,
    longTaskTotalMs: run.longTasks.reduce((s, d) => s + d, 0),
    longestTaskMs: Math.max(0, ...run.longTasks),
    frames: frames.length,
    worstFrameMs: Math.max(0, ...frames),
    p95FrameMs: sorted[Math.floor(sorted.length * 0.95)] ?? Number.NaN,
    framesOver50Ms: frames.filter((f) => f > 50).length,
    stepChanges: run.stepChanges,
    steps,
    errors,
  };
}

/** Medians of the step timings. */
export function stepSummary(steps: StepTiming[]): {
  frameMs: number;
  settleMs: number;
  worstFrameMs: number;
} {
  return {
    frameMs: median(steps.map((s) => s.frameMs)),
    settleMs: median(steps.map((s) => s.settleMs)),
    worstFrameMs: Math.max(0, ...steps.map((s) => s.frameMs)),
  };
}
