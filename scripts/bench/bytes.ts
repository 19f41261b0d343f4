/**
 * Bytes shipped per page, measured the way a reader gets them: the built site is served
 * locally, each page is opened in Chromium (the story is scrolled to the end so every lazily
 * loaded chart client is fetched), and every file the browser asked for is weighed from
 * dist/ raw, gzip -9 and brotli q11 (what a static host serves). Deterministic: the same build
 * always gives the same numbers. Used by `npm run bench` and by `npm run check:budgets`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { scriptElements } from '../../src/lib/csp';
import { newContext } from './browser';
import { serveDir } from './server';
import { EDITIONS } from '../../src/lib/i18n/locales';

export interface Sizes {
  raw: number;
  gzip: number;
  br: number;
}

export const ZERO: Sizes = { raw: 0, gzip: 0, br: 0 };

export function sizesOf(data: Buffer | string): Sizes {
  const buf = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  return {
    raw: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    br: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

export function addSizes(...all: Sizes[]): Sizes {
  return all.reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, br: a.br + b.br }), ZERO);
}

export type PageType = 'story' | 'embed' | 'previewer' | 'other';

/** What kind of page a URL path is. */
export function pageType(path: string): PageType {
  // The story in every edition: English at /, the translations at /ru/ and /zh/.
  if (path === '/' || EDITIONS.some((l) => path === `/${l}/`)) return 'story';
  if (/preview/.test(path)) return 'previewer';
  // Every edition's embeds (/ru/embed/…) are embeds too.
  if (new RegExp(`^/(?:(?:${EDITIONS.join('|')})/)?embed/.+/`).test(path)) return 'embed';
  return 'other';
}

export interface HtmlPage {
  /** Path from dist/, e.g. `embed/timeline/index.html`. */
  file: string;
  /** URL path, e.g. `/embed/timeline/`. */
  path: string;
  type: PageType;
}

/** Every HTML page of a build, story first. */
export function htmlPages(dist: string): HtmlPage[] {
  const files = readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.html'))
    .map((d) => relative(dist, join(d.parentPath, d.name)).split('\\').join('/'));
  const order: PageType[] = ['story', 'embed', 'previewer', 'other'];
  return files
    .map((file) => {
      const path =
        file === 'index.html'
          ? '/'
          : file.endsWith('/index.html')
            ? `/${file.slice(0, -'index.html'.length)}`
            : `/${file}`;
      return { file, path, type: pageType(path) };
    })
    .sort((a, b) => order.indexOf(a.type) - order.indexOf(b.type) || a.path.localeCompare(b.path));
}

export interface FirstScreen {
  viewport: string;
  /** Bytes of HTML up to the first element that starts below the fold. */
  html: Sizes;
  /** Render-blocking CSS (every stylesheet the page links, and inline <style>). */
  css: Sizes;
  total: Sizes;
  /** The element where the first screen ends, for the record. */
  foldElement: string;
}

export interface PageBytes {
  path: string;
  type: PageType;
  html: Sizes;
  css: Sizes;
  /** External scripts (static and dynamic imports actually fetched) plus inline scripts. */
  js: Sizes;
  jsInline: Sizes;
  other: Sizes;
  jsFiles: string[];
  cssFiles: string[];
  otherFiles: string[];
  /** Same-origin requests the page made (document included). */
  requests: number;
  /** Requests to any other host (blocked; must be empty). */
  external: string[];
  /** Same-origin requests that failed (404 and the like). */
  failed: string[];
  firstScreen: FirstScreen[];
}

export interface MeasureOptions {
  /** Viewports to measure the first screen at; default mobile 375×667 and desktop 1280×800. */
  firstScreen?: { width: number; height: number }[];
}

/** Opens each page of `dist` in Chromium and weighs what it loads. */
export async function measurePages(
  browser: Browser,
  dist: string,
  pages: HtmlPage[],
  opts: MeasureOptions = {},
): Promise<PageBytes[]> {
  const server = await serveDir(dist, 0, { compress: false });
  try {
    const out: PageBytes[] = [];
    for (const p of pages) out.push(await measurePage(browser, dist, server.url, p, opts));
    return out;
  } finally {
    await server.close();
  }
}

function fileForUrl(dist: string, origin: string, url: string): string | undefined {
  const u = new URL(url);
  if (u.origin !== origin) return undefined;
  let p = decodeURIComponent(u.pathname);
  if (p.endsWith('/')) p += 'index.html';
  const f = join(dist, p);
  return existsSync(f) ? f : undefined;
}

