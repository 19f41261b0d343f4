import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from '@playwright/test';
import { expect, installTriggerLine, test, scrollToStep } from './support/triggerLine';

/**
 * The real story under the ways readers actually arrive and move, on a phone (375×667) and a
 * laptop (1280×800): reload mid-story, deep link, back/forward, a fast flick, resize and
 * orientation change, reduced motion, JavaScript off, 200 % zoom. After each: the step the
 * reader sees at the trigger line and the figure's state agree, and nothing overflows the page
 * horizontally. Sections and steps are read from the page, so new chapters need no change here.
 */
const DIST = process.env.STORY_DIST ?? 'dist';
test.skip(
  !existsSync(join(DIST, 'index.html')) && !process.env.CI,
  `no ${DIST}/index.html: build the site first`,
);

const VIEWPORTS = [
  { name: 'phone', width: 375, height: 667, mobile: true },
  { name: 'laptop', width: 1280, height: 800, mobile: false },
] as const;
type Viewport = { name: string; width: number; height: number; mobile: boolean };

interface Section {
  id: string;
  steps: string[];
}

async function sections(page: Page): Promise<Section[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-scrolly]')].map((s) => ({
      id: s.id,
      steps: [...s.querySelectorAll<HTMLElement>('[data-step]')].map((x) => x.id),
    })),
  );
}

/** The longest section and a step in its middle: "mid-story". */
async function midStep(page: Page): Promise<{ section: Section; step: string; later: string }> {
  const all = await sections(page);
  expect(all.length, 'the story has scrolly sections').toBeGreaterThan(0);
  const section = [...all].sort((a, b) => b.steps.length - a.steps.length)[0]!;
  const i = Math.floor(section.steps.length / 2);
  return {
    section,
    step: section.steps[i]!,
    later: section.steps[Math.min(i + 1, section.steps.length - 1)]!,
  };
}

/**
 * For every scrolly section on screen: the step at the trigger line (computed here from the
 * layout, independently of the engine) is the one marked active, and the figure carries its id
 * and state. Returns the disagreements (empty when all agree) and the active step of the
 * section that holds the trigger line.
 */
function disagreements(page: Page) {
  return page.evaluate(() => {
    const out: string[] = [];
    let current = '';
    let detail = '';
    for (const section of document.querySelectorAll<HTMLElement>('[data-scrolly]')) {
      const box = section.getBoundingClientRect();
      if (box.bottom < 0 || box.top > window.innerHeight) continue;
      const trigger = window.scrollyTriggerLine(section);
      const steps = [...section.querySelectorAll<HTMLElement>('[data-step]')];
      let i = 0;
      steps.forEach((s, n) => {
        if (s.getBoundingClientRect().top <= trigger) i = n;
      });
      const step = steps[i]!;
      const figure = section.querySelector<HTMLElement>('.scrolly-figure')!;
      if (figure.dataset.activeStep !== step.id)
        out.push(`${section.id}: reader sees ${step.id}, figure shows ${figure.dataset.activeStep}`);
      else if (figure.dataset.state !== step.dataset.state)
        out.push(`${section.id}: figure state differs from ${step.id}'s`);
      else if (!step.classList.contains('is-active'))
        out.push(`${section.id}: ${step.id} is not marked active`);
      if ((steps[0]?.getBoundingClientRect().top ?? 1e9) <= trigger && box.bottom > trigger) {
        current = step.id;
        detail = `y=${Math.round(window.scrollY)} trigger=${trigger} ${location.hash} history=${history.length} tops ${steps
          .map((x) => `${x.id}:${Math.round(x.getBoundingClientRect().top)}`)
          .join(' ')}`;
      }
    }
    return { out, current, detail };
  });
}

async function expectAgree(page: Page, what: string, step?: string) {
  // Polled: the page may still be scrolling (smooth scroll, scroll restoration) when asked.
  await expect
    .poll(
      async () => {
        const d = await disagreements(page);
        return [
          ...d.out,
          ...(step && d.current !== step
            ? [`the reader is at ${d.current || 'no step'}, not ${step} (${d.detail})`]
            : []),
        ];
      },
      { message: `${what}: step and figure agree`, timeout: 8000 },
    )
    .toEqual([]);
}

