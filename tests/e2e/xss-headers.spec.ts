import { expect, test } from '@playwright/test';
import { htmlPages } from '../../scripts/bench/bytes';
import { type StaticServer, serveDir } from '../../scripts/bench/server';
import { headersForPath, parseHeadersFile } from '../../src/lib/csp';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The Content-Security-Policy as a static host serves it: the build served with its _headers
 * (scripts/bench/server.ts applies them like Netlify or Cloudflare Pages). Embeds may be framed
 * by any site, the story only by itself, and the policy really stops an inline script.
 */
const DIST = process.env.STORY_DIST ?? 'dist';
let server: StaticServer;
test.skip(
  !existsSync(join(DIST, 'index.html')) && !process.env.CI,
  `no ${DIST}/index.html: build the site first`,
);

test.beforeAll(async () => {
  server = await serveDir(DIST, 0);
});
test.afterAll(async () => {
  await server?.close();
});

test('_headers gives every page the same policy as its <meta>, plus who may frame it', async ({
  request,
}) => {
  const rules = parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'));
  for (const p of htmlPages(DIST)) {
    const html = readFileSync(join(DIST, p.file), 'utf8');
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/
      .exec(html)?.[1]
      ?.replace(/&#39;/g, "'");
    expect(meta, `${p.path} has a CSP <meta>`).toBeTruthy();
    const header = headersForPath(rules, p.path)['Content-Security-Policy'];
    expect(header, `${p.path} has a CSP header rule`).toBe(
      `${meta}; frame-ancestors ${p.type === 'embed' ? '*' : "'self'"}`,
    );
    const res = await request.get(`${server.url}${p.path}`);
    expect(res.headers()['content-security-policy']).toBe(header);
  }
});

test('another site can frame an embed but not the story', async ({ page }) => {
  const embeds = htmlPages(DIST).filter((p) => p.type === 'embed');
  const embed = embeds.find((p) => p.path === '/embed/timeline/') ?? embeds[0]!;
  // A newsroom's page on another origin (another port), framing an embed and the story.
  const dir = mkdtempSync(join(tmpdir(), 'wechat-host-'));
  writeFileSync(
    join(dir, 'host.html'),
    `<!doctype html><title>host</title>
      <iframe id="embed" name="embed" src="${server.url}${embed.path}" width="600" height="400"></iframe>
      <iframe id="story" name="story" src="${server.url}/" width="600" height="400"></iframe>`,
  );
  const host = await serveDir(dir, 0);
  const hostOrigin = host.url;
  try {
    await page.goto(`${hostOrigin}/host.html`, { waitUntil: 'load' });
    await expect(page.frameLocator('#embed').locator('figure svg, figure img').first()).toBeAttached();
    // The story frame is refused: Chromium shows its own error page, without the story in it.
    const story = page
      .frames()
      .find((f) => f.name() === 'story' || (f !== page.mainFrame() && !f.url().includes('/embed/')))!;
    expect(story).toBeTruthy();
    expect(await story.locator('main#story').count()).toBe(0);
    expect(story.url()).not.toBe(`${server.url}/`);
  } finally {
    await host.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the policy blocks a script injected into the page at run time', async ({ page }) => {
  await page.goto(`${server.url}/`);
  const result = await page.evaluate(async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
    const s = document.createElement('script');
    s.textContent = 'window.__xss = 1';
    document.body.append(s);
    const div = document.createElement('div');
    div.innerHTML = '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" onload="window.__xss = 2">';
    document.body.append(div);
    await new Promise((r) => setTimeout(r, 300));
    return { xss: (window as unknown as { __xss?: number }).__xss, violations };
  });
  expect(result.xss).toBeUndefined();
  expect(result.violations.length).toBeGreaterThanOrEqual(2);
  expect(result.violations.join(' ')).toMatch(/script-src/);
});
