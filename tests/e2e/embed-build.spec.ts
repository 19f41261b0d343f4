/**
 * Build checks for embeds, run by Playwright after `astro build`: they read dist/ (or $EMBED_DIST)
 * and, for the byte budget, load the built pages.
 *   - every chart has an embed page without site chrome, an SVG and a PNG, and a valid oEmbed JSON
 *   - the story and every embed page point to their oEmbed JSON
 *   - every story step has a PNG next to its SVG
 *   - the same for each edition (/ru/, /zh/): its language, its story links, its own oEmbed JSON
 *   - each edition's chapter steppers: the English sections and step ids, the edition's words,
 *     figures, source links and oEmbed JSON
 *   - the JavaScript one embed page loads (default and stepper ≤ 3 KB gzip in every edition),
 *     reported per chart
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { type BrowserContext, expect, test } from '@playwright/test';

const DIST = process.env.EMBED_DIST ?? fileURLToPath(new URL('../../dist/', import.meta.url));
const CHARTS = ['timeline', 'world-map', 'country-panels', 'service-matrix', 'mechanism-matrix'];
/** A valid state other than the default for each chart, to load the state code. */
const STATE_QUERY: Record<string, string> = {
  timeline: '?focus=2017-04-25,2017-05-20&highlight=ru-wechat-block-2017',
  'world-map': '?year=2017&highlight=KZ',
  'country-panels': '?year=2017',
  'service-matrix': '?date=2017-05-04&highlight=wechat',
  'mechanism-matrix': '?date=2017-05-04',
};
/** The default embed (no state in its URL) and a stepper load only their own small scripts, in every edition. */
const DEFAULT_BUDGET_GZIP = 3 * 1024;
/**
 * Each edition: its folder in dist/ ('' for English at the root), `lang`, and the words its
 * embed's source line starts with (src/i18n/<locale>/embed.json).
 */
const EDITIONS = [
  { dir: '', lang: 'en', source: 'Source:' },
  { dir: 'ru/', lang: 'ru', source: 'Источник:' },
  { dir: 'zh/', lang: 'zh-Hans', source: '来源：' },
];

