import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, installTriggerLine, test } from './support/triggerLine';

/**
 * The scroll engine on the fixture story (tests/fixtures/story, fixture chart): section "dots"
 * has six steps (the sixth without an id, so "dots-6"), section "china" has three.
 */
const DOTS = ['dots-start', 'dots-block', 'dots-reason', 'dots-registry', 'dots-unblock', 'dots-6'];
const CHINA = ['china-2009', 'china-imo', 'china-end'];

const figure = (page: Page, section: string) => page.locator(`#${section} .scrolly-figure`);

/** Scroll offset that brings a step's top `past` px above its section's trigger line. */
function stepTarget(page: Page, id: string, past = 20) {
  return page.evaluate(
    ([id, past]) => {
      const el = document.getElementById(id as string)!;
      const section = el.closest<HTMLElement>('[data-scrolly]')!;
      return Math.round(
        el.getBoundingClientRect().top +
          window.scrollY -
          window.scrollyTriggerLine(section) +
          (past as number),
      );
    },
    [id, past] as const,
  );
}

/** Scrolls like a reader (wheel events) until the step has crossed the trigger line. */
async function wheelToStep(page: Page, id: string) {
  const target = await stepTarget(page, id);
  const now = await page.evaluate(() => window.scrollY);
  await page.mouse.wheel(0, target - now);
  await expect
    .poll(() => page.evaluate(() => window.scrollY), { timeout: 5000 })
    .toBeGreaterThan(target - 15);
}

async function stepState(page: Page, id: string) {
  return page.locator(`#${id}`).getAttribute('data-state');
}

/** The figure shows `id`: data attributes, the active class, and the drawing itself. */
async function expectShowing(page: Page, section: string, id: string) {
  const fig = figure(page, section);
  await expect(fig).toHaveAttribute('data-active-step', id);
  const state = (await stepState(page, id))!;
  await expect(fig).toHaveAttribute('data-state', state);
  await expect(page.locator(`#${id}`)).toHaveClass(/is-active/);
  await expect(page.locator(`#${section} .scrolly-step.is-active`)).toHaveCount(1);
  // The visible SVG shows the drawing the build made of that state.
  const { highlight, label } = JSON.parse(state) as { highlight: string[]; label: string };
  const svg = fig.locator('svg[data-layout]:visible');
  await expect(svg.locator('.fixture-label')).toHaveText(label);
  await expect(svg.locator('circle.is-highlighted')).toHaveCount(highlight.length);
}

test.beforeEach(async ({ page }) => {
  page.on('pageerror', (e) => {
    throw e;
  });
});

test("scrolling through every step sets the figure to that step's state, and the URL follows", async ({
  page,
}) => {
  await page.goto('/');
  const entries = await page.evaluate(() => history.length);
  await expectShowing(page, 'dots', 'dots-start');
  expect(new URL(page.url()).hash).toBe('');
  for (const id of DOTS) {
    await wheelToStep(page, id);
    await expectShowing(page, 'dots', id);
    await expect(page).toHaveURL(new RegExp(`#${id}$`));
  }
  for (const id of CHINA) {
    await wheelToStep(page, id);
    await expectShowing(page, 'china', id);
    await expect(page).toHaveURL(new RegExp(`#${id}$`));
  }
  // Scrolling added no history entries (replaceState, not pushState).
  expect(await page.evaluate(() => history.length)).toBe(entries);
  // And scrolling back up runs the steps backwards.
  for (const id of [...DOTS].reverse()) {
    await wheelToStep(page, id);
    await expectShowing(page, 'dots', id);
  }
});

