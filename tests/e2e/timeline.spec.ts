import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from '@playwright/test';
import { expect, installTriggerLine, test, scrollToStep } from './support/triggerLine';

/**
 * The timeline chart on the built story: the steps of a real chapter drive it through their
 * states; the details card opens by mouse, keyboard and touch; transitions are keyed, short and
 * instant under reduced motion; axe finds nothing. Section and step ids are read from the page
 * (the first <Scrolly chart="timeline">), so rewording a chapter does not break this file.
 */

interface Step {
  id: string;
  state: {
    focus?: [string, string];
    highlight?: string[];
    annotate?: string[];
    countries?: string[];
    categories?: string[];
  };
}

async function timelineSection(page: Page): Promise<{ id: string; steps: Step[] }> {
  const s = await page.evaluate(() => {
    const sec = document.querySelector<HTMLElement>('[data-scrolly][data-chart="timeline"]');
    if (!sec) return null;
    return {
      id: sec.id,
      steps: [...sec.querySelectorAll<HTMLElement>('[data-step]')].map((x) => ({
        id: x.id,
        state: JSON.parse(x.dataset.state ?? '{}'),
      })),
    };
  });
  expect(s, 'the story has a timeline scrolly section').not.toBeNull();
  return s!;
}

/**
 * The timeline SVG of the section: the phone drawing, or the wide layout CSS shows (drawn at 960
 * or, in a figure 441–720 px wide, at 600 px).
 */
function visibleSvg(page: Page, sectionId: string, layout: 'wide' | 'narrow' = 'wide') {
  return layout === 'narrow'
    ? page.locator(`#${sectionId} .scrolly-figure svg.tl[data-layout="narrow"]`)
    : page.locator(`#${sectionId} .scrolly-figure svg.tl:not([data-layout="narrow"]):visible`);
}

/** Waits until no transition is running in the SVG (src/charts/shared/morph.ts). */
async function settled(page: Page, sectionId: string, layout: 'wide' | 'narrow' = 'wide') {
  await expect(visibleSvg(page, sectionId, layout)).not.toHaveAttribute('data-morphing');
}

const LANE: Record<string, string> = { RU: 'lane-RU', CN: 'lane-CN' };

