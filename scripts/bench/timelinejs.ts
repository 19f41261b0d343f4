/**
 * The comparison: Knight Lab's TimelineJS3 (npm @knight-lab/timelinejs, served locally) showing
 * the same events as our timeline embed. `toTimelineJs` converts content/data/events.json to
 * TimelineJS's JSON format; `writeTimelineJsSite` writes a one-page site around it; and
 * `firstRender` measures, in the same browser for both, how long until the timeline is drawn.
 *
 *   npx tsx scripts/bench/timelinejs.ts [events.json] > timeline.json   # just the conversion
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { median, newContext } from './browser';

interface OurEvent {
  id: string;
  date: string;
  precision: string;
  endDate?: string;
  country: string;
  category: string;
  title: string;
  summary: string;
  sources: { url: string; publisher: string }[];
}

interface TlDate {
  year: string;
  month?: string;
  day?: string;
}

export interface TimelineJsData {
  title: { text: { headline: string; text: string } };
  events: {
    unique_id: string;
    start_date: TlDate;
    end_date?: TlDate;
    text: { headline: string; text: string };
    group: string;
  }[];
}

const COUNTRY: Record<string, string> = { RU: 'Russia', CN: 'China' };

function tlDate(date: string, precision: string): TlDate {
  const [year = '', month, day] = date.split('-');
  const d: TlDate = { year };
  if (month && precision !== 'year') d.month = String(Number(month));
  if (day && (precision === 'day' || precision === 'quarter')) d.day = String(Number(day));
  return d;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Our events as a TimelineJS3 timeline (text fields are HTML there, so they are escaped). */
export function toTimelineJs(events: OurEvent[]): TimelineJsData {
  return {
    title: {
      text: {
        headline: 'Russian and Chinese internet controls',
        text: 'The same events as the explainer’s timeline, drawn by TimelineJS3.',
      },
    },
    events: events.map((e) => ({
      unique_id: e.id,
      start_date: tlDate(e.date, e.precision),
      ...(e.endDate ? { end_date: tlDate(e.endDate, e.endDate.length === 10 ? 'day' : 'month') } : {}),
      text: {
        headline: escapeHtml(e.title),
        text: `<p>${escapeHtml(e.summary)}</p><p>${e.sources
          .map(
            (s) => `<a href="${escapeHtml(s.url)}" rel="noopener noreferrer">${escapeHtml(s.publisher)}</a>`,
          )
          .join(' · ')}</p>`,
      },
      group: COUNTRY[e.country] ?? e.country,
    })),
  };
}

/** The TimelineJS package's dist/ folder. */
export function timelineJsDist(): string {
  return join(dirname(createRequire(import.meta.url).resolve('@knight-lab/timelinejs/package.json')), 'dist');
}

/**
 * A folder with TimelineJS's own files, the converted events and the usual embed page
 * (the library's documented `new TL.Timeline(…)` call, default options, fonts included).
 */
export function writeTimelineJsSite(dir: string, events: OurEvent[]): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const dist = timelineJsDist();
  cpSync(join(dist, 'js'), join(dir, 'timelinejs', 'js'), {
    recursive: true,
    filter: (src) => !src.endsWith('.map'),
  });
  cpSync(join(dist, 'css'), join(dir, 'timelinejs', 'css'), {
    recursive: true,
    filter: (src) => !src.endsWith('.map'),
  });
  writeFileSync(join(dir, 'events.json'), JSON.stringify(toTimelineJs(events)));
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="TimelineJS3 drawing the explainer's events, for comparison.">
<title>TimelineJS3: Russian and Chinese internet controls</title>
<link rel="stylesheet" href="/timelinejs/css/timeline.css">
<script src="/timelinejs/js/timeline.js"></script>
<style>html,body{height:100%;margin:0}#timeline-embed{width:100%;height:100%}</style>
</head>
<body>
<main id="timeline-embed"></main>
<script>
  window.timeline = new TL.Timeline('timeline-embed', '/events.json', { script_path: location.origin + '/timelinejs/js/' });
</script>
</body>
</html>
`,
  );
}

export interface FirstRender {
  /** Median ms from navigation start to the first contentful paint. */
  fcpMs: number;
  /** Median ms from navigation start until the timeline's marks are in the page and painted. */
  renderMs: number;
  runs: number;
}

/**
 * Time to first render of a timeline page: navigation start → its marks exist (`selector`
 * matches) and a frame has been painted after that. Median of `runs` cold loads.
 */
export async function firstRender(
  browser: Browser,
  url: string,
  selector: string,
  opts: { runs?: number; cpuSlowdown?: number; viewport?: { width: number; height: number } } = {},
): Promise<FirstRender> {
  const fcp: number[] = [];
  const render: number[] = [];
  const origin = new URL(url).origin;
  for (let i = 0; i < (opts.runs ?? 3); i++) {
    const context = await newContext(browser, { viewport: opts.viewport ?? { width: 1280, height: 800 } });
    await context.route('**/*', (r) => (r.request().url().startsWith(origin) ? r.continue() : r.abort()));
    await context.addInitScript(`
      window.__firstRender = new Promise((resolve) => {
        const check = () => {
          if (document.querySelector(${JSON.stringify(selector)})) {
            requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now())));
            return true;
          }
          return false;
        };
        const start = () => {
          if (check()) return;
          const mo = new MutationObserver(() => { if (check()) mo.disconnect(); });
          mo.observe(document.documentElement, { childList: true, subtree: true });
        };
        if (document.documentElement) start(); else document.addEventListener('readystatechange', start, { once: true });
      });
    `);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: opts.cpuSlowdown ?? 1 });
    await page.goto(url, { waitUntil: 'load' });
    const r = await page.evaluate(async () => {
      const t = await (window as unknown as { __firstRender: Promise<number> }).__firstRender;
      // The paint entry can land a little after the frame: wait for it (buffered), 10 s at most.
      const fcp = await new Promise<number>((resolve) => {
        const seen = () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
        if (seen() !== undefined) return resolve(seen()!);
        new PerformanceObserver(() => seen() !== undefined && resolve(seen()!)).observe({
          type: 'paint',
          buffered: true,
        });
        setTimeout(() => resolve(seen() ?? Number.NaN), 10_000);
      });
      return { render: t, fcp };
    });
    fcp.push(r.fcp);
    render.push(Number.isFinite(r.fcp) ? Math.max(r.render, r.fcp) : r.render);
    await context.close();
  }
  return { fcpMs: median(fcp), renderMs: median(render), runs: fcp.length };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const file = process.argv[2] ?? 'content/data/events.json';
  const events = (JSON.parse(readFileSync(file, 'utf8')) as { events: OurEvent[] }).events;
  process.stdout.write(`${JSON.stringify(toTimelineJs(events), null, 2)}\n`);
}