const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
const attr = (tag: string, name: string) => new RegExp(`${name}="([^"]*)"`).exec(tag)?.[1];
const unescapeHtml = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string): { width: number; height: number } {
  const b = readFileSync(join(DIST, path));
  expect(b.subarray(0, 8).toString('hex'), `${path} is a PNG`).toBe('89504e470d0a1a0a');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/** The site path a dist-absolute URL points to (`http://…/oembed/x.json` → `oembed/x.json`). */
const distPath = (url: string) =>
  decodeURIComponent(new URL(url, 'http://site.invalid').pathname).replace(/^\//, '');

/** The chapters with a stepper in an edition ('' for English, 'ru/', 'zh/'), sorted. */
function chapterEmbeds(edition: string): string[] {
  const dir = join(DIST, edition, 'embed/chapter');
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((d) => existsSync(join(dir, d, 'index.html')))
        .sort()
    : [];
}

test.describe('embeds in the build', () => {
  test.skip(!existsSync(join(DIST, 'index.html')) && !process.env.CI, `no build in ${DIST}`);

  for (const { dir, lang, source } of EDITIONS)
    for (const id of CHARTS) {
      test(`/${dir}embed/${id}/: embed page without chrome in its language, SVG, PNG and the edition's oEmbed JSON`, () => {
        const html = read(`${dir}embed/${id}/index.html`);
        expect(html).toMatch(new RegExp(`<html lang="${lang}"`));
        // Chrome-free: no story header, navigation, table of contents or skip link in the markup
        // (the inline stylesheet, shared with the story, names their classes).
        const markup = html.replace(/<style[^>]*>[\s\S]*?<\/style>/g, '');
        for (const chrome of ['<nav', 'story-header', 'class="toc', 'skip-link', 'id="story"'])
          expect(markup, `no ${chrome}`).not.toContain(chrome);
        expect(html).toMatch(/<meta name="robots" content="noindex"/);
        const canonical = new URL(
          /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1] ?? 'http://x.invalid/',
        );
        expect(
          `${canonical.pathname}${canonical.hash}`,
          "canonical to the chart in the edition's story",
        ).toMatch(new RegExp(`^/${dir}#[a-z0-9-]+$`));
        // Pre-rendered default state, complete without scripts.
        expect(html).toMatch(/<svg[^>]+data-layout="wide"/);
        expect(html).toContain(`data-embed-chart="${id}"`);
        expect(html).toMatch(
          new RegExp(`class="embed-source"[\\s\\S]*${source}[\\s\\S]*href="/${dir}#[^"]+" target="_blank"`),
        );

        const svg = read(`${dir}embed/${id}/image.svg`);
        expect(svg).toMatch(/^<\?xml[^>]*>\s*<svg[^>]+xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
        expect(svg).toMatch(/<title>[^<]{10,}<\/title>/);
        const png = pngSize(`${dir}embed/${id}/image.png`);
        expect(png.width).toBe(1200);
        expect(png.height).toBeGreaterThan(200);
        expect(
          readFileSync(join(DIST, `${dir}embed/${id}/image.png`)).length,
          'a PNG with content',
        ).toBeGreaterThan(15_000);

        const link = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(html)?.[1];
        expect(link, 'oEmbed discovery link').toBeTruthy();
        expect(distPath(link!)).toBe(`${dir}oembed/${id}.json`);
        const o = JSON.parse(read(`${dir}oembed/${id}.json`)) as Record<string, unknown>;
        expect(o.type).toBe('rich');
        expect(o.version).toBe('1.0');
        for (const k of ['title', 'provider_name', 'provider_url', 'html', 'thumbnail_url'])
          expect(typeof o[k], k).toBe('string');
        for (const k of ['width', 'height', 'thumbnail_width', 'thumbnail_height']) {
          expect(Number.isInteger(o[k]), `${k} is a whole number`).toBe(true);
          expect(o[k] as number).toBeGreaterThan(0);
        }
        const snippet = o.html as string;
        const div = /<div [^>]*data-embed-src="[^"]+"[^>]*>/.exec(snippet)?.[0] ?? '';
        expect(distPath(unescapeHtml(attr(div, 'data-embed-src') ?? ''))).toBe(`${dir}embed/${id}/`);
        expect(attr(div, 'data-embed-title')).toBeTruthy();
        expect(snippet).toMatch(/<script async src="[^"]+\/embed\.js"><\/script>/);
        expect(snippet).toMatch(
          new RegExp(
            `<noscript><a href="[^"]+/${dir}#[^"]+"><img src="[^"]+/${dir}embed/${id}/image\\.png"[^>]+alt="[^"]{10,}"`,
          ),
        );
        expect(existsSync(join(DIST, distPath(o.thumbnail_url as string))), 'thumbnail exists').toBe(true);
        expect(pngSize(distPath(o.thumbnail_url as string))).toEqual({
          width: o.thumbnail_width,
          height: o.thumbnail_height,
        });
        expect(existsSync(join(DIST, 'embed.js'))).toBe(true);
      });
    }

  const stepIds = (html: string) =>
    [...html.matchAll(/<li class="stepper-step" id="([^"]+)"/g)].map((m) => m[1]);
  for (const { dir, lang } of EDITIONS)
    test(`chapter steppers in /${dir}: an embed page in its language and the edition's oEmbed JSON for each chapter with a scrolly section`, () => {
      const chapters = chapterEmbeds(dir);
      expect(chapters.length).toBeGreaterThanOrEqual(4);
      // The same sections in every edition, with the English step ids (a link to a step works in each).
      expect(chapters).toEqual(chapterEmbeds(''));
      for (const c of chapters) {
        const html = read(`${dir}embed/chapter/${c}/index.html`);
        expect(html).toMatch(new RegExp(`<html lang="${lang}"`));
        expect(html).toMatch(/<meta name="robots" content="noindex"/);
        expect(html).toMatch(/<section class="stepper"[^>]*data-stepper/);
        expect(stepIds(html)).toEqual(stepIds(read(`embed/chapter/${c}/index.html`)));
        const canonical = new URL(
          /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1] ?? 'http://x.invalid/',
        );
        expect(
          `${canonical.pathname}${canonical.hash}`,
          "canonical to the section in the edition's story",
        ).toMatch(new RegExp(`^/${dir}#[a-z0-9-]+$`));
        // Without scripts every step is there, each with the edition's static figure and its prose.
        const steps = html.match(/<li class="stepper-step"/g)?.length ?? 0;
        expect(steps).toBeGreaterThanOrEqual(2);
        expect(
          html.match(
            new RegExp(
              `<li class="stepper-step"[\\s\\S]*?<img src="/${dir}figures/[^"]+\\.svg"[^>]+alt="[^"]{10,}"`,
              'g',
            ),
          )?.length,
        ).toBe(steps);
        // Citation numbers open the edition's source list.
        for (const m of html.matchAll(/<sup class="cite">[\s\S]*?<\/sup>/g))
          for (const href of m[0].matchAll(/href="([^"]+)"/g))
            expect(href[1]).toMatch(new RegExp(`^/${dir}#source-`));
        expect(html).toMatch(new RegExp(`class="embed-source"[\\s\\S]*href="/${dir}#[^"]+" target="_blank"`));

        const link = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(html)?.[1];
        expect(distPath(link ?? ''), 'oEmbed discovery link').toBe(`${dir}oembed/chapter-${c}.json`);
        const o = JSON.parse(read(`${dir}oembed/chapter-${c}.json`)) as Record<string, unknown>;
        expect([o.type, o.version]).toEqual(['rich', '1.0']);
        const snippet = o.html as string;
        const div = /<div [^>]*data-embed-src="[^"]+"[^>]*>/.exec(snippet)?.[0] ?? '';
        expect(distPath(unescapeHtml(attr(div, 'data-embed-src') ?? ''))).toBe(`${dir}embed/chapter/${c}/`);
        expect(snippet).toMatch(
          new RegExp(
            `<noscript><a href="[^"]+/${dir}#[^"]+"><img src="[^"]+/${dir}figures/[^"]+\\.png"[^>]+alt="[^"]{10,}"`,
          ),
        );
        expect(distPath(o.thumbnail_url as string)).toMatch(new RegExp(`^${dir}figures/`));
        expect(existsSync(join(DIST, distPath(o.thumbnail_url as string)))).toBe(true);
      }
    });

  // Each edition's story page (built once the editions' story routes exist) announces its own oEmbed.
  for (const { dir } of EDITIONS.filter((e) => !e.dir || existsSync(join(DIST, e.dir, 'index.html'))))
    test(`the story page /${dir} offers oEmbed discovery for its charts, in its edition`, () => {
      const html = read(`${dir}index.html`);
      const links = [
        ...html.matchAll(/<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/g),
      ].map((m) => distPath(m[1]!));
      expect(links.length, 'oEmbed <link>s in the story head').toBeGreaterThanOrEqual(CHARTS.length);
      for (const id of CHARTS) expect(links).toContain(`${dir}oembed/${id}.json`);
      for (const c of chapterEmbeds(dir)) expect(links).toContain(`${dir}oembed/chapter-${c}.json`);
      for (const l of links) expect(existsSync(join(DIST, l)), l).toBe(true);
    });

  for (const { dir } of EDITIONS)
    test(`/${dir}: one Embed dialog for the page; each Embed button names its figure's record, with every edition`, () => {
      const html = read(`${dir}index.html`);
      // Seven near-copies of the dialog (70 kB of the story's HTML) became one, filled on open.
      expect(html.match(/<dialog\b/g) ?? []).toHaveLength(1);
      const buttons = [...html.matchAll(/<button[^>]*data-embed-open="([^"]+)"[^>]*>/g)];
      expect(buttons.length, 'Embed buttons').toBeGreaterThanOrEqual(CHARTS.length);
      for (const [tag, dialogId] of buttons) {
        expect(html, tag).toContain(`<dialog class="embed-dialog sans" id="${dialogId}"`);
        const recordId = attr(tag!, 'data-embed-record');
        const json = new RegExp(
          `<script type="application/json" id="${recordId}"[^>]*>([^<]*)</script>`,
        ).exec(html)?.[1];
        expect(json, `record ${recordId}`).toBeTruthy();
        const record = JSON.parse(json!) as {
          name: string;
          editions: Record<string, Record<string, string>>;
        };
        expect(record.name).not.toBe('');
        expect(Object.keys(record.editions).sort()).toEqual(['en', 'ru', 'zh']);
        for (const [lang, e] of Object.entries(record.editions)) {
          expect(e.script, `${recordId} ${lang}`).toMatch(/^<div data-embed-src="/);
          expect(e.iframe, `${recordId} ${lang}`).toMatch(/^<iframe src="/);
          expect(existsSync(join(DIST, distPath(e.page!), 'index.html')), e.page).toBe(true);
          expect(existsSync(join(DIST, distPath(e.png!))), e.png).toBe(true);
        }
      }
    });

  test('every story step has a PNG beside its SVG, for social cards and noscript', () => {
    const svgs = readdirSync(join(DIST, 'figures')).filter((f) => f.endsWith('.svg'));
    expect(svgs.length).toBeGreaterThan(10);
    for (const f of svgs) expect(pngSize(`figures/${f.replace(/\.svg$/, '.png')}`).width).toBe(1200);
  });
});

/** JS bytes a page loads: every script response plus inline scripts, raw and gzip -9. */
async function jsBytes(
  context: BrowserContext,
  path: string,
): Promise<{ raw: number; gzip: number; files: string[] }> {
  const page = await context.newPage();
  const bodies: Buffer[] = [];
  const files: string[] = [];
  const pending: Promise<void>[] = [];
  page.on('response', (r) => {
    const type = r.headers()['content-type'] ?? '';
    if (r.status() >= 300 && r.status() < 400) return;
    if (r.request().resourceType() === 'script' || type.includes('javascript'))
      pending.push(
        r.body().then((b) => {
          bodies.push(b);
          files.push(new URL(r.url()).pathname);
        }),
      );
  });
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  const inline = await page
    .locator('script:not([src])')
    .evaluateAll((ss) =>
      ss
        .filter((s) => !s.getAttribute('type') || s.getAttribute('type') === 'module')
        .map((s) => s.textContent ?? ''),
    );
  await page.close();
  for (const s of inline) bodies.push(Buffer.from(s));
  const all = Buffer.concat(bodies);
  // Each file is compressed on its own when served; sum the parts.
  const gzip = bodies.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0);
  return { raw: all.length, gzip, files: [...files, ...inline.map((_, i) => `(inline ${i + 1})`)] };
}

