import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

// The story page as a reader first meets it: every chapter, the table of contents, the sources.
test.describe('story page', () => {
  test('renders every chapter, the table of contents and the sources without errors or outside requests', async ({
    page,
    baseURL,
  }) => {
    const errors: string[] = [];
    const outside: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('request', (r) => {
      const u = new URL(r.url());
      if (!['data:', 'blob:'].includes(u.protocol) && u.origin !== new URL(baseURL!).origin)
        outside.push(r.url());
    });
    await page.goto('/');
    await expect(page.locator('h1')).toHaveCount(1);
    const chapters = page.locator('main section.chapter');
    const count = await chapters.count();
    expect(count).toBeGreaterThanOrEqual(8);
    const toc = page.locator('nav.toc a');
    await expect(toc).toHaveCount(count);
    for (let i = 0; i < count; i++) {
      const href = await toc.nth(i).getAttribute('href');
      await expect(page.locator(`section.chapter${href}`)).toHaveCount(1);
    }
    await expect(page.locator('.sources-list li').first()).toBeVisible();
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForTimeout(300);
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
  });

  test('every citation number links to an entry in the sources list', async ({ page }) => {
    await page.goto('/');
    const targets = await page
      .locator('sup.cite a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(targets.length).toBeGreaterThan(50);
    for (const t of new Set(targets)) await expect(page.locator(t!)).toHaveCount(1);
  });

  test('the corrections and sources are laid out only when the reader nears them; a citation still lands on its entry', async ({
    page,
  }) => {
    await page.goto('/');
    // Inside a subtree the browser skips (content-visibility: auto, off screen), checkVisibility is false.
    const laidOut = () =>
      page.evaluate(() =>
        ['.corrections li', '.sources li'].map((s) =>
          document.querySelector(s)!.checkVisibility({ contentVisibilityAuto: true }),
        ),
      );
    expect(await laidOut(), 'skipped at load').toEqual([false, false]);
    const cite = page.locator('sup.cite a').nth(5);
    const target = page.locator((await cite.getAttribute('href'))!);
    await cite.scrollIntoViewIfNeeded();
    await cite.click();
    await expect(target).toBeInViewport();
    await expect.poll(() => target.evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(200);
    expect((await laidOut())[1], 'rendered once reached').toBe(true);
    // Still there for assistive technology and find-in-page while skipped.
    await page.goto('/');
    const snapshot = await page.locator('.sources').ariaSnapshot();
    expect(snapshot).toContain('listitem');
  });

  test('source links open safely', async ({ page }) => {
    await page.goto('/');
    const rels = await page
      .locator('.sources-list a[target="_blank"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('rel')));
    expect(rels.length).toBeGreaterThan(0);
    for (const r of rels) expect(r).toContain('noopener');
  });

  test('has no axe violations', async ({ page }) => {
    await page.goto('/');
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
  });

  test('the data page lists downloads that exist', async ({ page, request }) => {
    await page.goto('/data/');
    const links = await page
      .locator('.downloads a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(links.length).toBe(6);
    for (const l of links) expect((await request.get(l)).ok()).toBe(true);
    const csv = await (await request.get('/data/events.csv')).text();
    expect(csv.split('\r\n')[0]).toMatch(/^id,date,precision,country,category/);
  });

  for (const [edition, lang, script] of [
    ['ru', 'ru', /[А-Яа-яЁё]/],
    ['zh', 'zh-Hans', /[\u4e00-\u9fff]/],
  ] as const) {
    test(`/${edition}/data/ lists the edition's downloads: same ids, dates, numbers and sources as English, the edition's text`, async ({
      page,
      request,
    }) => {
      await page.goto(`/${edition}/data/`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('h1')).toHaveText(script);
      const links = await page
        .locator('.downloads a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      expect(links.length).toBe(6);
      for (const l of links) {
        expect(l.startsWith(`/${edition}/data/`), l).toBe(true);
        expect((await request.get(l)).ok(), l).toBe(true);
      }
      // Reciprocal alternates, and the Dataset says which language it is in.
      const alternates = await page
        .locator('link[rel="alternate"][hreflang]')
        .evaluateAll((ls) =>
          ls.map((l) => `${l.getAttribute('hreflang')} ${new URL(l.getAttribute('href')!).pathname}`),
        );
      expect(alternates.sort()).toEqual([
        'en /data/',
        'ru /ru/data/',
        'x-default /data/',
        'zh-Hans /zh/data/',
      ]);
      const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
      expect(ld.inLanguage).toBe(lang);
      expect(ld.distribution.map((d: { contentUrl: string }) => new URL(d.contentUrl).pathname)).toEqual(
        links,
      );

      type Sourced = { id: string; date: string; sources: { url: string }[]; title: string };
      const get = async (path: string) => (await (await request.get(path)).json()) as Sourced[];
      for (const file of ['events.json', 'figures.json']) {
        const en = await get(`/data/${file}`);
        const ed = await get(`/${edition}/data/${file}`);
        const facts = (rs: Sourced[]) =>
          rs.map(({ title: _, ...r }) =>
            JSON.stringify([r.id, r.date, r.sources.map((x) => x.url), (r as { value?: number }).value]),
          );
        expect(facts(ed), `${file}: ids, dates, numbers and source URLs`).toEqual(facts(en));
        // Every title is in the edition's script (an untranslated one stays English: the content check reports it).
        const translated = ed.filter((r) => script.test(r.title)).length;
        expect(translated, `${file}: titles in ${lang}`).toBe(ed.length);
      }
      const text = async (path: string) => (await request.get(path)).text();
      const enCsv = await text('/data/freedom-on-the-net.csv');
      const edCsv = await text(`/${edition}/data/freedom-on-the-net.csv`);
      const rows = (csv: string) => csv.trim().split('\r\n');
      expect(rows(edCsv)[0], 'the same column names').toBe(rows(enCsv)[0]);
      expect(rows(edCsv).length).toBe(rows(enCsv).length);
      // Country names are the edition's; id, country code, edition year and score are the same.
      type Scores = {
        scores: { id: string; country: string; edition: number; score: number; countryName: string }[];
      };
      const fotn = async (path: string) => (await (await request.get(path)).json()) as Scores;
      const enFotn = await fotn('/data/freedom-on-the-net.json');
      const edFotn = await fotn(`/${edition}/data/freedom-on-the-net.json`);
      const scores = (f: Scores) => f.scores.map((x) => [x.id, x.country, x.edition, x.score]);
      expect(scores(edFotn)).toEqual(scores(enFotn));
      expect(edFotn.scores.find((x) => x.country === 'RU')?.countryName).toMatch(script);
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
    });
  }

  test('the social card is a PNG of our own chart, served by the site', async ({ page, request }) => {
    await page.goto('/');
    const image = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect(image).toMatch(/\/figures\/[a-z0-9-]+\.png$/);
    const res = await request.get(new URL(image!).pathname);
    expect(res.ok()).toBe(true);
    expect(res.headers()['content-type']).toContain('image/png');
    expect((await res.body()).subarray(1, 4).toString()).toBe('PNG');
  });
});
