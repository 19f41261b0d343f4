/**
 * One Lighthouse mobile run (performance only, simulated slow 4G and 4× CPU) on a built folder,
 * served compressed by the bench server: the metrics, then what makes the total blocking time —
 * each long task with the script Lighthouse gives it, the main-thread time per script and per kind.
 *
 *   npx tsx scripts/bench/lighthouse-tasks.mts <distDir> <port> [path]
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_PATH } from './browser';
import { serveDir } from './server';

interface Items<T> {
  items?: T[];
}
const [dir = 'dist', port = '4430', path = '/'] = process.argv.slice(2);
const site = await serveDir(dir, Number(port), { compress: true });
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM_PATH,
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--no-first-run',
  ],
  logLevel: 'silent',
});
try {
  const result = await lighthouse(`${site.url}${path}`, {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance'],
  });
  if (!result) throw new Error('Lighthouse returned nothing');
  const { lhr } = result;
  const n = (id: string) => Math.round(lhr.audits[id]?.numericValue ?? Number.NaN);
  const file = (url = '') => url.split('/').pop() || url;
  console.log(
    `performance ${Math.round((lhr.categories.performance?.score ?? 0) * 100)} FCP ${n('first-contentful-paint')} ms LCP ${n('largest-contentful-paint')} ms TBT ${n('total-blocking-time')} ms SI ${n('speed-index')} ms`,
  );
  const tasks = (
    lhr.audits['long-tasks']?.details as Items<{ duration: number; startTime: number; url?: string }>
  )?.items;
  for (const t of tasks ?? [])
    console.log(`  long task ${Math.round(t.duration)} ms at ${Math.round(t.startTime)} ms: ${file(t.url)}`);
  const boot = (
    lhr.audits['bootup-time']?.details as Items<{ url: string; total: number; scripting: number }>
  )?.items;
  for (const b of boot ?? [])
    console.log(
      `  ${file(b.url)}: ${Math.round(b.total)} ms main thread, ${Math.round(b.scripting)} ms script`,
    );
  const kinds = (
    lhr.audits['mainthread-work-breakdown']?.details as Items<{
      groupLabel?: string;
      group: string;
      duration: number;
    }>
  )?.items;
  console.log(
    `  by kind: ${(kinds ?? []).map((k) => `${k.groupLabel ?? k.group} ${Math.round(k.duration)}`).join(', ')}`,
  );
} finally {
  await chrome.kill();
  await site.close();
}
