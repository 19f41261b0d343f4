/**
 * `npm run bench`: builds the site, serves it locally and measures it; prints every table and
 * writes them, with the date, machine and Node, to BENCHMARKS.md.
 *
 *   npm run bench                  # everything (about 10–20 minutes on 2 cores)
 *   npm run bench -- --quick       # 1 run per Lighthouse figure, no 50× build (a smoke test)
 *   npm run bench -- --no-write    # print only; leave BENCHMARKS.md alone
 *   BENCH_RUNS=5 npm run bench     # more Lighthouse runs per median (default 3)
 *
 * Timings depend on the machine and on what else runs on it; the byte figures do not.
 * Nothing here is a test: CI enforces budgets with `npm run check:budgets` instead.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem, type } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_PATH, launchChromium } from './browser';
import { BUDGETS } from './budgets';
import { timedBuild, writeSyntheticContent, type BuildResult } from './build-scaling';
import { htmlPages, measurePages, type PageBytes, type Sizes } from './bytes';
import { lighthouseMedian, type LighthouseSummary } from './lighthouse';
import { scrollBench, type ScrollResult } from './scroll';
import { serveDir, type StaticServer } from './server';
import { firstRender, writeTimelineJsSite, type FirstRender } from './timelinejs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = new Set(process.argv.slice(2));
const QUICK = args.has('--quick');
const RUNS = QUICK ? 1 : Number(process.env.BENCH_RUNS ?? 3);
const WORK = process.env.BENCH_DIR ?? '/tmp/wechat-bench';
const DIST = join(WORK, 'dist');
const EMBED = '/embed/timeline/';
/** The content to measure: content/, or CONTENT_DIR (relative to the project) when set. */
const CONTENT = join(root, process.env.CONTENT_DIR ?? 'content');

// ---------- formatting ----------
const out: string[] = [];
function emit(line = '') {
  console.log(line);
  out.push(line);
}
function table(head: string[], rows: (string | number)[][]) {
  const cells = rows.map((r) => r.map(String));
  emit(`| ${head.join(' | ')} |`);
  emit(`| ${head.map((_h, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`);
  for (const r of cells) emit(`| ${r.join(' | ')} |`);
  emit();
}
const B = (n: number) => (Number.isFinite(n) ? n.toLocaleString('en-US') : '–');
const KB = (n: number) =>
  Number.isFinite(n)
    ? `${(n / 1000).toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} kB`
    : '–';
const MS = (n: number) => (Number.isFinite(n) ? `${Math.round(n).toLocaleString('en-US')} ms` : '–');
const S = (n: number) => (Number.isFinite(n) ? `${(n / 1000).toFixed(1)} s` : '–');
const X = (a: number, b: number) =>
  Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(1)}×` : '–';
const trio = (s: Sizes) => `${B(s.raw)} / ${B(s.gzip)} / ${B(s.br)}`;
const section = (title: string) => {
  emit(`## ${title}`);
  emit();
};

