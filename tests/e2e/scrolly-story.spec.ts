import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, installTriggerLine, test, scrollToStep } from './support/triggerLine';

/**
 * The scroll engine on the real story and the real charts: every step of every section drives
 * its figure, the charts' browser code runs without errors, and both layouts pass axe.
 * Step ids are read from the page, so wording changes in the chapters do not break it.
 */
async function sections(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-scrolly]')].map((s) => ({
      id: s.id,
      steps: [...s.querySelectorAll<HTMLElement>('[data-step]')].map((x) => x.id),
    })),
  );
}

test('every step of every scrolly section sets its figure, with no script errors', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto('/');
  const all = await sections(page);
  expect(all.length).toBeGreaterThan(0);
  for (const s of all) {
    for (const id of s.steps) {
      await scrollToStep(page, id);
      const fig = page.locator(`#${s.id} .scrolly-figure`);
      await expect(fig).toHaveAttribute('data-active-step', id);
      await expect(fig).toHaveAttribute(
        'data-state',
        (await page.locator(`#${id}`).getAttribute('data-state'))!,
      );
      await expect(page).toHaveURL(new RegExp(`#${id}$`));
    }
  }
  await page.waitForTimeout(800);
  expect(errors).toEqual([]);
});

test('a deep link into the middle of the story and a reload land on that step', async ({ page }) => {
  await page.goto('/');
  const [first] = await sections(page);
  const id = first!.steps.at(-2)!;
  await page.goto(`/?deep=1#${id}`);
  await expect(page.locator(`#${first!.id} .scrolly-figure`)).toHaveAttribute('data-active-step', id);
  await page.reload();
  await expect(page.locator(`#${first!.id} .scrolly-figure`)).toHaveAttribute('data-active-step', id);
});

test('without JavaScript every step has its static figure', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  await installTriggerLine(context);
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.locator('.scrolly-figure').first()).toBeHidden();
  const imgs = page.locator('.scrolly-step .step-figure img');
  const n = await imgs.count();
  expect(n).toBe(await page.locator('.scrolly-step').count());
  for (let i = 0; i < n; i++) {
    const src = (await imgs.nth(i).getAttribute('src'))!;
    const res = await page.request.get(src);
    expect(res.status(), src).toBe(200);
    expect(res.headers()['content-type']).toContain('image/svg+xml');
  }
  // Each one shows, in the wide and the phone drawing: a file the browser cannot read (bad XML)
  // is served fine and still shows as a broken image.
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 800 });
    const broken = await imgs.evaluateAll(async (els) => {
      const out: string[] = [];
      for (const img of els as HTMLImageElement[]) {
        img.loading = 'eager';
        await img.decode().catch(() => undefined);
        if (!img.complete || img.naturalWidth === 0) out.push(img.currentSrc || img.src);
      }
      return out;
    });
    expect(broken, `step figures that do not display at ${width} px`).toEqual([]);
  }
  await context.close();
});

for (const [width, height] of [
  [1280, 800],
  [375, 667],
] as const) {
  test(`axe finds no violations in the scrolly sections at ${width}×${height}`, async ({ page }) => {
    test.setTimeout(240_000); // the real page is large (maps, matrices): axe takes a while per section
    await page.setViewportSize({ width, height });
    await page.goto('/');
    for (const s of await sections(page)) {
      await scrollToStep(page, s.steps[1] ?? s.steps[0]!);
      await page.waitForTimeout(700);
      const results = await new AxeBuilder({ page })
        .include(`#${s.id}`)
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      expect(
        results.violations.map((v) => `${s.id} ${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`),
      ).toEqual([]);
    }
  });
}