test.describe('timeline: a real chapter drives the chart', () => {
  test('each step sets the focus, lanes, categories, highlights and callouts it declares', async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/');
    const sec = await timelineSection(page);
    expect(sec.steps.length).toBeGreaterThan(2);
    const svg = visibleSvg(page, sec.id);
    for (const step of sec.steps) {
      await scrollToStep(page, step.id);
      await expect(page.locator(`#${sec.id} .scrolly-figure`)).toHaveAttribute('data-active-step', step.id);
      const st = step.state;
      if (st.focus) await expect(svg).toHaveAttribute('data-focus', st.focus.join(','));
      await settled(page, sec.id);
      const lanes = await svg
        .locator('.tl-lane')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-key')));
      const countries = st.countries ?? ['RU', 'CN'];
      expect(lanes).toEqual([
        ...['RU', 'CN'].filter((c) => countries.includes(c)).map((c) => LANE[c]),
        ...(countries.some((c) => !(c in LANE)) ? ['lane-other'] : []),
      ]);
      for (const id of st.highlight ?? [])
        await expect(svg.locator(`.tl-mark[data-id="${id}"]`)).toHaveClass(/\bis-hl\b/);
      for (const id of st.annotate ?? [])
        await expect(svg.locator(`.tl-label--callout[data-key="label-${id}"]`)).toHaveCount(1);
      if (st.categories) {
        const cats = await svg
          .locator('.tl-mark')
          .evaluateAll((els) => els.map((e) => /tl-cat-([a-z-]+)/.exec(e.getAttribute('class') ?? '')?.[1]));
        for (const c of cats) expect(st.categories).toContain(c);
      }
      // One mark takes Tab; the SVG says what it shows.
      await expect(svg.locator('[tabindex="0"]')).toHaveCount(1);
      await expect(svg.locator('desc')).toContainText('events in');
    }
    expect(errors).toEqual([]);
  });

  test('transitions are keyed and short: the same mark glides, unrelated marks stay put, ≤ 750 ms', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/');
    const sec = await timelineSection(page);
    // Two consecutive steps with the same focus: marks of events in both must keep their element.
    const i = sec.steps.findIndex(
      (s, k) => k > 0 && JSON.stringify(s.state.focus) === JSON.stringify(sec.steps[k - 1]!.state.focus),
    );
    expect(i, 'two steps in a row share a focus').toBeGreaterThan(0);
    const [a, b] = [sec.steps[i - 1]!, sec.steps[i]!];
    await scrollToStep(page, a.id);
    await expect(page.locator(`#${sec.id} .scrolly-figure`)).toHaveAttribute('data-active-step', a.id);
    await settled(page, sec.id);
    const svg = visibleSvg(page, sec.id);
    const before = await svg.evaluate((el) => {
      const marks = [...el.querySelectorAll<SVGGElement>('.tl-mark')];
      // Watch the transition: when it starts and ends.
      const w = window as unknown as { __tl: { start?: number; end?: number } };
      w.__tl = {};
      new MutationObserver(() => {
        const on = el.hasAttribute('data-morphing');
        if (on && w.__tl.start === undefined) w.__tl.start = performance.now();
        if (!on && w.__tl.start !== undefined && w.__tl.end === undefined) w.__tl.end = performance.now();
      }).observe(el, { attributes: true, attributeFilter: ['data-morphing'] });
      return Object.fromEntries(marks.map((m) => [m.dataset.id!, m.getAttribute('transform')]));
    });
    await scrollToStep(page, b.id);
    await expect(page.locator(`#${sec.id} .scrolly-figure`)).toHaveAttribute('data-active-step', b.id);
    // Mid-transition: a mark whose place does not change is not animated; one that moves is.
    await page.waitForTimeout(150);
    const mid = await svg.evaluate((el) =>
      Object.fromEntries(
        [...el.querySelectorAll<SVGGElement>('.tl-mark:not([aria-hidden])')].map((m) => [
          m.dataset.id!,
          m.getAnimations().length > 0,
        ]),
      ),
    );
    await settled(page, sec.id);
    const after = await svg.evaluate((el) =>
      [...el.querySelectorAll<SVGGElement>('.tl-mark')].map((m) => ({
        id: m.dataset.id!,
        transform: m.getAttribute('transform'),
      })),
    );
    // Marks are matched by key (data-key): one in both steps glides, one that stays is still.
    const kept = after.filter((m) => m.id in before);
    expect(kept.length).toBeGreaterThan(0);
    const still = kept.filter((m) => before[m.id] === m.transform);
    const moved = kept.filter((m) => before[m.id] !== m.transform);
    expect(still.length).toBeGreaterThan(0);
    for (const m of still) expect(mid[m.id], `${m.id} does not move`).toBe(false);
    for (const m of moved) expect(mid[m.id], `${m.id} glides`).toBe(true);
    const t = await page.evaluate(
      () => (window as unknown as { __tl: { start?: number; end?: number } }).__tl,
    );
    expect(t.start, 'a transition ran').toBeDefined();
    expect(t.end! - t.start!).toBeLessThanOrEqual(750 + 150); // 750 ms at most, plus a frame or two of scheduling
  });

  test('under reduced motion states change at once', async ({ browser, baseURL }) => {
    const context = await browser.newContext({
      baseURL,
      reducedMotion: 'reduce',
      viewport: { width: 1280, height: 800 },
    });
    await installTriggerLine(context);
    const page = await context.newPage();
    await page.goto('/');
    const sec = await timelineSection(page);
    await scrollToStep(page, sec.steps[0]!.id);
    await settled(page, sec.id);
    const svg = visibleSvg(page, sec.id);
    await svg.evaluate((el) => {
      const w = window as unknown as { __animated: boolean };
      w.__animated = false;
      new MutationObserver(() => {
        if (el.hasAttribute('data-morphing') || el.getAnimations({ subtree: true }).length)
          w.__animated = true;
      }).observe(el, {
        attributes: true,
        subtree: true,
        childList: true,
        attributeFilter: ['data-morphing', 'class'],
      });
    });
    for (const step of sec.steps.slice(1, 4)) {
      await scrollToStep(page, step.id);
      await expect(page.locator(`#${sec.id} .scrolly-figure`)).toHaveAttribute('data-active-step', step.id);
      if (step.state.focus) await expect(svg).toHaveAttribute('data-focus', step.state.focus.join(','));
    }
    expect(await page.evaluate(() => (window as unknown as { __animated: boolean }).__animated)).toBe(false);
    await context.close();
  });
});