/**
 * Waits until wheel scrolling has come to rest. Chromium animates a wheel scroll after the event
 * is dispatched, and a script's instant scrollTo does not cancel that animation: a test that
 * jumps on while it runs lands a wheel notch away from where it meant to (the cause of an
 * intermittent "the reader is at registering-speakers, not closing-vpns").
 */
async function wheelSettled(page: Page) {
  let last = -1;
  await expect
    .poll(
      async () => {
        const y = await page.evaluate(
          () => new Promise<number>((r) => setTimeout(() => r(Math.round(window.scrollY)), 150)),
        );
        const still = y === last;
        last = y;
        return still;
      },
      { message: 'wheel scrolling comes to rest', timeout: 8000 },
    )
    .toBe(true);
}

async function expectNoOverflow(page: Page, what: string) {
  const o = await page.evaluate(() => {
    const vw = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.right > vw + 1 && getComputedStyle(el).position !== 'fixed';
      })
      .filter(
        (el) =>
          !el.closest('.sr-only, .visually-hidden, [hidden], svg, table, .table-scroll, [data-overflow-ok]'),
      )
      .slice(0, 5)
      .map(
        (el) =>
          `${el.localName}${el.id ? `#${el.id}` : ''}.${[...el.classList].join('.')} (right ${Math.round(el.getBoundingClientRect().right)})`,
      );
    return { scrollWidth: document.documentElement.scrollWidth, vw, wide };
  });
  expect(o.scrollWidth, `${what}: page wider than the viewport (${o.wide.join(', ')})`).toBeLessThanOrEqual(
    o.vw + 1,
  );
}

