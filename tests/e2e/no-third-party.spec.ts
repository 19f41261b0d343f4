import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { htmlPages } from '../../scripts/bench/bytes';

/**
 * Every built page, opened in Chromium with request interception: no request may go to any
 * host but the site's own (readers in Russia and China must get the whole page), and the
 * Content-Security-Policy must not block anything the page itself needs (every inline script
 * is hashed). The story is read to the end so lazily loaded chart code is included.
 */
const DIST = process.env.STORY_DIST ?? 'dist';
const built = existsSync(join(DIST, 'index.html'));
const pages = built ? htmlPages(DIST) : [];
test.skip(!built && !process.env.CI, `no ${DIST}/index.html: build the site first`);

test('the build has pages to check', () => {
  expect(pages.map((p) => p.type)).toContain('story');
  expect(pages.map((p) => p.type)).toContain('embed');
});

for (const p of pages) {
  test(`${p.path} (${p.type}) asks no other host for anything and breaks no CSP rule`, async ({
    page,
    baseURL,
  }) => {
    const origin = new URL(baseURL!).origin;
    const external: string[] = [];
    await page.context().route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(`${origin}/`) || url.startsWith('data:') || url.startsWith('blob:'))
        return route.continue();
      external.push(`${route.request().resourceType()} ${url}`);
      return route.abort('blockedbyclient');
    });
    await page.addInitScript(() => {
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        w.__csp.push(
          `${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
        ),
      );
    });
    await page.goto(p.path, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    if (p.type === 'story') {
      await page.evaluate(async () => {
        for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight / 2) {
          window.scrollTo(0, y);
          await new Promise((r) => setTimeout(r, 25));
        }
      });
      await page.waitForLoadState('networkidle');
    }
    expect(external, 'requests to other hosts').toEqual([]);
    expect(
      await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp),
      'CSP violations',
    ).toEqual([]);
    // The page carries the policy: scripts only from the site or by hash, never unsafe-inline.
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toMatch(/script-src 'self'/);
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  });
}