async function measurePage(
  browser: Browser,
  dist: string,
  origin: string,
  p: HtmlPage,
  opts: MeasureOptions,
): Promise<PageBytes> {
  const context = await newContext(browser, {
    viewport: { width: 1280, height: 800 },
    serviceWorkers: 'block',
  });
  const seen = new Map<string, string>(); // url → resourceType
  const external: string[] = [];
  const failed: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`) || url === origin) return route.continue();
    if (url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    external.push(url);
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  page.on('request', (r) => {
    if (r.url().startsWith(origin)) seen.set(r.url().split('#')[0]!, r.resourceType());
  });
  page.on('requestfailed', (r) => {
    if (r.url().startsWith(origin)) failed.push(r.url());
  });
  page.on('response', (r) => {
    if (r.url().startsWith(origin) && r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  await page.goto(origin + p.path, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  if (p.type === 'story') await scrollToEnd(page);
  await page.waitForLoadState('networkidle');
  await context.close();

  const htmlFile = join(dist, p.file);
  const htmlText = readFileSync(htmlFile, 'utf8');
  const inline = scriptElements(htmlText)
    .filter(
      (s) =>
        !('src' in s.attrs) &&
        (s.attrs.type ?? '') !== 'application/json' &&
        !/json/.test(s.attrs.type ?? ''),
    )
    .map((s) => s.body)
    .join('\n');
  const jsFiles: string[] = [];
  const cssFiles: string[] = [];
  const otherFiles: string[] = [];
  for (const [url, type] of seen) {
    const f = fileForUrl(dist, origin, url);
    if (!f || f === htmlFile) continue;
    const rel = relative(dist, f);
    if (type === 'script' || f.endsWith('.js')) jsFiles.push(rel);
    else if (type === 'stylesheet' || f.endsWith('.css')) cssFiles.push(rel);
    else otherFiles.push(rel);
  }
  const weigh = (files: string[]) =>
    addSizes(...[...new Set(files)].map((f) => sizesOf(readFileSync(join(dist, f)))));
  const jsInline = inline ? sizesOf(inline) : ZERO;
  const result: PageBytes = {
    path: p.path,
    type: p.type,
    html: sizesOf(htmlText),
    css: weigh(cssFiles),
    js: addSizes(weigh(jsFiles), jsInline),
    jsInline,
    other: weigh(otherFiles),
    jsFiles: jsFiles.sort(),
    cssFiles: cssFiles.sort(),
    otherFiles: otherFiles.sort(),
    requests: seen.size,
    external,
    failed,
    firstScreen: [],
  };
  if (p.type === 'story')
    for (const vp of opts.firstScreen ?? [
      { width: 375, height: 667 },
      { width: 1280, height: 800 },
    ])
      result.firstScreen.push(await firstScreen(browser, dist, origin, p, htmlText, vp));
  return result;
}

/** Scrolls to the bottom of the page in half-screen steps, letting lazy loads start. */
export async function scrollToEnd(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
    for (let guard = 0; guard < 2000; guard++) {
      const before = window.scrollY;
      window.scrollBy(0, Math.round(window.innerHeight / 2));
      await wait(30);
      if (window.scrollY === before) break;
    }
    await wait(300);
  });
}

/** Offsets of the start tags of a document, in order (comments and raw-text bodies skipped). */
export function startTagOffsets(html: string): { name: string; offset: number }[] {
  const blank = (s: string) => ' '.repeat(s.length);
  const text = html
    .replace(/<!--[\s\S]*?-->/g, blank)
    .replace(
      /(<(script|style|textarea|title)\b[^>]*>)([\s\S]*?)(<\/\2\s*>)/gi,
      (_a, o: string, _t, b: string, c: string) => o + blank(b) + c,
    );
  return [...text.matchAll(/<([a-zA-Z][^\s/>]*)/g)].map((m) => ({
    name: m[1]!.toLowerCase(),
    offset: m.index,
  }));
}

async function firstScreen(
  browser: Browser,
  dist: string,
  origin: string,
  p: HtmlPage,
  html: string,
  vp: { width: number; height: number },
): Promise<FirstScreen> {
  const context = await newContext(browser, {
    viewport: vp,
    isMobile: vp.width < 600,
    hasTouch: vp.width < 600,
  });
  await context.route('**/*', (r) => (r.request().url().startsWith(origin) ? r.continue() : r.abort()));
  const page = await context.newPage();
  await page.goto(origin + p.path, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready);
  const fold = await page.evaluate(() => {
    const all = document.querySelectorAll('*');
    for (let i = 0; i < all.length; i++) {
      const el = all[i]!;
      if (!document.body.contains(el) || el === document.body) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.top + window.scrollY >= window.innerHeight)
        return {
          index: i,
          name: el.tagName.toLowerCase(),
          label: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(/\s+/)[0]}` : ''}`,
        };
    }
    return { index: -1, name: '', label: '(whole page fits)' };
  });
  const cssHrefs = await page.evaluate(() =>
    [...document.querySelectorAll('link[rel~="stylesheet"]')].map((l) => (l as HTMLLinkElement).href),
  );
  await context.close();

  const tags = startTagOffsets(html);
  let end = html.length;
  if (fold.index >= 0) {
    // DOM order equals source order for the explicit markup Astro writes; check the tag name and
    // look nearby if an implied element shifted the count.
    let i = fold.index;
    if (tags[i]?.name !== fold.name) {
      const near = [0, 1, -1, 2, -2, 3, -3]
        .map((d) => fold.index + d)
        .find((k) => tags[k]?.name === fold.name);
      if (near !== undefined) i = near;
    }
    end = tags[i]?.offset ?? html.length;
  }
  const css = addSizes(
    ...cssHrefs
      .map((h) => fileForUrl(dist, origin, h))
      .filter((f): f is string => !!f)
      .map((f) => sizesOf(readFileSync(f))),
  );
  const htmlPart = sizesOf(html.slice(0, end));
  return {
    viewport: `${vp.width}×${vp.height}`,
    html: htmlPart,
    css,
    total: addSizes(htmlPart, css),
    foldElement: fold.label,
  };
}
