import { createHash } from 'node:crypto';
import { expect, scrollToStep, test } from './support/triggerLine';

/**
 * What a step change and the first paint may not cost (issue #12's speed targets are measured by
 * `npm run bench`; these tests pin the causes found by profiling, not timings):
 * - the first paint waits for no stylesheet request: the CSS is inline, allowed by its hash;
 * - a layout the reader cannot see (CSS shows one drawing per width) is not redrawn: only its
 *   name (aria-label and <title>) follows the step, so that it is right when it shows.
 */

test('the CSS the first paint needs is inline, and the page CSP allows it by its hash', async ({ page }) => {
  const violations: string[] = [];
  await page.addInitScript(() => {
    const w = window as unknown as { cspViolations: string[] };
    w.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await page.goto('/');
  const found = await page.evaluate(() => ({
    // A stylesheet link the page waits for: not switched off by its media query.
    blocking: [...document.querySelectorAll<HTMLLinkElement>('link[rel~="stylesheet"]')]
      .filter((l) => !l.media || matchMedia(l.media).matches)
      .map((l) => l.outerHTML),
    styles: [...document.querySelectorAll('style')].map((s) => s.textContent ?? ''),
    policy:
      document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '',
    sticky: getComputedStyle(document.querySelector('.scrolly-figure')!).position,
    violations: (window as unknown as { cspViolations?: string[] }).cspViolations ?? [],
  }));
  violations.push(...found.violations);
  expect(found.blocking).toEqual([]);
  expect(found.styles.length).toBeGreaterThan(0);
  const styleSrc = found.policy.split(';').find((d) => d.trim().startsWith('style-src ')) ?? '';
  for (const css of found.styles)
    expect(styleSrc).toContain(`'sha256-${createHash('sha256').update(css).digest('base64')}'`);
  // The inline CSS applies (the scrolly figure is pinned), and nothing was refused.
  expect(found.sticky).toBe('sticky');
  expect(violations).toEqual([]);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 667 } });

  test('a step change does not redraw the layouts that are hidden', async ({ page }) => {
    await page.goto('/');
    const section = await page.evaluate(() => {
      const s = [...document.querySelectorAll<HTMLElement>('[data-scrolly]')].find(
        (x) => x.querySelectorAll('svg[data-layout]').length > 2,
      )!;
      return { id: s.id, steps: [...s.querySelectorAll<HTMLElement>('[data-step]')].map((x) => x.id) };
    });
    expect(section.steps.length).toBeGreaterThan(3);
    await scrollToStep(page, section.steps[0]!);
    await page.waitForTimeout(500);
    // Watch every drawing of the section: count the changes per layout.
    await page.evaluate((sid) => {
      const w = window as unknown as { changes: Record<string, number> };
      w.changes = {};
      for (const svg of document.querySelectorAll<SVGSVGElement>(`#${sid} svg[data-layout]`)) {
        const name = `${svg.dataset.layout}${svg.getClientRects().length ? ' (shown)' : ''}`;
        w.changes[name] = 0;
        // Its name may change (the svg's aria-label, its own <title>); nothing else.
        const title = svg.querySelector(':scope > title');
        const naming = (m: MutationRecord) =>
          (m.target === svg && m.attributeName === 'aria-label') || (title?.contains(m.target) ?? false);
        new MutationObserver((r) => {
          w.changes[name]! += r.filter((m) => !naming(m)).length;
        }).observe(svg, { attributes: true, childList: true, subtree: true, characterData: true });
      }
    }, section.id);
    for (const id of section.steps.slice(1, 4)) {
      await scrollToStep(page, id);
      await expect(page.locator(`#${section.id} .scrolly-figure`)).toHaveAttribute('data-active-step', id);
      await page.waitForTimeout(200);
    }
    await expect(page.locator(`#${section.id} svg[data-morphing]`)).toHaveCount(0);
    const changes = await page.evaluate(
      () => (window as unknown as { changes: Record<string, number> }).changes,
    );
    expect(changes['narrow (shown)']).toBeGreaterThan(0);
    expect(changes).toEqual({ wide: 0, medium: 0, 'narrow (shown)': changes['narrow (shown)'] });
  });
});
