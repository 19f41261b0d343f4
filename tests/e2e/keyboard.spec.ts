import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';

/**
 * Keyboard and screen-reader use of the built story: the previous/next controls, focus never
 * hidden under a sticky bar, one Tab stop per chart with arrow keys inside it, announcements
 * (share links, steps), the heading outline, the figures' accessible names, and axe.
 */

test.beforeEach(async ({ page }) => {
  page.on('pageerror', (e) => {
    throw e;
  });
});

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Tag, class and text of the focused element, for failure messages. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const a = document.activeElement;
    if (!a || a === document.body) return 'BODY';
    return `${a.tagName.toLowerCase()}.${a.getAttribute('class') ?? ''} ${a.getAttribute('aria-label') ?? a.textContent?.trim().slice(0, 40)}`;
  });

/** Waits until the charts' browser halves have attached (each adds its details line). The static
 * world map loads none: the scroll engine gives it its arrow keys. */
async function chartsAttached(page: Page) {
  for (const s of [
    '#blocked-services',
    '#control-toolkits',
    '#fotn-scores',
    'figure[data-chart="world-map"]',
  ]) {
    await page.locator(s).first().scrollIntoViewIfNeeded();
  }
  await expect(page.locator('#blocked-services .sm-details')).toHaveCount(1);
  await expect(page.locator('#control-toolkits .mm-details')).toHaveCount(1);
}

test.describe('previous and next', () => {
  test.use({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });

  test('at the last and the first step the control keeps focus, and Tab goes on from the step shown', async ({
    page,
  }) => {
    await page.goto('/');
    // The shortest section keeps the test quick.
    const id = await page.evaluate(
      () =>
        [...document.querySelectorAll<HTMLElement>('[data-scrolly]')].sort(
          (a, b) => a.querySelectorAll('[data-step]').length - b.querySelectorAll('[data-step]').length,
        )[0]!.id,
    );
    const figure = page.locator(`#${id} .scrolly-figure`);
    const steps = await page.locator(`#${id} [data-step]`).evaluateAll((els) => els.map((e) => e.id));
    const next = page.locator(`#${id} [data-next]`);
    const prev = page.locator(`#${id} [data-prev]`);
    await next.focus();
    for (let i = 1; i < steps.length; i++) {
      await page.keyboard.press('Enter');
      await expect(figure).toHaveAttribute('data-active-step', steps[i]!);
      expect(await focused(page), `after Next to step ${i + 1}`).not.toBe('BODY');
    }
    // At the last step Next is unavailable but keeps focus (a disabled button drops it to <body>).
    await expect(next).toBeFocused();
    await expect(next).toHaveAttribute('aria-disabled', 'true');
    await page.keyboard.press('Enter');
    await expect(next).toBeFocused();
    await expect(figure).toHaveAttribute('data-active-step', steps.at(-1)!);
    // Tab reads on in the step the figure shows, instead of jumping back to step 1.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('[data-step]')?.id)).toBe(steps.at(-1));
    await page.waitForTimeout(300);
    await expect(figure).toHaveAttribute('data-active-step', steps.at(-1)!);

    await prev.focus();
    for (let i = steps.length - 2; i >= 0; i--) {
      await page.keyboard.press('Enter');
      await expect(figure).toHaveAttribute('data-active-step', steps[i]!);
      expect(await focused(page), `after Previous to step ${i + 1}`).not.toBe('BODY');
    }
    await expect(prev).toBeFocused();
    await expect(prev).toHaveAttribute('aria-disabled', 'true');
    await page.keyboard.press('Enter');
    await expect(prev).toBeFocused();
    await expect(figure).toHaveAttribute('data-active-step', steps[0]!);
  });
});

/**
 * Tabs through the whole page; after every Tab the focused element must not lie under the sticky
 * reading bar, nor under a sticky figure that it is not part of. Returns the offenders.
 */