test('a reload at step 5 lands on step 5', async ({ page }) => {
  await page.goto('/');
  await wheelToStep(page, 'dots-unblock');
  await expect(page).toHaveURL(/#dots-unblock$/);
  await page.reload();
  await expectShowing(page, 'dots', 'dots-unblock');
  await expect(page).toHaveURL(/#dots-unblock$/);
});

test('a deep link /#step-id opens on that step, including a derived id', async ({ page }) => {
  await page.goto('/#dots-reason');
  await expectShowing(page, 'dots', 'dots-reason');
  await expect(page.locator('#dots-reason')).toBeInViewport();
  await page.goto('/?fresh=1#dots-6');
  await expectShowing(page, 'dots', 'dots-6');
  await expect(page).toHaveURL(/#dots-6$/);
});

test('back and forward land on the step the reader saw', async ({ page }) => {
  await page.goto('/#dots-registry');
  await expectShowing(page, 'dots', 'dots-registry');
  // Follow an in-page link to a step in the other section (a new history entry).
  await page.evaluate(() => {
    const a = document.createElement('a');
    a.href = '#china-imo';
    a.textContent = 'jump';
    document.body.append(a);
    a.click();
  });
  await expectShowing(page, 'china', 'china-imo');
  await page.goBack();
  await expect(page).toHaveURL(/#dots-registry$/);
  await expectShowing(page, 'dots', 'dots-registry');
  await page.goForward();
  await expect(page).toHaveURL(/#china-imo$/);
  await expectShowing(page, 'china', 'china-imo');
});

test('a fast jump to the end and back shows the last and first states, without replaying steps', async ({
  page,
}) => {
  await page.goto('/');
  await page.evaluate(() => {
    (window as unknown as { seen: string[] }).seen = [];
    const fig = document.querySelector('#dots .scrolly-figure')!;
    new MutationObserver(() =>
      (window as unknown as { seen: string[] }).seen.push(fig.getAttribute('data-active-step')!),
    ).observe(fig, {
      attributes: true,
      attributeFilter: ['data-active-step'],
    });
  });
  await page.evaluate(() => window.scrollTo({ top: document.body.scrollHeight, behavior: 'instant' }));
  await expectShowing(page, 'dots', 'dots-6');
  await expectShowing(page, 'china', 'china-end');
  expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual(['dots-6']);
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
  await expectShowing(page, 'dots', 'dots-start');
  await expectShowing(page, 'china', 'china-2009');
  await expect(page).toHaveURL(/\/$/);
});

test('resizing from 1280 to 375 mid-story keeps figure and position in agreement', async ({ page }) => {
  await page.goto('/');
  await wheelToStep(page, 'dots-reason');
  await expectShowing(page, 'dots', 'dots-reason');
  await page.setViewportSize({ width: 375, height: 667 });
  // The phone layout shows the narrow drawing, in the state of whichever step is now at the line.
  await expect(figure(page, 'dots').locator('svg[data-layout="narrow"]')).toBeVisible();
  await expect(figure(page, 'dots').locator('svg[data-layout="wide"]')).toBeHidden();
  const active = await page.evaluate(() => {
    const section = document.getElementById('dots')!;
    const line = window.scrollyTriggerLine(section);
    const steps = [...section.querySelectorAll('[data-step]')];
    let i = 0;
    steps.forEach((s, n) => {
      if (s.getBoundingClientRect().top <= line) i = n;
    });
    return steps[i]!.id;
  });
  await expectShowing(page, 'dots', active);
  // Scrolling on in the phone layout works as before.
  await wheelToStep(page, 'dots-unblock');
  await expectShowing(page, 'dots', 'dots-unblock');
});

test('reduced motion: states change with no running transitions; the reader toggle is remembered', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/');
  await wheelToStep(page, 'dots-block');
  await expectShowing(page, 'dots', 'dots-block');
  await page.locator('#dots [data-next]').click();
  await expectShowing(page, 'dots', 'dots-reason');
  expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);

  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.goto('/');
  const toggle = page.locator('#dots [data-motion-toggle]');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await page.reload();
  await expect(page.locator('html')).toHaveClass(/reduce-motion/);
  await expect(page.locator('#china [data-motion-toggle]')).toHaveAttribute('aria-pressed', 'true');
  await wheelToStep(page, 'dots-block');
  await expectShowing(page, 'dots', 'dots-block');
  expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
});

test('without JavaScript every step shows its static figure and prose; the sticky figure is hidden', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    baseURL,
    viewport: { width: 1280, height: 800 },
  });
  await installTriggerLine(context);
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.locator('.scrolly-figure').first()).toBeHidden();
  await expect(page.locator('.scrolly-toolbar').first()).toBeHidden();
  for (const id of [...DOTS, ...CHINA]) {
    const step = page.locator(`#${id}`);
    await step.scrollIntoViewIfNeeded();
    await expect(step.locator('.step-body')).toBeVisible();
    const img = step.locator('.step-figure img');
    await expect(img).toBeVisible();
    await expect(img).toHaveAttribute('alt', (await step.getAttribute('data-alt'))!);
    await expect
      .poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth))
      .toBeGreaterThan(0);
  }
  const svg = await page.request.get('/figures/dots-6.svg');
  expect(svg.headers()['content-type']).toContain('image/svg+xml');
  expect(await svg.text()).toContain('xmlns="http://www.w3.org/2000/svg"');
  await context.close();
});