test.describe('timeline: the details card', () => {
  test('opens on hover with title, date, summary and sources, and closes when the mouse leaves', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/');
    const sec = await timelineSection(page);
    const step = sec.steps.find((s) => s.state.annotate?.length)!;
    await scrollToStep(page, step.id);
    await settled(page, sec.id);
    const id = step.state.annotate![0]!;
    const mark = visibleSvg(page, sec.id).locator(`.tl-mark[data-id="${id}"]`);
    await mark.hover();
    const card = page.locator(`#${sec.id} .tl-card`);
    await expect(card).toBeVisible();
    await expect(card.locator('.tl-card-title')).not.toBeEmpty();
    await expect(card.locator('.tl-card-meta')).toContainText(/\d{4}/);
    await expect(card.locator('.tl-card-summary')).not.toBeEmpty();
    const hrefs = await card
      .locator('.tl-card-sources a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const h of hrefs) expect(h).toMatch(/^https?:\/\//);
    await expect(mark).toHaveAttribute('aria-expanded', 'true');
    await page.mouse.move(5, 5);
    await expect(card).toBeHidden();
  });

  test('works from the keyboard: Tab reaches one mark, arrows move, the card follows, Escape closes', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/');
    const sec = await timelineSection(page);
    // A step with at least two marks in the arrow-key order (dimmed marks take no focus).
    let step = sec.steps[0]!;
    for (const st of sec.steps) {
      await scrollToStep(page, st.id);
      await settled(page, sec.id);
      step = st;
      if ((await visibleSvg(page, sec.id).locator('.tl-mark[tabindex], .tl-cluster[tabindex]').count()) >= 2)
        break;
    }
    // From the control just before the figure, Tab lands on the chart's one tabbable mark.
    // (without scrolling to it: that would go back to the first step)
    await page
      .locator(`#${sec.id} .scrolly-toolbar button`)
      .last()
      .evaluate((b) => (b as HTMLElement).focus({ preventScroll: true }));
    await page.keyboard.press('Tab');
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-key') ?? null);
    const first = await focused();
    expect(first).not.toBeNull();
    expect(
      await page.evaluate(() =>
        Boolean(document.activeElement?.matches('svg.tl .tl-mark, svg.tl .tl-cluster')),
      ),
    ).toBe(true);
    const card = page.locator(`#${sec.id} .tl-card`);
    await expect(card).toBeVisible();
    const label = await page.evaluate(() => document.activeElement!.getAttribute('aria-label'));
    expect(label).toBeTruthy();
    // Arrow keys move between marks and do not change the step.
    await page.keyboard.press('ArrowRight');
    const second = await focused();
    expect(second).not.toBe(first);
    await expect(page.locator(`#${sec.id} .scrolly-figure`)).toHaveAttribute('data-active-step', step.id);
    await expect(visibleSvg(page, sec.id).locator('[tabindex="0"]')).toHaveCount(1);
    await expect(visibleSvg(page, sec.id).locator(`[data-key="${second}"]`)).toHaveAttribute('tabindex', '0');
    await expect(card).toBeVisible();
    await page.keyboard.press('End');
    await page.keyboard.press('Home');
    expect(await focused()).toBe(first);
    await page.keyboard.press('Escape');
    await expect(card).toBeHidden();
    expect(await focused()).toBe(first);
    await page.keyboard.press('Enter');
    await expect(card).toBeVisible();
  });

  test('opens with a tap on a phone, and closes with its × or a tap elsewhere', async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({
      baseURL,
      viewport: { width: 375, height: 740 },
      hasTouch: true,
      isMobile: true,
    });
    await installTriggerLine(context);
    const page = await context.newPage();
    await page.goto('/');
    const sec = await timelineSection(page);
    await scrollToStep(page, sec.steps[0]!.id);
    await expect(visibleSvg(page, sec.id, 'wide')).toBeHidden();
    await expect(visibleSvg(page, sec.id, 'narrow')).toBeVisible();
    await settled(page, sec.id, 'narrow');
    const id =
      sec.steps[0]!.state.highlight?.[0] ??
      (await visibleSvg(page, sec.id, 'narrow').locator('.tl-mark').first().getAttribute('data-id'))!;
    const mark = visibleSvg(page, sec.id, 'narrow').locator(`.tl-mark[data-id="${id}"]`);
    await mark.tap();
    const card = page.locator(`#${sec.id} .tl-card`);
    await expect(card).toBeVisible();
    await card.locator('.tl-card-close').tap();
    await expect(card).toBeHidden();
    await mark.tap();
    await expect(card).toBeVisible();
    // A tap on the chart away from any mark (its top-left corner, the legend).
    const box = (await visibleSvg(page, sec.id, 'narrow').boundingBox())!;
    await page.touchscreen.tap(box.x + 4, box.y + 4);
    await expect(card).toBeHidden();
    // Labels stay readable: the narrow chart, drawn at build time 360 px wide, is shown at no less
    // than 95 % of that on a 375 px phone (its 13 px text stays above 12 px).
    const size = await visibleSvg(page, sec.id, 'narrow').evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { box: r.width, viewBox: (el as SVGSVGElement).viewBox.baseVal.width };
    });
    expect(size.box / size.viewBox).toBeGreaterThan(0.95);
    await context.close();
  });
});