test.describe('embed JavaScript budget', () => {
  test('a default embed loads at most 3 KB of JavaScript (gzip) in every edition, a stepper too; a URL with a state is reported', async ({
    context,
  }) => {
    test.setTimeout(180_000);
    const rows: string[] = [];
    for (const { dir } of EDITIONS)
      for (const id of CHARTS) {
        const plain = await jsBytes(context, `/${dir}embed/${id}/`);
        expect(plain.gzip, `/${dir}embed/${id}/: default embed JS (gzip)`).toBeLessThanOrEqual(
          DEFAULT_BUDGET_GZIP,
        );
        if (dir) {
          rows.push(`/${dir}${id.padEnd(14)} default ${(plain.gzip / 1024).toFixed(1)} KB gzip`);
          continue;
        }
        const withState = await jsBytes(context, `/embed/${id}/${STATE_QUERY[id]}`);
        rows.push(
          `${id.padEnd(17)} default ${(plain.raw / 1024).toFixed(1)} KB raw / ${(plain.gzip / 1024).toFixed(1)} KB gzip` +
            ` · with a state ${(withState.raw / 1024).toFixed(1)} KB raw / ${(withState.gzip / 1024).toFixed(1)} KB gzip (${withState.files.length} files)`,
        );
      }
    for (const { dir } of EDITIONS) {
      const path = `/${dir}embed/chapter/the-week-wechat-went-dark/`;
      const stepper = await jsBytes(context, path);
      rows.push(
        `/${dir}chapter stepper ${(stepper.raw / 1024).toFixed(1)} KB raw / ${(stepper.gzip / 1024).toFixed(1)} KB gzip`,
      );
      expect(stepper.gzip, `${path}: stepper JS (gzip)`).toBeLessThanOrEqual(DEFAULT_BUDGET_GZIP);
    }
    const report = rows.join('\n');
    console.log(`Embed JavaScript:\n${report}`);
    test.info().annotations.push({ type: 'embed-js', description: report });
  });
});
