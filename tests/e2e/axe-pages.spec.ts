import AxeBuilder from '@axe-core/playwright';
import { htmlPages } from '../../scripts/bench/bytes';
import { expect, test } from './support/triggerLine';

/**
 * axe on every page the build writes (story, data, gallery, embed previewer, every embed), on a
 * phone and a laptop, WCAG 2.2 A and AA. The page list comes from dist/, so a new page is
 * checked without a change here.
 */
const pages = htmlPages(process.env.STORY_DIST ?? 'dist').map((p) => p.path);

test('the build has pages to check', () => {
  expect(pages.length).toBeGreaterThan(5);
});

for (const [width, height] of [
  [375, 667],
  [1280, 800],
] as const)
  test(`axe finds no violations on any page at ${width}×${height}`, async ({ page }) => {
    test.setTimeout(300_000);
    await page.setViewportSize({ width, height });
    const found: string[] = [];
    for (const path of pages) {
      await page.goto(path);
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      for (const v of results.violations) found.push(`${path} ${v.id}: ${v.nodes.length}`);
    }
    expect(found).toEqual([]);
  });