function sh(cmd: string, argv: string[]): string {
  try {
    return execFileSync(cmd, argv, {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return '';
  }
}

/**
 * A build, retried once when it broke on Astro's shared .astro/.prerender folder (another build
 * of the same checkout running at the same moment); a content or code error is not retried.
 */
async function buildOnce(label: string, outDir: string, contentDir?: string): Promise<BuildResult> {
  const r = await timedBuild(label, root, outDir, contentDir);
  if (r.ok || !/ERR_MODULE_NOT_FOUND|\.prerender/.test(r.error ?? '')) return r;
  console.error(`  ${label}: the build collided with another build of this checkout; retrying`);
  await new Promise((done) => setTimeout(done, 15_000));
  return timedBuild(label, root, outDir, contentDir);
}

async function serve(dir: string, port: number): Promise<StaticServer> {
  try {
    return await serveDir(dir, port);
  } catch {
    return serveDir(dir, 0);
  }
}

// ---------- the run ----------
const started = new Date();
const cpu = cpus();
const machine = `${cpu.length} × ${cpu[0]?.model.trim() ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, ${type()} ${release()}`;
const chromium = sh(CHROMIUM_PATH, ['--version']).replace(/\s+/g, ' ');
const commit = sh('git', ['rev-parse', '--short', 'HEAD']);
const dirty = sh('git', ['status', '--porcelain', '--untracked-files=no'])
  ? ' (with uncommitted changes)'
  : '';
const load0 = loadavg()
  .map((l) => l.toFixed(2))
  .join(', ');

emit('# Benchmarks');
emit();
emit(
  `Run of ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC by \`npm run bench\`${QUICK ? ' --quick' : ''}, commit ${commit}${dirty}.`,
);
emit();
emit(`- Machine: ${machine}; load average at start ${load0}`);
emit(
  `- Node ${process.version}; ${chromium || CHROMIUM_PATH}; Lighthouse 13.5.0 (medians of ${RUNS} run${RUNS === 1 ? '' : 's'})`,
);
emit(
  '- Bytes: gzip -9 and brotli q11 of the built files, as a static host would serve them (1 kB = 1000 B).',
);
emit('- Timings vary with the machine and its load; bytes and counts do not.');
if (loadavg()[0]! > cpu.length)
  emit(
    `- The machine was busy (load ${loadavg()[0]!.toFixed(1)} on ${cpu.length} cores at the start): timings are pessimistic; compare them only with runs under similar load.`,
  );
emit();

// 1. Build the real content.
console.error('▶ building the real content…');
const builds: { label: string; chapters: number; steps: number; events: number; result: BuildResult }[] = [];
const realCount = writeSyntheticContent(CONTENT, 1, join(WORK, 'content-1x'));
const real = await buildOnce('real content', DIST, process.env.CONTENT_DIR ? CONTENT : undefined);
builds.push({
  label: process.env.CONTENT_DIR ? `${process.env.CONTENT_DIR} (1×)` : 'real content (1×)',
  chapters: realCount.chapters,
  steps: realCount.steps,
  events: realCount.events,
  result: real,
});
if (!real.ok) {
  emit(`**The build failed**: ${real.error}`);
  finish(1);
}

const browser = await launchChromium();
const site = await serve(DIST, 4510);

// 2. Bytes per page type.
console.error('▶ weighing pages…');
const pages = htmlPages(DIST);
const measured = await measurePages(browser, DIST, pages);
const byType = (t: string) => measured.filter((m) => m.type === t);
const story = byType('story')[0]!;
const embeds = byType('embed');
const embed = embeds.find((m) => m.path === EMBED) ?? embeds[0];
const previewer = byType('previewer')[0];

section('Bytes shipped per page type');
emit(
  'Raw / gzip / brotli bytes of what the page loads (the story read to the end, so every chart client it fetches counts). JS includes inline scripts.',
);
emit();
const rowFor = (label: string, m: PageBytes) => [
  label,
  trio(m.html),
  trio(m.css),
  trio(m.js),
  `${m.jsFiles.length}${m.jsInline.raw ? ' + inline' : ''}`,
  String(m.requests),
  String(m.external.length),
];
const byteRows = [rowFor('story `/`', story)];
if (embed) byteRows.push(rowFor(`embed \`${embed.path}\``, embed));
if (embeds.length > 1) {
  const worst = [...embeds].sort((a, b) => b.js.gzip - a.js.gzip)[0]!;
  if (worst !== embed) byteRows.push(rowFor(`heaviest embed \`${worst.path}\``, worst));
}
if (previewer) byteRows.push(rowFor(`previewer \`${previewer.path}\``, previewer));
table(['page', 'HTML', 'CSS', 'JS', 'JS files', 'requests', 'other hosts'], byteRows);

emit(
  `All ${embeds.length} embeds, JS gzip: ${embeds.map((m) => `\`${m.path}\` ${KB(m.js.gzip)}`).join(', ')}.`,
);
emit();

section('First screen of the story');
emit('HTML up to the first element that starts below the fold, plus the render-blocking CSS.');
emit();
table(
  ['viewport', 'HTML (raw / gzip / br)', 'CSS (raw / gzip / br)', 'total gzip', 'fold at'],
  story.firstScreen.map((f) => [
    f.viewport,
    trio(f.html),
    trio(f.css),
    KB(f.total.gzip),
    `\`${f.foldElement}\``,
  ]),
);

// 3. Lighthouse.
console.error('▶ Lighthouse…');
const lh: { label: string; s: LighthouseSummary }[] = [];
for (const [label, path] of [
  ['story', '/'],
  ['embed', embed?.path ?? EMBED],
] as const)
  for (const ff of ['mobile', 'desktop'] as const) {
    console.error(`  ${label} ${ff}`);
    lh.push({ label: `${label} ${ff}`, s: await lighthouseMedian(site.url + path, ff, RUNS) });
  }
