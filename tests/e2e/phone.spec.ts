import type { Page } from '@playwright/test';
import { expect, installTriggerLine, test } from './support/triggerLine';

/**
 * Phones first (issue #11): on the real story, at the sizes readers hold their phones, every step
 * can be read beside its whole drawing; taps on the pinned figure reach its controls and marks;
 * deep links and reloads land with the named step's card and the figure both in view.
 * Steps are read from the page, so new chapters need no change here.
 */
const PHONES = [
  { width: 320, height: 640 },
  { width: 375, height: 667 },
  { width: 414, height: 896 },
  { width: 667, height: 375 },
] as const;

/** What a reader sees of one step at the current scroll position. */
interface View {
  active: boolean;
  /** The whole card is on screen and nothing (reading bar, figure) lies over it. */
  cardVisible: boolean;
  /** The whole drawing is on screen and nothing lies over it but, at most, the card. */
  drawingVisible: boolean;
  /** Share of the drawing's area under the card. */
  covered: number;
  why: string;
}

function viewOf(page: Page, stepId: string): Promise<View> {
  return page.evaluate((id) => {
    const step = document.getElementById(id)!;
    const card = step.querySelector<HTMLElement>('.step-card')!.getBoundingClientRect();
    const section = step.closest<HTMLElement>('[data-scrolly]')!;
    const svg = [...section.querySelectorAll<SVGSVGElement>('.scrolly-figure svg[data-layout]')].find(
      (s) => s.getClientRects().length > 0,
    );
    const vw = document.documentElement.clientWidth;
    const vh = window.innerHeight;
    const bar = document.querySelector('.reading-bar')?.getBoundingClientRect().bottom ?? 0;
    const inView = (r: DOMRect) =>
      r.top >= bar - 1 && r.bottom <= vh + 1 && r.left >= -1 && r.right <= vw + 1;
    // Whatever is drawn on top at a few points inside a box must belong to `owner`.
    const onTop = (r: DOMRect, owner: Element) =>
      [
        [0.5, 0.5],
        [0.05, 0.05],
        [0.95, 0.05],
        [0.05, 0.95],
        [0.95, 0.95],
      ].every(([fx, fy]) => {
        const hit = document.elementFromPoint(r.left + r.width * fx!, r.top + r.height * fy!);
        return !!hit && (owner.contains(hit) || hit === owner);
      });
    const cardEl = step.querySelector('.step-card')!;
    const cardVisible = inView(card) && onTop(card, cardEl);
    let drawingVisible = false;
    let covered = 1;
    if (svg) {
      const d = svg.getBoundingClientRect();
      const figure = section.querySelector('.scrolly-figure')!;
      drawingVisible = inView(d) && onTop(d, figure);
      const w = Math.max(0, Math.min(d.right, card.right) - Math.max(d.left, card.left));
      const h = Math.max(0, Math.min(d.bottom, card.bottom) - Math.max(d.top, card.top));
      covered = (w * h) / (d.width * d.height);
    }
    const active = step.classList.contains('is-active');
    const why = `active=${active} card=${Math.round(card.top)}–${Math.round(card.bottom)} (bar ${Math.round(bar)}, screen ${vh}) svg=${svg ? `${Math.round(svg.getBoundingClientRect().top)}–${Math.round(svg.getBoundingClientRect().bottom)}` : 'none'}`;
    return { active, cardVisible, drawingVisible, covered, why };
  }, stepId);
}

const readable = (v: View) => v.active && v.cardVisible && v.drawingVisible && v.covered <= 0.1;

/** Scroll offsets worth trying for a step: its card at a few places around the trigger line. */
function candidates(page: Page, stepId: string): Promise<number[]> {
  return page.evaluate((id) => {
    const step = document.getElementById(id)!;
    const section = step.closest<HTMLElement>('[data-scrolly]')!;
    const card = step.querySelector<HTMLElement>('.step-card')!;
    const top = step.getBoundingClientRect().top + window.scrollY;
    const trigger = window.scrollyTriggerLine(section);
    const figure = section.querySelector<HTMLElement>('.scrolly-figure')!;
    const pinnedBottom = (Number.parseFloat(getComputedStyle(figure).top) || 0) + figure.offsetHeight;
    // Where the reading bar ends once it sticks (it is further down before the story starts).
    const barEl = document.querySelector<HTMLElement>('.reading-bar');
    const bar = barEl ? (Number.parseFloat(getComputedStyle(barEl).top) || 0) + barEl.offsetHeight : 0;
    // Where the card's top could be on screen: just above the trigger, under the figure or the
    // bar, or with its bottom at the screen's bottom edge.
    const wanted = [trigger - 4, pinnedBottom + 4, bar + 4, window.innerHeight - card.offsetHeight - 4];
    return [...new Set(wanted.map((y) => Math.max(0, Math.round(top - y))))];
  }, stepId);
}

async function scrollAndSettle(page: Page, y: number) {
  await page.evaluate((y) => window.scrollTo({ top: y, behavior: 'instant' }), y);
  // The engine syncs on the next animation frame; two frames make sure it has.
  await page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(null)))),
  );
}

async function stepIds(page: Page): Promise<string[]> {
  return page.locator('[data-scrolly] [data-step]').evaluateAll((els) => els.map((e) => e.id));
}

