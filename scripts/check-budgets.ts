/**
 * `npm run check:budgets [-- --dist <dir>]`: the byte and count budgets CI enforces on a build.
 * Deterministic (file sizes and request lists, never timings), so it can fail a build:
 *   - story page JS ≤ 12 kB gzip (everything it loads while read to the end, inline scripts too), in
 *     every edition (/, /ru/, /zh/), and no edition's more than the English one's (+ 100 bytes)
 *   - each edition's story HTML ≤ 150 kB gzip (it all arrives before the first paint on slow 4G)
 *   - each embed page JS ≤ 3 kB gzip (its default state; a custom one loads the chart's code)
 *   - zero requests to any other host, zero failed requests, on every page
 *   - no inline handler, script URL or third-party resource in any page's markup
 *   - every link to another site has rel="noopener noreferrer"
 * Exit 1 with one line per broken budget.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { auditBuiltHtml, linksWithoutNoopener } from '../src/lib/csp';
import { BUDGETS } from './bench/budgets';
import { launchChromium } from './bench/browser';
import { htmlPages, measurePages, type PageBytes } from './bench/bytes';

const args = process.argv.slice(2);
const dist = args.includes('--dist') ? args[args.indexOf('--dist') + 1]! : 'dist';
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`check:budgets: no ${dist}/index.html; build first (npx astro build)`);
  process.exit(1);
}

/** Bytes an edition's story JS may exceed the English one's by: inline strings in another language. */
const EDITION_JS_SLACK = 100;
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const pages = htmlPages(dist);
const failures: string[] = [];

// Static markup rules, on every page.
for (const p of pages) {
  const html = readFileSync(join(dist, p.file), 'utf8');
  for (const a of auditBuiltHtml(html, site)) failures.push(`${p.path}: ${a.message}\n      at ${a.snippet}`);
  for (const l of linksWithoutNoopener(html, site))
    failures.push(`${p.path}: link to ${l.href} needs rel="noopener noreferrer"\n      at ${l.snippet}`);
}

const browser = await launchChromium();
let measured: PageBytes[];
try {
  measured = await measurePages(browser, dist, pages, { firstScreen: [] });
} finally {
  await browser.close();
}

const kb = (n: number) => `${(n / 1000).toFixed(1)} kB`;
const rows: string[][] = [
  ['page', 'type', 'HTML gzip', 'JS gzip', 'budget', 'JS files', 'requests', 'other hosts', 'failed'],
];
for (const m of measured) {
  const budget =
    m.type === 'story' ? BUDGETS.storyJsGzip : m.type === 'embed' ? BUDGETS.embedJsGzip : undefined;
  rows.push([
    m.path,
    m.type,
    kb(m.html.gzip),
    kb(m.js.gzip),
    budget ? `≤ ${kb(budget)}` : '–',
    String(m.jsFiles.length + (m.jsInline.raw ? 1 : 0)),
    String(m.requests),
    String(m.external.length),
    String(m.failed.length),
  ]);
  if (budget && m.js.gzip > budget)
    failures.push(
      `${m.path}: JS is ${kb(m.js.gzip)} gzip, over the ${m.type} budget of ${kb(budget)} (${m.jsFiles.join(', ')})`,
    );
  if (m.type === 'story' && m.html.gzip > BUDGETS.storyHtmlGzip)
    failures.push(
      `${m.path}: HTML is ${kb(m.html.gzip)} gzip, over the story budget of ${kb(BUDGETS.storyHtmlGzip)}`,
    );
  for (const e of m.external) failures.push(`${m.path}: requested ${e} (another host)`);
  for (const f of m.failed) failures.push(`${m.path}: request failed: ${f}`);
}
if (!measured.some((m) => m.type === 'story')) failures.push('no story page (dist/index.html) was measured');
// Every edition ships the story's JavaScript and nothing more: the editions differ in words only.
const english = measured.find((m) => m.path === '/');
for (const m of measured.filter((x) => x.type === 'story' && x !== english))
  if (english && m.js.gzip > english.js.gzip + EDITION_JS_SLACK)
    failures.push(
      `${m.path}: JS is ${kb(m.js.gzip)} gzip, more than the English story's ${kb(english.js.gzip)}; an edition ships the same scripts`,
    );
if (!measured.some((m) => m.type === 'embed'))
  failures.push('no embed page (dist/embed/<chart>/index.html) was measured');

const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
for (const r of rows) console.log(r.map((c, i) => c.padEnd(widths[i]!)).join('  '));
if (failures.length) {
  console.error(`\n✗ ${failures.length} budget${failures.length === 1 ? '' : 's'} broken:`);
  for (const f of failures) console.error(`  ✗ ${f}`);
  process.exit(1);
}
console.log(`\n✓ budgets hold on ${measured.length} pages`);
