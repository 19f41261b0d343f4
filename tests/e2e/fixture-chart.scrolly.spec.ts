import { expect, test } from '@playwright/test';

/**
 * The test chart is registered only by the fixture story's config (tests/fixtures/story/
 * astro.config.mjs), never from src/: everything that reads the registry picks it up, which makes
 * src/charts/registry.ts the one place a chart is added. Runs in the "scrolly" project.
 */
test('a chart registered by the test setup gets its story figure, embed page, images and oEmbed', async ({
  page,
  request,
}) => {
  await page.goto('/');
  await expect(page.locator('[data-chart="fixture"]').first()).toBeVisible();

  await page.goto('/embed/fixture/');
  await expect(page.locator('svg.fixture-chart').first()).toBeAttached();
  await expect(page.locator('svg.fixture-chart circle[data-key]').first()).toBeAttached();

  const svg = await request.get('/embed/fixture/image.svg');
  expect(svg.ok()).toBe(true);
  expect(await svg.text()).toMatch(/<circle[^>]*data-key=/);
  const png = await request.get('/embed/fixture/image.png');
  expect(png.ok()).toBe(true);
  expect(png.headers()['content-type']).toContain('image/png');

  const oembed = await request.get('/oembed/fixture.json');
  expect(oembed.ok()).toBe(true);
  expect((await oembed.json()).title).toContain('Fixture');
});