section('Lighthouse');
emit(
  `Median of ${RUNS} run${RUNS === 1 ? '' : 's'} each (mobile: simulated slow 4G and 4× CPU; desktop: Lighthouse's desktop preset).`,
);
emit();
table(
  ['page', 'performance', 'accessibility', 'best practices', 'SEO', 'FCP', 'LCP', 'TBT', 'CLS', 'bytes'],
  lh.map(({ label, s }) => [
    label,
    s.median.performance,
    s.median.accessibility,
    s.median.bestPractices,
    s.median.seo,
    MS(s.median.fcp),
    MS(s.median.lcp),
    MS(s.median.tbt),
    s.median.cls.toFixed(3),
    KB(s.median.totalBytes),
  ]),
);
const lhFailing = [...new Set(lh.flatMap(({ label, s }) => s.failing.map((f) => `${label}: ${f}`)))];
if (lhFailing.length) {
  emit('Audits keeping accessibility or best practices below 100:');
  emit();
  for (const f of lhFailing) emit(`- ${f}`);
  emit();
}

section('Budgets CI enforces');
emit(
  '`npm run check:budgets` (bytes and requests, after the build) and `tests/e2e/budgets.spec.ts` (Lighthouse) fail CI when one breaks.',
);
emit();
{
  const heaviest = [...embeds].sort((a, b) => b.js.gzip - a.js.gzip)[0];
  const externalAll = measured.reduce((n, m) => n + m.external.length, 0);
  const lhStory = lh.find((x) => x.label === 'story mobile')!.s.median;
  const lhEmbed = lh.find((x) => x.label === 'embed mobile')!.s.median;
  const ok = (pass: boolean) => (pass ? '✓' : '✗ broken (CI fails)');
  table(
    ['budget', 'limit', 'now', ''],
    [
      [
        'story page JS, gzip',
        `≤ ${KB(BUDGETS.storyJsGzip)}`,
        KB(story.js.gzip),
        ok(story.js.gzip <= BUDGETS.storyJsGzip),
      ],
      [
        `embed page JS, gzip (heaviest of ${embeds.length}: \`${heaviest?.path ?? '–'}\`)`,
        `≤ ${KB(BUDGETS.embedJsGzip)}`,
        KB(heaviest?.js.gzip ?? Number.NaN),
        ok((heaviest?.js.gzip ?? 0) <= BUDGETS.embedJsGzip),
      ],
      [
        `requests to other hosts (all ${measured.length} pages)`,
        String(BUDGETS.otherHostRequests),
        externalAll,
        ok(externalAll === 0),
      ],
      [
        'Lighthouse accessibility, story / embed',
        String(BUDGETS.lighthouseAccessibility),
        `${lhStory.accessibility} / ${lhEmbed.accessibility}`,
        ok(Math.min(lhStory.accessibility, lhEmbed.accessibility) >= BUDGETS.lighthouseAccessibility),
      ],
      [
        'Lighthouse best practices, story / embed',
        String(BUDGETS.lighthouseBestPractices),
        `${lhStory.bestPractices} / ${lhEmbed.bestPractices}`,
        ok(Math.min(lhStory.bestPractices, lhEmbed.bestPractices) >= BUDGETS.lighthouseBestPractices),
      ],
    ],
  );
}

// 4. Scrolling.
console.error('▶ scrolling the story (4× CPU)…');
const scrolls: ScrollResult[] = [];
for (const viewport of [
  { width: 375, height: 667 },
  { width: 1280, height: 800 },
])
  scrolls.push(await scrollBench(browser, `${site.url}/`, { viewport, cpuSlowdown: 4 }));
