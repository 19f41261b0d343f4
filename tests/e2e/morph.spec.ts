import type { Page } from '@playwright/test';
import { expect, test, scrollToStep } from './support/triggerLine';

/**
 * The browser only moves between drawings the build made: for every step of every scrolly
 * section, once the figure has settled, the drawing on screen equals that step's static figure
 * (/figures/<step>.svg, /figures/narrow/<step>.svg, /figures/medium/<step>.svg, drawn by the
 * chart module at build time), in the wide layout (1600 × 900), on a phone (375 × 667) and, for
 * the charts with a middle drawing (the timeline), at 1024 × 768, where the figure is 600 px wide. Compared node by node after
 * normalising numbers to one decimal and the figure's id prefix, and leaving out what only the
 * standalone file has (its inlined <style>, the root's attributes and <title>s).
 */

declare global {
  interface Window {
    canonicalSvg(svg: Element, prefix: string): string;
  }
}

const layouts = [
  { name: 'wide', viewport: { width: 1600, height: 900 }, files: '/figures/' },
  { name: 'narrow', viewport: { width: 375, height: 667 }, files: '/figures/narrow/' },
  { name: 'medium', viewport: { width: 1024, height: 768 }, files: '/figures/medium/' },
] as const;

/** Installs `window.canonicalSvg`: an element tree as text, in a form both sources share. */
async function installCanonical(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const num = (v: string) =>
      v.replace(/-?\d*\.?\d+(?:e[-+]?\d+)?/gi, (n) => String(Math.round(Number(n) * 10) / 10));
    window.canonicalSvg = (svg: Element, prefix: string) => {
      // The page paints with the theme's custom properties (src/charts/shared/theme.css); the
      // standalone file has them resolved to their light values, for image renderers.
      const style = getComputedStyle(svg);
      const colours = (v: string) =>
        v
          .replace(/var\((--[\w-]+)\)/g, (_, name: string) => style.getPropertyValue(name).trim())
          .toLowerCase()
          .replace(/#([0-9a-f])([0-9a-f])([0-9a-f])\b/g, '#$1$1$2$2$3$3');
      const ids = (v: string) => colours(v.split(prefix).join('P'));
      const walk = (el: Element, depth: number): string => {
        const attrs = [...el.attributes]
          .filter((a) => a.name !== 'xmlns')
          .map((a) => `${a.name}="${num(ids(a.value))}"`)
          .sort()
          .join(' ');
        const kids = [...el.childNodes]
          .map((n) =>
            n.nodeType === 1
              ? walk(n as Element, depth + 1)
              : (n.textContent ?? '').trim()
                ? `${'  '.repeat(depth + 1)}"${num(n.textContent!.trim())}"`
                : '',
          )
          .filter(Boolean);
        return [`${'  '.repeat(depth)}<${el.localName} ${attrs}>`, ...kids].join('\n');
      };
      return [...svg.children]
        .filter((c) => c.localName !== 'style' && c.localName !== 'title')
        .map((c) => walk(c, 0))
        .join('\n');
    };
  });
}

for (const layout of layouts) {
  test.describe(`${layout.name} layout`, () => {
    test.use({ viewport: layout.viewport });

    test('every step settles on the drawing the build made for it', async ({ page }) => {
      test.setTimeout(180_000);
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await installCanonical(page);
      await page.goto('/');
      // Every section has a wide drawing (and a narrow one, but for the world map); only charts
      // with a middle width draw a medium one.
      const sections = await page.evaluate(
        (name) =>
          [...document.querySelectorAll<HTMLElement>('[data-scrolly]')]
            .filter((s) => name !== 'medium' || s.querySelector('svg[data-layout="medium"]'))
            .map((s) => ({
              id: s.id,
              steps: [...s.querySelectorAll<HTMLElement>('[data-step]')].map((x) => x.id),
            })),
        layout.name,
      );
      expect(sections.length).toBeGreaterThan(0);
      let compared = 0;
      for (const s of sections)
        for (const id of s.steps) {
          await scrollToStep(page, id);
          await expect(page.locator(`#${s.id} .scrolly-figure`)).toHaveAttribute('data-active-step', id);
          const variant = await page.evaluate(
            (sid) =>
              [...document.querySelectorAll<SVGSVGElement>(`#${sid} .scrolly-figure svg[data-layout]`)].find(
                (svg) => svg.getClientRects().length > 0,
              )?.dataset.layout,
            s.id,
          );
          expect(variant, `${id}: the ${layout.name} drawing is the one on screen`).toBe(layout.name);
          const want = await page.evaluate(
            async ({ url }) => {
              const text = await (await fetch(url)).text();
              const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
              return window.canonicalSvg(
                doc.documentElement,
                // The medium drawing is the wide layout at another width (its ids say wide).
                `fig-${url.includes('/narrow/') ? 'narrow' : 'wide'}`,
              );
            },
            { url: `${layout.files}${id}.svg` },
          );
          // Settled: the tween has ended and the figure is the build's drawing.
          await expect
            .poll(
              () =>
                page.evaluate(
                  ({ sid, name }) =>
                    window.canonicalSvg(
                      document.querySelector(`#${sid} .scrolly-figure svg[data-layout="${name}"]`)!,
                      `${sid}-fig-${name}`,
                    ),
                  { sid: s.id, name: layout.name },
                ),
              { message: `${id} (${layout.name})`, timeout: 5000 },
            )
            .toBe(want);
          compared++;
        }
      expect(compared).toBe(sections.reduce((n, s) => n + s.steps.length, 0));
      expect(errors).toEqual([]);
    });
  });
}
