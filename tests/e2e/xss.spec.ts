import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test, scrollToStep } from './support/triggerLine';
import { htmlPages } from '../../scripts/bench/bytes';
import { type StaticServer, serveDir } from '../../scripts/bench/server';
import { XML_ILLEGAL } from '../fixtures/xss/generate';
import { PAYLOADS } from '../fixtures/xss/payloads';

/**
 * The XSS corpus (tests/fixtures/xss/payloads.ts) against a real build: the fixture story puts
 * every payload in every text field of the dataset, in a chapter's prose, title and step alt
 * texts; the embeds get them through their query strings. Each page must show them as text:
 * no dialog, no injected element or handler, no `window.__xss`, no request to another host,
 * no CSP violation. A chapter that writes runnable markup must stop the build instead.
 */
const root = join(import.meta.dirname, '..', '..');
let out: string;
let server: StaticServer;

function build(contentDir: string, outDir: string) {
  return spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      CONTENT_DIR: relative(root, contentDir),
      ASTRO_TELEMETRY_DISABLED: '1',
      TZ: 'UTC',
    },
    timeout: 600_000,
  });
}

test.beforeAll(async () => {
  test.setTimeout(600_000);
  out = mkdtempSync(join(tmpdir(), 'wechat-xss-'));
  const r = build(join(root, 'tests/fixtures/xss'), out);
  expect(r.status, `the XSS fixture story must build:\n${r.stdout}\n${r.stderr}`).toBe(0);
  server = await serveDir(out, 0);
});

test.afterAll(async () => {
  await server?.close();
  if (out) rmSync(out, { recursive: true, force: true });
});

interface Watch {
  dialogs: string[];
  external: string[];
}