test('print shows every step with its figure', async ({ page }) => {
  await page.goto('/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#dots .scrolly-figure')).toBeHidden();
  await expect(page.locator('#dots-block .step-figure img')).toBeVisible();
});

test('"show as figures" switches to the linear view and is remembered', async ({ page }) => {
  await page.goto('/');
  const toggle = page.locator('#dots [data-figures-toggle]');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('#dots .scrolly-figure')).toBeHidden();
  await expect(page.locator('#dots-block .step-figure img')).toBeVisible();
  await page.reload();
  await expect(page.locator('#dots .scrolly-figure')).toBeHidden();
  await page.locator('#dots [data-figures-toggle]').click();
  await expect(page.locator('#dots .scrolly-figure')).toBeVisible();
  await expect(page.locator('#dots-block .step-figure img')).toBeHidden();
});

test('keyboard only: tab into a section, previous/next controls and arrow keys; the step is announced', async ({
  page,
}) => {
  await page.goto('/');
  await page.locator('#dots').scrollIntoViewIfNeeded();
  // Tab until focus reaches the section's "Next step" control.
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.matches('#dots [data-next]'))) break;
  }
  await expect(page.locator('#dots [data-next]')).toBeFocused();
  await page.keyboard.press('Enter');
  await expectShowing(page, 'dots', 'dots-block');
  const live = page.locator('#dots [aria-live="polite"]');
  await expect(live).toHaveText(/step 2 of 6: The dot for the WeChat block/);
  await page.keyboard.press('ArrowDown');
  await expectShowing(page, 'dots', 'dots-reason');
  await page.keyboard.press('ArrowRight');
  await expectShowing(page, 'dots', 'dots-registry');
  await page.keyboard.press('ArrowUp');
  await expectShowing(page, 'dots', 'dots-reason');
  await expect(page).toHaveURL(/#dots-reason$/);
  // Focus stayed in the section, on a visible control.
  await expect(page.locator('#dots [data-next]')).toBeFocused();
  await expect(page.locator('#dots [data-next]')).toBeInViewport();
});

test('share links copy the step URL', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await page.goto('/#dots-block');
  const link = page.locator('#dots-block a[data-share]');
  await link.click();
  await expect(link).toContainText('Link copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/#dots-block`);
});

for (const [width, height] of [
  [1280, 800],
  [375, 667],
] as const) {
  test(`no layout shift and no axe violations at ${width}×${height}`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto('/');
    await page.evaluate(
      () =>
        new Promise<void>((r) => {
          (window as unknown as { cls: number }).cls = 0;
          new PerformanceObserver((list) => {
            for (const e of list.getEntries() as (PerformanceEntry & {
              value: number;
              hadRecentInput: boolean;
            })[])
              if (!e.hadRecentInput) (window as unknown as { cls: number }).cls += e.value;
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(r, 500);
        }),
    );
    expect(await page.evaluate(() => (window as unknown as { cls: number }).cls)).toBe(0);
    for (const id of ['dots-start', 'dots-reason', 'china-imo']) {
      await wheelToStep(page, id);
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    }
  });
}

test('reading bar on a phone: the chapter menu opens, follows the reader and closes; progress grows', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 667 });
  await page.goto('/gallery/');
  const menu = page.locator('[data-reading-bar] [data-chapter-menu]');
  const fill = page.locator('[data-reading-bar] [data-progress-fill]');
  const width = () => fill.evaluate((el) => el.getBoundingClientRect().width);
  const before = await width();
  await page.evaluate(() => window.scrollTo({ top: document.body.scrollHeight / 2, behavior: 'instant' }));
  await expect.poll(width).toBeGreaterThan(before + 50);
  await menu.locator('summary').click();
  const links = menu.locator('nav a');
  await expect(links).toHaveCount(2);
  await expect(links.first()).toBeVisible();
  await expect(links.first()).toBeInViewport();
  await page.keyboard.press('Escape');
  await expect(menu).not.toHaveAttribute('open', '');
  await expect(menu.locator('summary')).toBeFocused();
});

test('story page: the chapter indicator names the chapter being read', async ({ page }) => {
  await page.goto('/');
  await page.locator('#china').scrollIntoViewIfNeeded();
  await expect(page.locator('[data-chapter-current]')).toHaveText(/2\/2 · A second section/);
});
