import { type BrowserContext, test as base, type Page } from '@playwright/test';

declare global {
  interface Window {
    /** The trigger line (px from the viewport top) of a scrolly section; see installTriggerLine. */
    scrollyTriggerLine(section: HTMLElement): number;
  }
}

/**
 * Gives the page `window.scrollyTriggerLine(section)`: where a step becomes active, computed from
 * the section's CSS as the layout defines it, not read from the scroll engine, so tests can check
 * the engine against it. Wide screens: `--scrolly-trigger` × the viewport height. Phones
 * (`--scrolly-figure-above: 1`): a third of the way into the space under the pinned figure.
 * Call before `page.goto`; pages of `test` below have it already.
 */
export async function installTriggerLine(target: Page | BrowserContext): Promise<void> {
  await target.addInitScript(() => {
    window.scrollyTriggerLine = (section: HTMLElement) => {
      const css = getComputedStyle(section);
      if (css.getPropertyValue('--scrolly-figure-above').trim() === '1') {
        const figure = section.querySelector<HTMLElement>('.scrolly-figure')!;
        const bottom = (Number.parseFloat(getComputedStyle(figure).top) || 0) + figure.offsetHeight;
        return Math.round(bottom + Math.max(0, window.innerHeight - bottom) / 3);
      }
      const f = Number.parseFloat(css.getPropertyValue('--scrolly-trigger')) || 0.5;
      return Math.round(window.innerHeight * f);
    };
  });
}

/** Scrolls so that step `id` is just past its section's trigger line (it becomes the active step). */
export async function scrollToStep(page: Page, id: string): Promise<void> {
  await page.evaluate((id) => {
    const el = document.getElementById(id)!;
    const section = el.closest<HTMLElement>('[data-scrolly]')!;
    window.scrollTo({
      top: el.getBoundingClientRect().top + window.scrollY - window.scrollyTriggerLine(section) + 20,
      behavior: 'instant',
    });
  }, id);
}

/** Playwright's `test` whose default context gives every page `window.scrollyTriggerLine`. */
export const test = base.extend({
  context: async ({ context }, use) => {
    await installTriggerLine(context);
    await use(context);
  },
});
export { expect } from '@playwright/test';