async function open(browser: Browser, baseURL: string, vp: Viewport, extra: BrowserContextOptions = {}) {
  const context = await browser.newContext({
    baseURL,
    viewport: { width: vp.width, height: vp.height },
    isMobile: vp.mobile,
    hasTouch: vp.mobile,
    deviceScaleFactor: vp.mobile ? 2 : 1,
    ...extra,
  });
  await installTriggerLine(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return { context, page, errors };
}

for (const vp of VIEWPORTS) {
  test.describe(`${vp.name} ${vp.width}×${vp.height}`, () => {
    test('reload mid-story lands on the same step', async ({ browser, baseURL }) => {
      const { context, page, errors } = await open(browser, baseURL!, vp);
      await page.goto('/');
      const { step } = await midStep(page);
      await scrollToStep(page, step);
      await expectAgree(page, 'before reload', step);
      await page.reload();
      await expectAgree(page, 'after reload', step);
      await expectNoOverflow(page, 'after reload');
      expect(errors).toEqual([]);
      await context.close();
    });

    test('a deep link opens at its step', async ({ browser, baseURL }) => {
      const { context, page, errors } = await open(browser, baseURL!, vp);
      await page.goto('/');
      const { step } = await midStep(page);
      await page.goto(`/?from=link#${step}`);
      await expectAgree(page, 'deep link', step);
      await expect(page).toHaveURL(new RegExp(`#${step}$`));
      await expectNoOverflow(page, 'deep link');
      expect(errors).toEqual([]);
      await context.close();
    });

    test('back and forward return to the steps the reader left', async ({ browser, baseURL }) => {
      const { context, page, errors } = await open(browser, baseURL!, vp);
      await page.goto('/');
      const { step, later } = await midStep(page);
      await page.goto(`/#${step}`);
      await expectAgree(page, 'first link', step);
      await page.goto(`/#${later}`);
      await expectAgree(page, 'second link', later);
      await page.goBack();
      await expectAgree(page, 'back', step);
      await page.goForward();
      await expectAgree(page, 'forward', later);
      await expectNoOverflow(page, 'back/forward');
      expect(errors).toEqual([]);
      await context.close();
    });

    test('a fast flick through the story settles on the right step', async ({ browser, baseURL }) => {
      const { context, page, errors } = await open(browser, baseURL!, vp);
      await page.goto('/');
      const { step } = await midStep(page);
      // Far past the section and back, in a few big wheel moves with no pause between them.
      for (let i = 0; i < 6; i++) await page.mouse.wheel(0, 2500);
      await expectAgree(page, 'after flicking down');
      await wheelSettled(page);
      await scrollToStep(page, step);
      for (let i = 0; i < 3; i++) await page.mouse.wheel(0, 1200);
      for (let i = 0; i < 3; i++) await page.mouse.wheel(0, -1200);
      await expectAgree(page, 'after flicking down and up');
      await wheelSettled(page);
      await page.evaluate(() =>
        window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }),
      );
      await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
      await scrollToStep(page, step);
      await expectAgree(page, 'after jumping to the end, the top and back', step);
      expect(errors).toEqual([]);
      await context.close();
    });

    test('resize and orientation change keep the step and the layout', async ({ browser, baseURL }) => {
      const { context, page, errors } = await open(browser, baseURL!, vp);
      await page.goto('/');
      const { step } = await midStep(page);
      await scrollToStep(page, step);
      await expectAgree(page, 'before', step);
      const sizes = vp.mobile
        ? [
            { width: 667, height: 375 }, // landscape
            { width: 375, height: 667 }, // and back
          ]
        : [
            { width: 800, height: 1280 }, // a tablet in portrait
            { width: 1024, height: 600 },
            { width: 1280, height: 800 },
          ];
      for (const size of sizes) {
        await page.setViewportSize(size);
        await page.evaluate(() => window.dispatchEvent(new Event('orientationchange')));
        await page.waitForTimeout(400);
        await scrollToStep(page, step); // the reader finds their place again after the reflow
        await expectAgree(page, `at ${size.width}×${size.height}`, step);
        await expectNoOverflow(page, `at ${size.width}×${size.height}`);
      }
      expect(errors).toEqual([]);
      await context.close();
    });

    test('with reduced motion, states change at once', async ({ browser, baseURL }) => {
      const { context, page, errors } = await open(browser, baseURL!, vp, { reducedMotion: 'reduce' });
      await page.goto('/');
      const { section, step } = await midStep(page);
      for (const id of [section.steps[0]!, step, section.steps.at(-1)!]) {
        await scrollToStep(page, id);
        await expectAgree(page, `reduced motion at ${id}`, id);
        // No transition running: the figure is unchanged a moment later.
        const svg = page.locator(`#${section.id} .scrolly-figure svg[data-layout]:visible`).first();
        const a = await svg.innerHTML();
        await page.waitForTimeout(250);
        expect(await svg.innerHTML(), `${id}: figure still moving under reduced motion`).toBe(a);
      }
      await expectNoOverflow(page, 'reduced motion');
      expect(errors).toEqual([]);
      await context.close();
    });

    test('without JavaScript every step shows its own figure', async ({ browser, baseURL }) => {
      const { context, page } = await open(browser, baseURL!, vp, { javaScriptEnabled: false });
      await page.goto('/');
      const all = await sections(page);
      expect(all.length).toBeGreaterThan(0);
      for (const s of all) {
        for (const id of s.steps) {
          const step = page.locator(`#${id}`);
          await expect(
            step.locator('.step-figure img, .step-figure svg').first(),
            `${id} has a static figure`,
          ).toBeAttached();
          const src =
            (await step
              .locator('.step-figure img')
              .first()
              .getAttribute('src')
              .catch(() => null)) ?? '';
          if (src) expect(src, `${id}: its own figure`).toContain(id);
        }
      }
      await expectNoOverflow(page, 'without JavaScript');
      await context.close();
    });

    test('at 200 % zoom the story reflows and stays in step', async ({ browser, baseURL }) => {
      // Browser zoom to 200 % halves the CSS viewport and doubles the pixel density.
      const zoomed = { ...vp, width: Math.round(vp.width / 2), height: Math.round(vp.height / 2) };
      const { context, page, errors } = await open(browser, baseURL!, zoomed, {
        deviceScaleFactor: vp.mobile ? 4 : 2,
      });
      await page.goto('/');
      await expectNoOverflow(page, '200 % zoom, top');
      const { step } = await midStep(page);
      await scrollToStep(page, step);
      await expectAgree(page, '200 % zoom', step);
      await expectNoOverflow(page, '200 % zoom, mid-story');
      expect(errors).toEqual([]);
      await context.close();
    });
  });
}
