import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { htmlPages } from '../../scripts/bench/bytes';
import { runLighthouse } from '../../scripts/bench/lighthouse';

/**
 * Lighthouse budgets CI enforces: accessibility and best practices score 100 on the story and
 * on an embed (mobile settings). Scores only, never timings: performance is measured by
 * `npm run bench`, not asserted. (Byte budgets: `npm run check:budgets`.)
 */
const DIST = process.env.STORY_DIST ?? 'dist';
const built = existsSync(join(DIST, 'index.html'));
test.skip(!built && !process.env.CI, `no ${DIST}/index.html: build the site first`);
const embeds = built ? htmlPages(DIST).filter((p) => p.type === 'embed') : [];
const embed = embeds.find((p) => p.path === '/embed/timeline/') ?? embeds[0];

for (const path of ['/', embed?.path ?? '/embed/timeline/']) {
  test(`Lighthouse: ${path} scores 100 for accessibility and best practices`, async ({ baseURL }) => {
    test.setTimeout(180_000);
    const run = await runLighthouse(new URL(path, baseURL).href, {
      categories: ['accessibility', 'best-practices'],
    });
    expect(run.failing, 'audits below 100').toEqual([]);
    expect(run.accessibility).toBe(100);
    expect(run.bestPractices).toBe(100);
  });
}
