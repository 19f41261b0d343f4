import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, installTriggerLine, test } from './support/triggerLine';

/**
 * The comparison maps on the built story: the country panels walk through Freedom on the Net
 * editions (chapter "The scoreboard", section #fotn-scores), the services matrix through dates
 * (#blocked-services), the mechanisms matrix through dates (#control-toolkits); the world map
 * moves between years on its embed route. Selectors come from src/mdx (Scrolly, Step, Chart).
 */

const figure = (page: Page, section: string) => page.locator(`#${section} .scrolly-figure`);
const visibleSvg = (page: Page, section: string) => figure(page, section).locator('svg[data-layout]:visible');

/** Scrolls like a reader (wheel events) until the step's top has crossed the section's trigger line. */
async function wheelToStep(page: Page, id: string) {
  const target = await page.evaluate((id) => {
    const el = document.getElementById(id)!;
    const section = el.closest<HTMLElement>('[data-scrolly]')!;
    return Math.round(
      el.getBoundingClientRect().top + window.scrollY - window.scrollyTriggerLine(section) + 20,
    );
  }, id);
  const now = await page.evaluate(() => window.scrollY);
  await page.mouse.wheel(0, target - now);
  await expect
    .poll(() => page.evaluate(() => window.scrollY), { timeout: 5000 })
    .toBeGreaterThan(target - 15);
  await expect(
    figure(page, await page.locator(`#${id}`).evaluate((el) => el.closest('[data-scrolly]')!.id)),
  ).toHaveAttribute('data-active-step', id);
}

/** Step ids and parsed states of a scrolly section, in order. */
async function stepsOf(
  page: Page,
  section: string,
): Promise<{ id: string; state: Record<string, unknown> }[]> {
  return page
    .locator(`#${section} [data-step]`)
    .evaluateAll((els) =>
      els.map((el) => ({ id: el.id, state: JSON.parse(el.getAttribute('data-state') ?? '{}') })),
    );
}

const cellClass = (page: Page, section: string, key: string) =>
  visibleSvg(page, section).locator(`[data-key="${key}"].sm-cell`).getAttribute('class');

test.beforeEach(async ({ page }) => {
  page.on('pageerror', (e) => {
    throw e;
  });
});

