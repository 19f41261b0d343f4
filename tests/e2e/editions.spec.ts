import AxeBuilder from '@axe-core/playwright';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

/**
 * The Russian and Chinese editions of the story as built: the right language, canonical and
 * reciprocal hreflang links, the English structure (every step with the same figure state), a
 * language switcher that keeps the reader's step, and no accessibility violation.
 */
const EDITIONS = [
  { path: '/ru/', lang: 'ru', og: 'ru_RU' },
  { path: '/zh/', lang: 'zh-Hans', og: 'zh_CN' },
] as const;
const ALL = ['/', '/ru/', '/zh/'];

/** hreflang → href of a page's alternates. */
async function alternates(page: import('@playwright/test').Page) {
  return page.$$eval('link[rel="alternate"][hreflang]', (links) =>
    Object.fromEntries(
      links.map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href')!).pathname]),
    ),
  );
}

/** Every step and static figure, with the state the figure shows there. */
async function figures(page: import('@playwright/test').Page) {
  return page.$$eval('[data-step], .chart-figure, [data-scrolly]', (els) =>
    els.map((e) => [e.id, e.getAttribute('data-state'), e.getAttribute('data-chart')]),
  );
}

test('every edition lists every edition and x-default (English), itself included', async ({ page }) => {
  for (const path of ALL) {
    await page.goto(path);
    expect(await alternates(page), path).toEqual({
      en: '/',
      ru: '/ru/',
      'zh-Hans': '/zh/',
      'x-default': '/',
    });
  }
});

for (const e of EDITIONS) {
  test(`${e.path}: lang, canonical, og:locale and JSON-LD inLanguage are the edition's`, async ({ page }) => {
    await page.goto(e.path);
    await expect(page.locator('html')).toHaveAttribute('lang', e.lang);
    expect(new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!).pathname).toBe(
      e.path,
    );
    await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', e.og);
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent())!);
    expect(ld.inLanguage).toBe(e.lang);
  });

  test(`${e.path}: every English step and figure is there, in order, with the same state`, async ({
    page,
  }) => {
    await page.goto('/');
    const english = await figures(page);
    expect(english.length).toBeGreaterThan(20);
    await page.goto(e.path);
    expect(await figures(page)).toEqual(english);
  });

  test(`${e.path}: axe finds no violations`, async ({ page }) => {
    test.setTimeout(240_000); // the whole story is a big page for axe on a shared CPU
    await page.setViewportSize({ width: 375, height: 667 });
    await page.goto(e.path);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
  });
}

test('the language switcher keeps the reader on the same step', async ({ page }) => {
  await page.goto('/ru/#unblock-day');
  const nav = page.getByRole('navigation', { name: 'Читать на другом языке' });
  await expect(nav.getByRole('link', { name: 'Русский' })).toHaveAttribute('aria-current', 'page');
  await nav.getByRole('link', { name: '中文' }).click();
  await expect(page).toHaveURL(/\/zh\/#unblock-day$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await page.getByRole('link', { name: 'English' }).first().click();
  await expect(page).toHaveURL(/\/#unblock-day$/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the switcher links each edition at its top, named in its own language', async ({ page }) => {
    await page.goto('/zh/');
    const links = page.locator('[data-language-switcher] a');
    expect(
      await links.evaluateAll((as) =>
        as.map((a) => [
          a.getAttribute('href'),
          a.getAttribute('hreflang'),
          a.getAttribute('lang'),
          a.textContent,
        ]),
      ),
    ).toEqual([
      ['/', 'en', 'en', 'English'],
      ['/ru/', 'ru', 'ru', 'Русский'],
      ['/zh/', 'zh-Hans', 'zh-Hans', '中文'],
    ]);
  });
});

for (const width of [320, 375])
  test(`at ${width} px the switcher's links are all on screen and big enough to tap`, async ({ page }) => {
    await page.setViewportSize({ width, height: 640 });
    for (const path of ALL) {
      await page.goto(path);
      for (const box of await page
        .locator('[data-language-switcher] a')
        .evaluateAll((as) => as.map((a) => a.getBoundingClientRect().toJSON() as DOMRect))) {
        expect(box.left, path).toBeGreaterThanOrEqual(0);
        expect(box.right, path).toBeLessThanOrEqual(width);
        expect(Math.min(box.width, box.height), path).toBeGreaterThanOrEqual(44);
      }
    }
  });

/**
 * The interface strings of the English catalogue (src/i18n/en/): none may show on a Russian or
 * Chinese page, where each has its translation. Only strings of two or more words are looked for,
 * so a brand or a lone word inside a source's own title does not count.
 */
function englishInterfaceStrings(): string[] {
  const dir = 'src/i18n/en';
  const texts = readdirSync(dir).flatMap((f) =>
    Object.values(JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')) as Record<string, unknown>).flatMap((v) =>
      typeof v === 'string' ? [v] : Object.values(v as Record<string, string>),
    ),
  );
  // The fixed part of each string: its longest run of words without a {placeholder}.
  return [
    ...new Set(
      texts
        .flatMap((s) => s.split(/\{\w+\}/))
        .map((s) => s.trim().replace(/[.:,;]+$/, ''))
        .filter((s) => /^[A-Za-z]/.test(s) && s.split(/\s+/).length >= 2 && s.length >= 10)
        // A name every edition writes in English (the glossary's ru and zh forms are the English).
        .filter((s) => !['Freedom on the Net'].includes(s)),
    ),
  ];
}

/** Each edition's chapter steppers (dist/embed/chapter/<anchor>/, the same anchors in every edition). */
const STEPPERS = existsSync('dist/embed/chapter') ? readdirSync('dist/embed/chapter') : [];

for (const path of [
  ...EDITIONS.map((e) => e.path),
  ...EDITIONS.flatMap((e) => STEPPERS.map((c) => `${e.path}embed/chapter/${c}/`)),
])
  test(`${path}: no English interface string shows in the page`, async ({ page }) => {
    await page.goto(path);
    // What a reader can read, outside elements marked as English (the language switcher's own name).
    const text = await page.evaluate(() => {
      const out: string[] = [];
      const walk = (n: Node) => {
        if (n instanceof Element && (n.closest('[lang="en"]') || ['SCRIPT', 'STYLE'].includes(n.tagName)))
          return;
        if (n.nodeType === Node.TEXT_NODE) out.push(n.textContent ?? '');
        for (const c of n.childNodes) walk(c);
      };
      walk(document.body);
      return out.join(' ').replace(/\s+/g, ' ');
    });
    expect(englishInterfaceStrings().filter((s) => text.includes(s))).toEqual([]);
  });