async function axeOn(browser: Browser, baseURL: string | undefined, width: number, height: number) {
  const context = await browser.newContext({ baseURL, viewport: { width, height } });
  await installTriggerLine(context);
  const page = await context.newPage();
  await page.goto('/');
  const sec = await timelineSection(page);
  const layout = width <= 600 ? 'narrow' : 'wide';
  const step = sec.steps.find((s) => s.state.annotate?.length) ?? sec.steps[0]!;
  await scrollToStep(page, step.id);
  await settled(page, sec.id, layout);
  // With the card open, too.
  await visibleSvg(page, sec.id, layout)
    .locator('.tl-mark[tabindex]')
    .first()
    .evaluate((el) => (el as SVGElement).focus({ preventScroll: true }));
  await expect(page.locator(`#${sec.id} .tl-card`)).toBeVisible();
  const results = await new AxeBuilder({ page })
    .include(`#${sec.id}`)
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  await context.close();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`);
}

test.describe('timeline: accessibility', () => {
  for (const [width, height] of [
    [1280, 800],
    [375, 740],
  ] as const) {
    test(`axe finds no violations in the timeline section at ${width}×${height}`, async ({
      browser,
      baseURL,
    }) => {
      test.setTimeout(120_000);
      expect(await axeOn(browser, baseURL, width, height)).toEqual([]);
    });
  }

  test('the built HTML has both layouts, titled and described, and the embed has the table of events without scripts', async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
    await installTriggerLine(context);
    const page = await context.newPage();
    await page.goto('/');
    const sec = await timelineSection(page);
    for (const layout of ['wide', 'narrow'] as const) {
      const svg = page.locator(`#${sec.id} .scrolly-figure svg.tl[data-layout="${layout}"]`);
      await expect(svg).toHaveCount(1);
      await expect(svg.locator(':scope > title')).not.toBeEmpty();
      await expect(svg.locator(':scope > desc')).toContainText('events in');
      expect(await svg.locator('.tl-mark[aria-label]').count()).toBeGreaterThan(0);
    }
    await page.goto('/embed/timeline/');
    const table = page.locator('details.data-table table');
    await expect(table).toHaveCount(1);
    expect(await table.locator('tbody tr').count()).toBeGreaterThan(20);
    await expect(table.locator('tbody a[href^="http"]').first()).toBeVisible({ visible: false });
    await context.close();
  });
});

// Issue #11: on a laptop the sticky timeline once kept the height of its tallest state, leaving
// most of the plot empty above a thin band of marks in later steps (#war-blocks).
// A shorter laptop screen caps the figure below a tall state's height; the states after it must
// not keep that height.
for (const height of [800, 600])
  test(`laptop 1280×${height}: every timeline step uses the plot height, no empty band above the marks`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.setViewportSize({ width: 1280, height });
    await page.goto('/');
    const ids = await page
      .locator('[data-scrolly][data-chart="timeline"] [data-step]')
      .evaluateAll((els) => els.map((e) => e.id));
    const empty: string[] = [];
    for (const id of ids) {
      await page.evaluate((id) => {
        location.hash = `#${id}`;
      }, id);
      const section = page.locator(`[data-scrolly]:has(#${id})`);
      await expect(section.locator('.scrolly-figure')).toHaveAttribute('data-active-step', id);
      await page.waitForTimeout(100);
      const gap = await section.locator('.scrolly-figure svg[data-layout]:visible').evaluate((svg) => {
        const box = svg.getBoundingClientRect();
        const bottom = (sel: string) =>
          Math.max(box.top, ...[...svg.querySelectorAll(sel)].map((e) => e.getBoundingClientRect().bottom));
        const top = (sel: string) =>
          Math.min(box.bottom, ...[...svg.querySelectorAll(sel)].map((e) => e.getBoundingClientRect().top));
        const band =
          top('.tl-mark, .tl-cluster, .tl-label, .tl-span') - bottom('.tl-legend-item, .tl-lane-label');
        return { band: Math.round(band), height: Math.round(box.height) };
      });
      if (gap.band > Math.max(60, gap.height * 0.25))
        empty.push(`${id}: ${gap.band} px empty of ${gap.height}`);
    }
    expect(empty).toEqual([]);
  });