section('Scrolling the story, CPU slowed 4×');
emit(
  'A wheel-driven scroll from top to bottom (120 px every 40 ms), then each step brought to the trigger line in turn.',
);
emit();
table(
  [
    'viewport',
    'scrolled',
    'time',
    'long tasks (> 50 ms)',
    'long-task time',
    'longest task',
    'worst frame',
    'p95 frame',
    'frames > 50 ms',
    'step changes',
  ],
  scrolls.map((r) => [
    r.viewport,
    `${B(r.scrollPx)} px`,
    S(r.durationMs),
    r.longTasks,
    MS(r.longTaskTotalMs),
    MS(r.longestTaskMs),
    MS(r.worstFrameMs),
    MS(r.p95FrameMs),
    `${r.framesOver50Ms} of ${r.frames}`,
    r.stepChanges,
  ]),
);
emit(
  "Step transitions (CPU 4×): time from the figure taking the step to the second painted frame after it (the update's main-thread cost), and until its SVG stopped changing.",
);
emit();
const stepRows: string[][] = [];
const [mobileScroll, desktopScroll] = scrolls;
for (const s of desktopScroll?.steps ?? []) {
  const m = mobileScroll?.steps.find((x) => x.step === s.step);
  stepRows.push([
    `\`${s.step}\``,
    s.chart,
    MS(m?.frameMs ?? Number.NaN),
    MS(m?.settleMs ?? Number.NaN),
    MS(s.frameMs),
    MS(s.settleMs),
  ]);
}
table(
  ['step', 'chart', '375×667 to paint', '375×667 settled', '1280×800 to paint', '1280×800 settled'],
  stepRows,
);
const scrollErrors = [...new Set(scrolls.flatMap((r) => r.errors))];
if (scrollErrors.length) {
  emit('Console errors during the scroll:');
  emit();
  for (const e of scrollErrors.slice(0, 10)) emit(`- ${e.slice(0, 200)}`);
  emit();
}

// 5. TimelineJS3 side by side.
console.error('▶ TimelineJS3 comparison…');
const events = (JSON.parse(readFileSync(join(CONTENT, 'data/events.json'), 'utf8')) as { events: never[] })
  .events;
const tlDir = join(WORK, 'timelinejs');
writeTimelineJsSite(tlDir, events);
const tlSite = await serve(tlDir, 4511);
const [tlBytes] = await measurePages(browser, tlDir, [{ file: 'index.html', path: '/', type: 'other' }], {
  firstScreen: [],
});
const tlLh = await lighthouseMedian(`${tlSite.url}/`, 'mobile', RUNS);
const ourLh = lh.find((x) => x.label === 'embed mobile')!.s;
const render: Record<string, { ours: FirstRender; theirs: FirstRender }> = {};
for (const rate of [1, 4]) {
  render[`${rate}×`] = {
    ours: await firstRender(
      browser,
      `${site.url}${embed?.path ?? EMBED}`,
      '.figure svg, svg[data-layout], svg',
      { cpuSlowdown: rate, runs: RUNS },
    ),
    theirs: await firstRender(browser, `${tlSite.url}/`, '.tl-timemarker', { cpuSlowdown: rate, runs: RUNS }),
  };
}
await tlSite.close();
const total = (m: PageBytes) => ({
  raw: m.html.raw + m.css.raw + m.js.raw + m.other.raw,
  gzip: m.html.gzip + m.css.gzip + m.js.gzip + m.other.gzip,
});
const ours = embed!;
const oursTotal = total(ours);
const theirsTotal = total(tlBytes!);
section(`Our timeline embed against TimelineJS3 (${events.length} events)`);
emit(
  `Same events, same browser, same server. TimelineJS3 ${JSON.parse(readFileSync(join(root, 'node_modules/@knight-lab/timelinejs/package.json'), 'utf8')).version} from npm with its documented embed call and default options; its data converted by \`scripts/bench/timelinejs.ts\`. Ratios are TimelineJS ÷ ours.`,
);
emit();
const r1 = render['1×']!;
const r4 = render['4×']!;
table(
  ['', `ours \`${ours.path}\``, 'TimelineJS3', 'ratio'],
  [
    ['bytes loaded, gzip', KB(oursTotal.gzip), KB(theirsTotal.gzip), X(theirsTotal.gzip, oursTotal.gzip)],
    ['bytes loaded, raw', KB(oursTotal.raw), KB(theirsTotal.raw), X(theirsTotal.raw, oursTotal.raw)],
    ['JS, gzip', KB(ours.js.gzip), KB(tlBytes!.js.gzip), X(tlBytes!.js.gzip, ours.js.gzip)],
    ['JS, raw', KB(ours.js.raw), KB(tlBytes!.js.raw), X(tlBytes!.js.raw, ours.js.raw)],
    ['requests (own host)', ours.requests, tlBytes!.requests, X(tlBytes!.requests, ours.requests)],
    ['requests to other hosts (blocked)', ours.external.length, tlBytes!.external.length, '–'],
    [
      'Lighthouse performance, mobile',
      ourLh.median.performance,
      tlLh.median.performance,
      X(tlLh.median.performance, ourLh.median.performance),
    ],
    [
      'Lighthouse LCP, mobile',
      MS(ourLh.median.lcp),
      MS(tlLh.median.lcp),
      X(tlLh.median.lcp, ourLh.median.lcp),
    ],
    [
      'Lighthouse TBT, mobile',
      MS(ourLh.median.tbt),
      MS(tlLh.median.tbt),
      X(tlLh.median.tbt, ourLh.median.tbt),
    ],
    [
      'first render, 1× CPU',
      MS(r1.ours.renderMs),
      MS(r1.theirs.renderMs),
      X(r1.theirs.renderMs, r1.ours.renderMs),
    ],
    [
      'first render, 4× CPU',
      MS(r4.ours.renderMs),
      MS(r4.theirs.renderMs),
      X(r4.theirs.renderMs, r4.ours.renderMs),
    ],
  ],
);
emit(
  "First render: navigation start until the timeline's marks are in the page and a frame has been painted (ours: the build-time SVG; TimelineJS: its first `.tl-timemarker`), median of cold loads at 1280×800.",
);
if (tlBytes!.external.length)
  emit(
    `TimelineJS asked other hosts for: ${[...new Set(tlBytes!.external.map((u) => new URL(u).host))].join(', ')} (blocked here; they are its default web fonts).`,
  );