async function watch(page: Page): Promise<Watch> {
  const w: Watch = { dialogs: [], external: [] };
  page.on('dialog', (d) => {
    w.dialogs.push(d.message());
    void d.dismiss();
  });
  await page.context().route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${server.url}/`) || url.startsWith('data:') || url.startsWith('blob:'))
      return route.continue();
    w.external.push(url);
    return route.abort('blockedbyclient');
  });
  await page.addInitScript(() => {
    const g = window as unknown as { __csp: string[] };
    g.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      g.__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return w;
}

/** Nothing a payload could have created is in the page. */
async function expectInert(page: Page, w: Watch, where: string) {
  const found = await page.evaluate(() => {
    const bad: string[] = [];
    for (const el of document.querySelectorAll('*')) {
      for (const a of [...el.attributes]) {
        if (/^on/i.test(a.name)) bad.push(`<${el.localName} ${a.name}>`);
        if (
          /^(href|src|xlink:href|action|formaction|data)$/i.test(a.name) &&
          // biome-ignore lint/suspicious/noControlCharactersInRegex: browsers ignore NUL in URLs
          /^\s*(javascript|vbscript|data:text)/i.test(a.value.replace(/[\s\u0000]/g, ''))
        )
          bad.push(`<${el.localName} ${a.name}="${a.value.slice(0, 30)}">`);
      }
      if (el.classList.contains('xss')) bad.push(`<${el.localName} class="xss">`);
    }
    for (const sel of [
      'iframe[srcdoc]',
      'base',
      'object',
      'embed',
      'foreignObject',
      'math',
      'details[open].xss',
      // Our own inputs are the Embed dialog's language choice; any other input was injected.
      'input:not([data-embed-lang])',
      'link[href*="evil"]',
    ])
      for (const el of document.querySelectorAll(sel))
        bad.push(`injected ${sel}: ${el.outerHTML.slice(0, 60)}`);
    for (const s of document.querySelectorAll('script'))
      if (/alert\(|__xss/.test(s.textContent ?? '') && s.type !== 'application/json')
        bad.push(`script: ${(s.textContent ?? '').slice(0, 60)}`);
    const g = window as unknown as { __xss?: unknown; __csp: string[] };
    return { bad, xss: g.__xss, csp: g.__csp };
  });
  expect(w.dialogs, `${where}: dialogs`).toEqual([]);
  expect(found.bad, `${where}: injected elements`).toEqual([]);
  expect(found.xss, `${where}: window.__xss`).toBeUndefined();
  expect(w.external, `${where}: requests to other hosts`).toEqual([]);
  expect(found.csp, `${where}: CSP violations`).toEqual([]);
}

test('the detector itself sees an injected handler, a dialog and a request to another host', async ({
  page,
}) => {
  const w = await watch(page);
  await page.goto(`${server.url}/data/`);
  await page.evaluate(() => {
    document.body.insertAdjacentHTML(
      'beforeend',
      '<img src="https://evil.example/x.png" class="xss" onerror="alert(1)">',
    );
    const img = new Image();
    img.src = 'https://evil.example/y.png';
  });
  await page.waitForTimeout(300);
  await expect(expectInert(page, w, 'self-test')).rejects.toThrow();
  // The policy stopped the request to evil.example before it left the browser.
  expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp.join(' '))).toContain(
    'evil.example',
  );
});

test('a chapter with runnable markup stops the build, naming file, line and problem', async () => {
  test.setTimeout(300_000);
  const content = mkdtempSync(join(tmpdir(), 'wechat-xss-bad-'));
  try {
    cpSync(join(root, 'tests/fixtures/xss/data'), join(content, 'data'), { recursive: true });
    mkdirSync(join(content, 'chapters'));
    writeFileSync(
      join(content, 'chapters', '01-bad.mdx'),
      '---\ntitle: "Bad"\norder: 1\nsummary: "Bad."\ndraft: false\nupdated: 2026-11-29\n---\n\n<script>alert(1)</script>\n\nA [link](javascript:alert(1)).\n\n<img src="x" onerror="alert(1)" />\n',
    );
    const r = build(content, join(content, 'dist'));
    const log = `${r.stdout}\n${r.stderr}`;
    expect(r.status).not.toBe(0);
    expect(log).toMatch(/01-bad\.mdx:9 · record "<script>": <script> is not allowed in a chapter/);
    expect(log).toMatch(
      /01-bad\.mdx:11 · record "\[…\]\(javascript:alert\(1\)\)": links must be web addresses/,
    );
    expect(log).toMatch(/01-bad\.mdx:13 · record "<img>": <img> is not allowed in a chapter/);
  } finally {
    rmSync(content, { recursive: true, force: true });
  }
});

test('the story shows every payload as text, through every step and every opened detail', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const w = await watch(page);
  await page.goto(`${server.url}/`);
  await expectInert(page, w, 'story on load');

  // Every payload that is in the data is shown verbatim (entities not decoded twice, nothing parsed).
  const text = await page.evaluate(() => document.body.textContent ?? '');
  for (const p of PAYLOADS.filter((x) => !XML_ILLEGAL.test(x.text))) expect(text, p.id).toContain(p.text);

  // Step through the timeline (the client redraws labels and callouts) and open event details.
  const steps = await page.locator('[data-scrolly] [data-step]').evaluateAll((els) => els.map((e) => e.id));
  expect(steps.length).toBeGreaterThan(0);
  for (const id of steps) {
    await scrollToStep(page, id);
    await expect(page.locator('.scrolly-figure').first()).toHaveAttribute('data-active-step', id);
    const marks = page.locator('.scrolly-figure svg[data-layout]:visible [data-key]');
    const n = Math.min(await marks.count(), 6);
    for (let i = 0; i < n; i++) {
      await marks
        .nth(i)
        .focus()
        .catch(() => undefined);
      await marks
        .nth(i)
        .click({ force: true, timeout: 2000 })
        .catch(() => undefined);
    }
    await expectInert(page, w, `story at step ${id}`);
  }

  // Links to sources are web links that open without handing over the story page.
  const links = await page.locator('a[href^="http"]').evaluateAll((as) =>
    as.map((a) => ({
      href: a.getAttribute('href')!,
      rel: a.getAttribute('rel') ?? '',
      host: new URL(a.getAttribute('href')!, location.href).host,
    })),
  );
  const out = links.filter((l) => l.host !== new URL(server.url).host && !l.host.startsWith('localhost'));
  expect(out.length).toBeGreaterThan(10);
  for (const l of out) {
    expect(l.href, 'source URLs are http(s)').toMatch(/^https?:\/\//);
    expect(l.rel.split(/\s+/), l.href).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
  }
});

test('every page of the fixture build is inert', async ({ page }) => {
  test.setTimeout(180_000);
  const w = await watch(page);
  for (const p of htmlPages(out)) {
    await page.goto(`${server.url}${p.path}`);
    await page.waitForLoadState('networkidle');
    await expectInert(page, w, p.path);
  }
});

/** Query keys a chart state, a host or a guesser might use. */
const KEYS = [
  'highlight',
  'annotate',
  'focus',
  'countries',
  'country',
  'categories',
  'year',
  'edition',
  'service',
  'services',
  'mechanism',
  'step',
  'state',
  'title',
  'parentUrl',
  'parentTitle',
  'childId',
];

test('embed query strings: every payload in every key falls back to a valid state', async ({ page }) => {
  test.setTimeout(600_000);
  const w = await watch(page);
  const embeds = htmlPages(out).filter((p) => p.type === 'embed');
  expect(embeds.length).toBeGreaterThan(0);
  for (const e of embeds) {
    // Every payload on the timeline embed, a representative five on the others (CI time).
    const payloads = e.path === '/embed/timeline/' ? PAYLOADS : PAYLOADS.filter((_, i) => i % 8 === 0);
    for (const p of payloads) {
      const q = new URLSearchParams();
      for (const k of KEYS) q.set(k, p.text);
      await page.goto(`${server.url}${e.path}?${q}`);
      await page.waitForLoadState('networkidle');
      await expectInert(page, w, `${e.path} ?…=${p.id}`);
      await expect(
        page.locator('figure svg, figure img').first(),
        `${e.path} ${p.id}: the figure is still there`,
      ).toBeAttached();
    }
  }
});
