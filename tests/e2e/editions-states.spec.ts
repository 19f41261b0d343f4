import { expect, test } from '@playwright/test';

/**
 * Each edition's drawn states (src/pages/[edition]/states/): the build serves them in the
 * edition's language, and a page whose language is Russian fetches the Russian ones while the
 * English page keeps fetching /states/. The Russian page is the English one served with
 * lang="ru" (the /ru/ story page is the editions' own work).
 */
test('the Russian and Chinese drawn states are served in their language', async ({ request }) => {
  const ru = await request.get('/ru/states/wechat-week/wide.svg');
  expect(ru.status()).toBe(200);
  const svg = await ru.text();
  expect(svg).toContain('lang="ru"');
  expect(svg).toContain('Россия блокирует WeChat');
  const zh = await request.get('/zh/states/blocked-services/narrow.json');
  expect(zh.status()).toBe(200);
  expect(JSON.stringify(await zh.json())).toContain('俄罗斯');
  const en = await (await request.get('/states/wechat-week/wide.svg')).text();
  expect(en).not.toContain('lang="ru"');
});

for (const lang of ['ru', 'en'] as const)
  test(`a page in ${lang} fetches the drawn states of its edition`, async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/states/')) fetched.push(new URL(r.url()).pathname);
    });
    if (lang === 'ru')
      await page.route(/\/$/, async (route) => {
        const res = await route.fetch();
        const body = (await res.text()).replace(/<html lang="[^"]*"/, '<html lang="ru"');
        await route.fulfill({ response: res, body });
      });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/#unblock-day');
    await expect.poll(() => fetched.length, { timeout: 10_000 }).toBeGreaterThan(0);
    const prefix = lang === 'ru' ? '/ru/states/' : '/states/';
    expect(
      fetched.every((p) => p.startsWith(prefix)),
      fetched.join(', '),
    ).toBe(true);
  });