async function tabThrough(page: Page): Promise<{ stops: number; hidden: string[] }> {
  const hidden: string[] = [];
  let stops = 0;
  let first = '';
  for (let i = 0; i < 2000; i++) {
    await page.keyboard.press('Tab');
    const r = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const box = el.getBoundingClientRect();
      const over = (o: DOMRect) =>
        box.left < o.right - 1 && o.left < box.right - 1 && box.top < o.bottom - 1 && o.top < box.bottom - 1;
      const covers: string[] = [];
      const bar = document.querySelector('[data-reading-bar]');
      if (bar && !bar.contains(el) && over(bar.getBoundingClientRect())) covers.push('reading bar');
      for (const f of document.querySelectorAll<HTMLElement>('.scrolly-figure'))
        if (!f.contains(el) && getComputedStyle(f).position === 'sticky' && over(f.getBoundingClientRect()))
          covers.push(`sticky figure of #${f.closest('[data-scrolly]')?.id}`);
      const name = `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30)}" at y=${Math.round(box.top)}`;
      return { key: `${name}@${Math.round(box.top + scrollY)}`, name, covers };
    });
    if (!r) continue;
    if (r.key === first) break; // round the page and back to the start
    if (!first) first = r.key;
    stops++;
    if (r.covers.length) hidden.push(`${r.name} under the ${r.covers.join(' and ')}`);
  }
  return { stops, hidden };
}

for (const vp of [
  { width: 1280, height: 800, isMobile: false },
  { width: 375, height: 667, isMobile: true },
]) {
  test.describe(`${vp.width}×${vp.height}`, () => {
    test.use({
      viewport: { width: vp.width, height: vp.height },
      isMobile: vp.isMobile,
      hasTouch: vp.isMobile,
    });

    test('Tab through the whole page: no focused element is hidden under a sticky bar', async ({ page }) => {
      // About 900 stops since every source links its archived copy too.
      test.setTimeout(180_000);
      await page.goto('/');
      const { stops, hidden } = await tabThrough(page);
      expect(hidden).toEqual([]);
      // Every chart is one Tab stop: the page's stops are its links and buttons outside the
      // drawings plus at most one per drawing, not every mark (775 stops when each mark was one).
      const { outside, drawings } = await page.evaluate(() => {
        const tabbable = 'a[href], button, summary, [tabindex="0"], input, select, textarea';
        const shown = (e: Element) => (e as HTMLElement).offsetParent !== null || e.closest('svg');
        const all = [...document.querySelectorAll(tabbable)].filter(shown);
        return {
          outside: all.filter((e) => !e.closest('svg')).length,
          drawings: document.querySelectorAll('.figure-svg').length,
        };
      });
      expect(stops).toBeGreaterThan(300);
      expect(stops).toBeLessThanOrEqual(outside + drawings);
    });
  });
}

test('a link under the reading bar scrolls clear of it when it takes focus', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  // A citation link in plain prose, put just under the bar (still "visible" to the browser).
  const links = page.locator('main .chapter-body > p sup.cite a');
  const link = links.nth(3);
  const before = links.nth(2);
  await link.evaluate((a) => window.scrollTo(0, window.scrollY + a.getBoundingClientRect().top - 10));
  await before.evaluate((a) => (a as HTMLElement).focus({ preventScroll: true }));
  await page.keyboard.press('Tab');
  await expect(link).toBeFocused();
  const [top, barBottom] = await link.evaluate((a) => [
    a.getBoundingClientRect().top,
    document.querySelector('[data-reading-bar]')!.getBoundingClientRect().bottom,
  ]);
  expect(top).toBeGreaterThanOrEqual(barBottom);
});