for (const size of PHONES) {
  test(`${size.width}×${size.height}: every step can be read beside its whole drawing`, async ({
    browser,
  }) => {
    test.setTimeout(180_000);
    const context = await browser.newContext({
      viewport: size,
      isMobile: true,
      hasTouch: true,
      reducedMotion: 'reduce',
      baseURL: test.info().project.use.baseURL,
    });
    await installTriggerLine(context);
    const page = await context.newPage();
    await page.goto('/');
    const ids = await stepIds(page);
    expect(ids.length).toBeGreaterThan(0);
    const failures: string[] = [];
    for (const id of ids) {
      let ok = false;
      let last = '';
      for (const y of await candidates(page, id)) {
        await scrollAndSettle(page, y);
        const v = await viewOf(page, id);
        if (readable(v)) {
          ok = true;
          break;
        }
        last = `${v.why} cardVisible=${v.cardVisible} drawingVisible=${v.drawingVisible} covered=${v.covered.toFixed(2)}`;
      }
      if (!ok) failures.push(`${id}: ${last}`);
    }
    expect(failures, 'steps with no scroll position where card and drawing are both whole').toEqual([]);
    await context.close();
  });
}

/** Whether a finger at the centre of the element would touch it (nothing lies over it there). */
function takesTaps(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).evaluate((el) => {
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return !!hit && (el === hit || el.contains(hit));
  });
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true });

  test('taps on the pinned figure reach Previous, Next, Embed and a mark', async ({ page }) => {
    await page.goto('/#made-public');
    const figure = page.locator('#wechat-week .scrolly-figure');
    await expect(figure).toHaveAttribute('data-active-step', 'made-public');
    // Each control is what a finger at its centre would touch.
    for (const sel of [
      '#wechat-week [data-prev]',
      '#wechat-week [data-next]',
      '#wechat-week .scrolly-figure [data-embed-open]',
    ])
      expect(await takesTaps(page, sel), `${sel} takes taps`).toBe(true);
    await page.locator('#wechat-week [data-next]').tap();
    await expect(figure).toHaveAttribute('data-active-step', 'tencent-responds');
    await page.locator('#wechat-week [data-prev]').tap();
    await expect(figure).toHaveAttribute('data-active-step', 'made-public');
    // A mark of the drawing takes taps too.
    const mark = page
      .locator('#wechat-week .scrolly-figure svg[data-layout]:visible [data-key][tabindex]')
      .first();
    const markOnTop = await mark.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return !!hit && (el === hit || el.contains(hit) || hit.closest('[data-key]') === el);
    });
    expect(markOnTop, 'a timeline mark takes taps').toBe(true);
  });

  test("a mark's details line keeps to the caption's place: the pinned figure does not grow over the card", async ({
    page,
  }) => {
    await page.goto('/#officials-and-bloggers');
    const figure = page.locator('#control-toolkits .scrolly-figure');
    await expect(figure).toHaveAttribute('data-active-step', 'officials-and-bloggers');
    const height = () => figure.evaluate((el) => el.getBoundingClientRect().height);
    const before = await height();
    // A long line: a cell of a thinly sourced record (label, source, record and the flag).
    const cell = page.locator('#control-toolkits svg[data-layout]:visible [data-key="CN:traffic-filtering"]');
    await cell.focus();
    const details = page.locator('#control-toolkits .mm-details');
    await expect(details).toContainText('Thinly sourced');
    expect(await height()).toBeCloseTo(before, 0);
    const cardTop = await page
      .locator('#officials-and-bloggers .step-card')
      .evaluate((el) => el.getBoundingClientRect().top);
    const figureBottom = await figure.evaluate((el) => el.getBoundingClientRect().bottom);
    expect(cardTop).toBeGreaterThanOrEqual(figureBottom - 1);
    // Previous and Next still take taps beside it.
    for (const sel of ['#control-toolkits [data-prev]', '#control-toolkits [data-next]'])
      expect(await takesTaps(page, sel), `${sel} takes taps`).toBe(true);
    // The whole line can still be read: it scrolls within its place.
    expect(
      await details.evaluate((el) => el.scrollHeight > el.clientHeight && getComputedStyle(el).overflowY),
    ).toBe('auto');
  });

  for (const id of ['unblock-day', 'closing-vpns', 'fotn-war-2022']) {
    test(`a deep link and a reload at #${id} land with its card and the figure in view`, async ({ page }) => {
      await page.goto(`/#${id}`);
      const check = async () => {
        await expect.poll(async () => (await viewOf(page, id)).active, { timeout: 5000 }).toBe(true);
        const v = await viewOf(page, id);
        expect(v.drawingVisible, v.why).toBe(true);
        expect(v.covered, v.why).toBeLessThanOrEqual(0.1);
        // The card's start is on screen (all of it when it fits: the layout test above checks that).
        expect(v.why).toMatch(/active=true/);
        const cardTop = await page
          .locator(`#${id} .step-card`)
          .evaluate((el) => el.getBoundingClientRect().top);
        const svgBottom = await page
          .locator(`#${id}`)
          .evaluate(
            (el) =>
              el.closest('[data-scrolly]')!.querySelector('.scrolly-figure')!.getBoundingClientRect().bottom,
          );
        expect(cardTop, v.why).toBeGreaterThanOrEqual(svgBottom - 1);
        expect(cardTop, v.why).toBeLessThan(667 - 100);
      };
      await check();
      await page.reload();
      await check();
    });
  }
});
