/**
 * A/B of the scroll benchmark (scroll.ts) on a built folder: one line per viewport and run, to
 * compare two builds under the same machine load (run them back to back, or interleaved).
 *
 *   npx tsx scripts/bench/scrollbench.mts <distDir> <port> [runs]     (RATE=1 for an unthrottled CPU)
 */
import { launchChromium, median } from './browser';
import { serveDir } from './server';
import { scrollBench } from './scroll';
const [dir, port, runs = '1'] = process.argv.slice(2);
const rate = Number(process.env.RATE ?? 4);
const site = await serveDir(dir!, Number(port), { compress: true });
const browser = await launchChromium();
for (let r = 0; r < Number(runs); r++)
  for (const viewport of [
    { width: 375, height: 667 },
    { width: 1280, height: 800 },
  ]) {
    const s = await scrollBench(browser, `${site.url}/`, { viewport, cpuSlowdown: rate });
    const f = s.steps.map((x) => x.frameMs).sort((a, b) => a - b);
    console.log(
      `${s.viewport} ${rate}x long=${s.longTasks} total=${Math.round(s.longTaskTotalMs)} longest=${Math.round(s.longestTaskMs)} worst=${Math.round(s.worstFrameMs)} p95=${Math.round(s.p95FrameMs)} stepFrame med=${Math.round(f[f.length >> 1] ?? 0)} max=${Math.round(f[f.length - 1] ?? 0)} changes=${s.stepChanges} errors=${s.errors.length}`,
    );
    const charts = [...new Set(s.steps.map((x) => x.chart))];
    console.log(
      `  to 2nd paint, median per chart: ${charts
        .map((c) => `${c} ${Math.round(median(s.steps.filter((x) => x.chart === c).map((x) => x.frameMs)))}`)
        .join(', ')}`,
    );
  }
await browser.close();
await site.close();