test.describe('charts are one Tab stop, with arrow keys inside', () => {
  test.use({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });

  const charts = [
    { name: 'world map', figure: 'figure[data-chart="world-map"]', mark: '[data-key][role="img"]' },
    { name: 'country panels', figure: '#fotn-scores .scrolly-figure', mark: '.cp-now' },
    { name: 'services matrix', figure: '#blocked-services .scrolly-figure', mark: '.sm-cell' },
    { name: 'mechanisms matrix', figure: '#control-toolkits .scrolly-figure', mark: '.mm-cell' },
  ];
  for (const c of charts)
    test(`${c.name}: one Tab stop, arrow keys, Home and End move between marks`, async ({ page }) => {
      await page.goto('/');
      await chartsAttached(page);
      const svg = page.locator(`${c.figure} svg[data-layout]:visible`).first();
      const marks = svg.locator(c.mark);
      const n = await marks.count();
      expect(n).toBeGreaterThan(1);
      await expect(svg.locator('[tabindex="0"]')).toHaveCount(1);
      const stop = svg.locator('[tabindex="0"]');
      await stop.focus();
      const key = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
      const start = await key();
      await page.keyboard.press('ArrowRight');
      const second = await key();
      expect(second).not.toBe(start);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('tabindex'))).toBe('0');
      await expect(svg.locator('[tabindex="0"]')).toHaveCount(1);
      await page.keyboard.press('ArrowLeft');
      expect(await key()).toBe(start);
      await page.keyboard.press('End');
      const last = await key();
      await page.keyboard.press('Home');
      const firstMark = await key();
      expect(last).not.toBe(firstMark);
      // Tab leaves the chart in one step: the next stop is outside the SVG.
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => Boolean(document.activeElement?.closest('svg')))).toBe(false);
      // ... and Shift+Tab comes back to the mark last visited.
      await page.keyboard.press('Shift+Tab');
      expect(await key()).toBe(firstMark);
    });

  test("services matrix: every cell's source is reachable by keyboard", async ({ page }) => {
    await page.goto('/#cn-whatsapp-2017');
    await chartsAttached(page);
    const figure = page.locator('#blocked-services .scrolly-figure');
    const svg = figure.locator('svg[data-layout]:visible');
    const cells = await svg.locator('.sm-cell').count();
    await svg.locator('[tabindex="0"]').focus();
    await page.keyboard.press('Home');
    const reached: string[] = [];
    for (let i = 0; i < cells; i++) {
      const label = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
      const details = figure.locator('.sm-details');
      await expect(details).toContainText(label);
      if ((await details.locator('a').count()) > 0) {
        const href = await details.locator('a').getAttribute('href');
        await page.keyboard.press('Tab');
        expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(href);
        await expect(page.locator(':focus')).toBeInViewport();
        reached.push(href!);
        await page.keyboard.press('Shift+Tab');
        expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(label);
      }
      await page.keyboard.press('ArrowRight');
    }
    // Every blocked, throttled or reopened cell on that date has a source (13 on 23 September 2017).
    expect(reached.length).toBeGreaterThanOrEqual(10);
  });

  test("mechanisms matrix: every cell's source link is reached with the arrow keys", async ({ page }) => {
    await page.goto('/');
    await chartsAttached(page);
    const svg = page.locator('#control-toolkits .scrolly-figure svg[data-layout]:visible');
    const hrefs = await svg
      .locator('.mm-cell[href]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(3);
    await svg.locator('[tabindex="0"]').focus();
    await page.keyboard.press('Home');
    const seen = new Set<string>();
    for (let i = 0; i < (await svg.locator('.mm-cell').count()); i++) {
      const href = await page.evaluate(() => document.activeElement?.getAttribute('href'));
      if (href) seen.add(href);
      await page.keyboard.press('ArrowRight');
    }
    expect([...seen].sort()).toEqual([...new Set(hrefs)].sort());
  });

  test('timeline: dimmed marks take no focus', async ({ page }) => {
    await page.goto('/');
    const sections = await page.locator('[data-scrolly][data-chart="timeline"]').evaluateAll((els) =>
      els.map((s) => ({
        id: s.id,
        steps: [...s.querySelectorAll<HTMLElement>('[data-step]')].map((st) => ({
          id: st.id,
          highlight: JSON.parse(st.dataset.state ?? '{}').highlight?.length ?? 0,
        })),
      })),
    );
    const sec = sections[0]!;
    const step = sec.steps.find((s) => s.highlight > 0)!;
    await page.goto(`/#${step.id}`);
    const svg = page.locator(`#${sec.id} .scrolly-figure svg[data-layout]:visible`);
    await expect(page.locator(`#${sec.id} .scrolly-figure`)).toHaveAttribute('data-active-step', step.id);
    await expect(svg.locator('.tl-mark.is-dim').first()).toBeAttached();
    await expect
      .poll(() =>
        svg
          .locator('.tl-mark, .tl-cluster')
          .evaluateAll(
            (ms) => ms.filter((m) => m.classList.contains('is-dim') && m.hasAttribute('tabindex')).length,
          ),
      )
      .toBe(0);
    await expect(svg.locator('[tabindex="0"]')).toHaveCount(1);
    await expect(svg.locator('[tabindex="0"]')).not.toHaveClass(/is-dim/);
  });
});