emit();

await site.close();
await browser.close();

// 6. Timeline render/update (the timeline module's own benchmark).
console.error('▶ timeline layout/render…');
section('Timeline layout and render (build time)');
const tlBench = join(root, 'scripts/bench/timeline.ts');
if (!existsSync(tlBench)) emit('`scripts/bench/timeline.ts` is missing: no figures.');
else {
  const run = spawnSync('npx', ['tsx', tlBench], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, TZ: 'UTC' },
    maxBuffer: 16 * 2 ** 20,
  });
  const lines = (run.stdout ?? '').split('\n').filter((l) => l.includes('\t'));
  if (run.status !== 0 || lines.length < 2)
    emit(`\`scripts/bench/timeline.ts\` failed: ${(run.stderr ?? '').split('\n').slice(-5).join(' ')}`);
  else {
    const head = (run.stdout ?? '').split('\n')[0] ?? '';
    emit(`From \`scripts/bench/timeline.ts\`: ${head.replace(/^timeline benchmark:\s*/, '')}.`);
    emit();
    const [h, ...rows] = lines.map((l) => l.split('\t'));
    table(h!, rows);
  }
}

// 7. Build scaling.
for (const factor of QUICK ? [10] : [10, 50]) {
  console.error(`▶ building synthetic content ${factor}×…`);
  const c = writeSyntheticContent(CONTENT, factor, join(WORK, `content-${factor}x`));
  const r = await buildOnce(`${factor}×`, join(WORK, `dist-${factor}x`), c.dir);
  builds.push({
    label: `synthetic ${factor}×`,
    chapters: c.chapters,
    steps: c.steps,
    events: c.events,
    result: r,
  });
}
section('Build time against content size');
emit(
  '`astro build` wall time (content check, pages, step figures and images). Synthetic content copies every chapter and every event N times, in a temporary folder (CONTENT_DIR).',
);
emit();
const base = builds[0]!.result.wallMs;
table(
  [
    'content',
    'chapters',
    'steps',
    'events',
    'build time',
    '× real',
    'pages',
    'files',
    'dist size',
    'story HTML',
    'peak memory',
  ],
  builds.map(({ label, chapters, steps, events: n, result: r }) => [
    label,
    chapters,
    steps,
    B(n),
    r.ok ? S(r.wallMs) : `failed after ${S(r.wallMs)}: ${r.error}`,
    r.ok ? X(r.wallMs, base) : '–',
    r.pages,
    B(r.files),
    KB(r.distBytes),
    KB(r.storyHtmlBytes),
    `${B(Math.round(r.peakRssMb))} MB`,
  ]),
);

emit(
  `Finished in ${S(Date.now() - started.getTime())}; load average at the end ${loadavg()
    .map((l) => l.toFixed(2))
    .join(', ')}.`,
);
finish(0);

function finish(code: number): never {
  if (!args.has('--no-write')) {
    writeFileSync(join(root, 'BENCHMARKS.md'), `${out.join('\n').trimEnd()}\n`);
    console.error('\nwritten to BENCHMARKS.md');
  }
  process.exit(code);
}