for (const viewport of [
  { name: 'wide', width: 1280, height: 800 },
  { name: 'narrow', width: 375, height: 740 },
]) {
  test.describe(`${viewport.name} layout`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    test('the country panels move through the editions, step by step', async ({ page }) => {
      await page.goto('/');
      const steps = await stepsOf(page, 'fotn-scores');
      expect(steps.length).toBeGreaterThanOrEqual(3);
      const seen = new Set<string>();
      for (const { id, state } of steps) {
        await wheelToStep(page, id);
        const svg = visibleSvg(page, 'fotn-scores');
        await expect(svg).toHaveClass(new RegExp(`cp--${viewport.name}`));
        await expect(svg).toHaveAttribute('data-year', String(state.year));
        // The header gives the year on wide screens; on phones the marker on the line carries it.
        if (viewport.name === 'wide')
          await expect(svg.locator('.cp-panel[data-key="RU"] .cp-val')).toContainText(`(${state.year})`);
        await expect(svg.locator('.cp-panel[data-key="RU"] .cp-year')).toHaveText(String(state.year));
        await expect(svg.locator('.cp-panel[data-key="RU"] .cp-marker')).toHaveAttribute(
          'data-year',
          String(state.year),
        );
        seen.add(
          (await svg.locator('.cp-panel[data-key="RU"] .cp-map [data-key="RU"]').getAttribute('class')) ?? '',
        );
      }
      // Russia's colour changed on the way (its score fell from Partly Free to Not Free).
      expect(seen.size).toBeGreaterThan(1);
    });

    test('the services matrix moves through dates and blocks arrive', async ({ page }) => {
      await page.goto('/');
      const steps = await stepsOf(page, 'blocked-services');
      expect(steps.length).toBeGreaterThanOrEqual(3);
      let blockedBefore = -1;
      for (const { id, state } of steps) {
        await wheelToStep(page, id);
        const svg = visibleSvg(page, 'blocked-services');
        await expect(svg).toHaveAttribute('data-date', String(state.date));
        await expect(svg.locator('.sm-date')).toContainText(String(Number(String(state.date).slice(8, 10))));
        for (const s of (state.highlight as string[]) ?? [])
          await expect(svg.locator(`.sm-row[data-key="${s}"]`)).toHaveClass(/sm-row--hl/);
        const blocked = await svg.locator('.sm-cell.sm-s-blocked').count();
        expect(blocked).toBeGreaterThanOrEqual(blockedBefore === -1 ? 1 : 0);
        if (state.date === '2009-03-24')
          expect(await cellClass(page, 'blocked-services', 'CN:youtube')).toContain('sm-s-blocked');
        if (state.date === '2017-05-04')
          expect(await cellClass(page, 'blocked-services', 'RU:wechat')).toContain('sm-s-blocked');
        if (state.date === '2017-09-23') {
          expect(await cellClass(page, 'blocked-services', 'RU:wechat')).toContain('sm-s-open');
          expect(await cellClass(page, 'blocked-services', 'CN:whatsapp')).toContain('sm-s-blocked');
        }
        blockedBefore = blocked;
      }
    });

    test('the mechanisms matrix moves through dates', async ({ page }) => {
      await page.goto('/');
      const steps = await stepsOf(page, 'control-toolkits');
      const counts: number[] = [];
      for (const { id, state } of steps) {
        await wheelToStep(page, id);
        const svg = visibleSvg(page, 'control-toolkits');
        await expect(svg).toHaveAttribute('data-date', String(state.date));
        counts.push(await svg.locator('.mm-cell.mm-k-in-effect').count());
      }
      // Rules only accumulate: each later date has at least as many in force.
      for (let i = 1; i < counts.length; i++) expect(counts[i]).toBeGreaterThanOrEqual(counts[i - 1]!);
      expect(counts.at(-1)).toBeGreaterThan(counts[0]!);
    });

    test('keyboard focus on a cell shows its value and source', async ({ page }) => {
      await page.goto('/');
      const [first] = await stepsOf(page, 'blocked-services');
      await wheelToStep(page, first!.id);
      // The chart's browser half is loaded lazily; it adds the details line when it attaches.
      await expect(figure(page, 'blocked-services').locator('.sm-details')).toHaveCount(1);
      const cell = visibleSvg(page, 'blocked-services').locator('.sm-cell.sm-s-blocked').first();
      await cell.focus();
      await expect(figure(page, 'blocked-services').locator('.sm-details')).toContainText('Source:');
    });

    test('the comparison figures have no axe violations', async ({ page }) => {
      await page.goto('/');
      for (const s of ['fotn-scores', 'blocked-services', 'control-toolkits'])
        await page.locator(`#${s}`).scrollIntoViewIfNeeded();
      const results = await new AxeBuilder({ page })
        .include('#fotn-scores')
        .include('#blocked-services')
        .include('#control-toolkits')
        .include('figure[data-chart="world-map"]')
        .include('figure[data-chart="mechanism-matrix"]')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} ${v.nodes[0]?.target}`)).toEqual([]);
    });
  });
}

test('the world map is in the HTML without scripts, with its table, and stays lean', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  await installTriggerLine(context);
  const page = await context.newPage();
  await page.goto('/');
  const fig = page.locator('figure[data-chart="world-map"]').first();
  expect(await fig.locator('svg.wm--wide path[data-key]').count()).toBeGreaterThan(170);
  await expect(fig.locator('svg.wm--wide [data-key="RU"][aria-label]').first()).toHaveAttribute(
    'aria-label',
    /^Russia: \d+ of 100/,
  );
  // The numbers follow the figure, in a disclosure that works without scripts.
  await expect(
    page.locator('figure[data-chart="world-map"] + .chart-figure-table details.data-table table'),
  ).toHaveCount(1);
  const bytes = await fig.locator('svg.wm--wide').evaluate((svg) => svg.outerHTML.length);
  expect(bytes).toBeLessThan(60_000);
  await context.close();
});

test('the world map moves between years on its embed route', async ({ page }) => {
  await page.goto('/embed/world-map/?year=2017&highlight=KZ');
  const svg = page.locator('svg.wm:visible').first();
  await expect(svg).toHaveAttribute('data-year', '2017');
  await expect(svg.locator('path[data-key="RU"]')).toHaveAttribute(
    'aria-label',
    'Russia: 34 of 100, Not Free',
  );
  await expect(svg.locator('.wm-label[data-key="KZ"]')).toHaveCount(1);
  await page.goto('/embed/world-map/?year=2025');
  await expect(page.locator('svg.wm:visible').first()).toHaveAttribute('data-year', '2025');
});