test.describe('announcements', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('"Link copied" is said in a live region', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    await page.goto('/');
    const link = page.locator('a[data-share]').first();
    await link.focus();
    await page.keyboard.press('Enter');
    await expect(link).toContainText('Link copied');
    await expect(
      page.locator('[aria-live="polite"], [role="status"]').filter({ hasText: 'Link copied' }),
    ).toHaveCount(1);
  });

  test('a chapter-menu jump announces only the section on screen', async ({ page }) => {
    await page.goto('/');
    await page.locator('[data-chapter-menu] summary').click();
    await page.locator('[data-chapter-link="what-a-week-tells-us"]').click();
    await expect(page).toHaveURL(/#what-a-week-tells-us$/);
    await page.waitForTimeout(800);
    const spoken = await page.locator('[data-scrolly] [data-live]').evaluateAll((regions) =>
      regions
        .filter((r) => r.textContent?.trim())
        .map((r) => {
          const s = r.closest<HTMLElement>('[data-scrolly]')!.getBoundingClientRect();
          return { id: r.closest('[data-scrolly]')!.id, onScreen: s.top < innerHeight && s.bottom > 0 };
        }),
    );
    expect(spoken.filter((s) => !s.onScreen)).toEqual([]);
  });

  test("a figure's <title> and name follow the step it shows", async ({ page }) => {
    for (const id of ['cn-wikipedia-2015', 'fotn-war-2022']) {
      await page.goto(`/#${id}`);
      const alt = await page.locator(`#${id}`).getAttribute('data-alt');
      const section = await page.locator(`#${id}`).evaluate((s) => s.closest('[data-scrolly]')!.id);
      await expect(page.locator(`#${section} .scrolly-figure`)).toHaveAttribute('data-active-step', id);
      for (const svg of await page.locator(`#${section} .scrolly-figure svg[data-layout]`).all()) {
        await expect(svg.locator(':scope > title')).toHaveText(alt!);
        await expect(svg).toHaveAttribute('aria-label', alt!);
      }
    }
  });
});

test('headings: one h1, chapters h2, their subheads h3', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('h1')).toHaveCount(1);
  const chapters = page.locator('main section.chapter');
  const n = await chapters.count();
  expect(n).toBeGreaterThanOrEqual(8);
  for (let i = 0; i < n; i++) {
    const ch = chapters.nth(i);
    await expect(ch.locator(':scope > h2')).toHaveCount(1);
    // Inside a chapter (dialogs aside) nothing is at the chapter's level or above.
    await expect(ch.locator('.chapter-body :is(h1, h2):not(dialog *)')).toHaveCount(0);
  }
  expect(await page.locator('main .chapter-body h3').count()).toBeGreaterThanOrEqual(10);
  // No level is skipped anywhere in the outline.
  const levels = await page
    .locator(':is(h1, h2, h3, h4, h5, h6):not(dialog *)')
    .evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
  levels.forEach((l, i) => {
    if (i > 0) expect(l - levels[i - 1]!, `heading ${i}`).toBeLessThanOrEqual(1);
  });
});

for (const vp of [
  { width: 1280, height: 800 },
  { width: 375, height: 667 },
])
  test(`axe: no violations on the gallery and the story (charts attached) at ${vp.width}px`, async ({
    page,
  }) => {
    await page.setViewportSize(vp);
    await page.goto('/gallery/');
    const gallery = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    expect(gallery.violations.map((v) => `${v.id}: ${v.nodes.length} ${v.nodes[0]?.target}`)).toEqual([]);
    await page.goto('/');
    await chartsAttached(page);
    const story = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    expect(story.violations.map((v) => `${v.id}: ${v.nodes.length} ${v.nodes[0]?.target}`)).toEqual([]);
  });
