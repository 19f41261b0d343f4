import { expect, type APIRequestContext, test } from '@playwright/test';

/**
 * schema.org JSON-LD in the built pages: a NewsArticle on the story and a Dataset on /data/,
 * each with the properties search engines require, consistent with what the page shows, and
 * pointing at files that exist. The CSP must not be needed for them (data scripts never run).
 */
type Thing = Record<string, unknown>;

async function jsonLd(request: APIRequestContext, path: string): Promise<{ html: string; things: Thing[] }> {
  const html = await (await request.get(path)).text();
  const things = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
    (m) => JSON.parse(m[1]!) as Thing,
  );
  return { html, things };
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

// Every edition: the Russian and Chinese stories and data pages carry their own, in their language.
for (const ed of ['/', '/ru/', '/zh/']) {
  test(`the story ${ed} carries one NewsArticle that matches its byline`, async ({ page, request }) => {
    const { html, things } = await jsonLd(request, ed);
    expect(things).toHaveLength(1);
    const a = things[0]!;
    expect(a['@context']).toBe('https://schema.org');
    expect(a['@type']).toBe('NewsArticle');
    for (const key of ['headline', 'description', 'datePublished', 'dateModified', 'inLanguage', 'image'])
      expect(a[key], key).toBeTruthy();
    expect((a.headline as string).length).toBeLessThanOrEqual(110);
    expect(a.datePublished).toMatch(ISO_DAY);
    expect(a.dateModified).toMatch(ISO_DAY);
    expect(a.dateModified! >= a.datePublished!).toBe(true);
    expect(html).toContain(`<html lang="${a.inLanguage}"`);
    for (const who of [a.author, a.publisher].flat() as Thing[]) {
      expect(who['@type']).toBe('Organization');
      expect(who.name).toBeTruthy();
    }

    await page.goto(ed);
    await expect(page.locator('h1')).toHaveText(a.headline as string);
    const times = await page
      .locator('.byline time')
      .evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')));
    expect(times[0]).toBe(a.datePublished);
    expect(times.at(-1)).toBe(a.dateModified);
    // The newest entry of "Corrections and updates" is the modified date.
    await expect(page.locator('#corrections-heading')).toHaveCount(1);
    expect(await page.locator('.corrections-list time').first().getAttribute('datetime')).toBe(
      a.dateModified,
    );

    for (const img of a.image as string[]) {
      const res = await request.get(new URL(img).pathname);
      expect(res.status(), img).toBe(200);
      expect(res.headers()['content-type']).toContain('image/png');
    }
  });

  test(`the data page ${ed}data/ carries one Dataset whose downloads exist`, async ({ request }) => {
    const { html, things } = await jsonLd(request, `${ed}data/`);
    expect(things).toHaveLength(1);
    const d = things[0]!;
    expect(d['@context']).toBe('https://schema.org');
    expect(d['@type']).toBe('Dataset');
    expect(d.name).toBeTruthy();
    // Google asks for a description of 50 to 5,000 characters.
    expect((d.description as string).length).toBeGreaterThanOrEqual(50);
    expect((d.description as string).length).toBeLessThanOrEqual(5000);
    expect(d.temporalCoverage).toMatch(/^\d{4}(-\d{2}){0,2}\/\d{4}(-\d{2}){0,2}$/);
    expect((d.creator as Thing)['@type']).toBe('Organization');
    expect(html).toContain(`<html lang="${d.inLanguage}"`);
    const files = d.distribution as Thing[];
    expect(files.length).toBeGreaterThanOrEqual(6);
    for (const f of files) {
      expect(f['@type']).toBe('DataDownload');
      const res = await request.get(new URL(f.contentUrl as string).pathname);
      expect(res.status(), f.contentUrl as string).toBe(200);
      expect(res.headers()['content-type']).toContain(f.encodingFormat as string);
    }
  });
}
