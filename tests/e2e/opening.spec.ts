/**
 * The opening of the story, as a reader first meets it: a chart on the first screen (phone and
 * desktop, with and without scripts, without moving), a byline that says "Updated" only when
 * something was, one count per thing counted, and each publisher named once.
 */
import { expect, type Page, test } from '@playwright/test';

const SCREENS = [
  { name: 'phone 375×667', viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true },
  { name: 'desktop 1280×800', viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false },
];

/** The visible <svg> charts (not icons) whose whole box is inside the first screen. */
async function chartsOnFirstScreen(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('svg')]
      .map((svg) => ({ svg, r: svg.getBoundingClientRect() }))
      .filter(({ svg, r }) => {
        const visible = getComputedStyle(svg).visibility !== 'hidden' && r.width > 0 && r.height > 0;
        const isChart = r.width >= 200 && r.height >= 150;
        return (
          visible && isChart && r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth
        );
      })
      .map(({ svg, r }) => ({
        label: svg.getAttribute('aria-label') ?? '',
        top: Math.round(r.top),
        bottom: Math.round(r.bottom),
        width: Math.round(r.width),
      })),
  );
}

for (const screen of SCREENS) {
  for (const javaScriptEnabled of [true, false]) {
    test(`${screen.name}${javaScriptEnabled ? '' : ', no JavaScript'}: a whole chart is on the first screen, and stays put`, async ({
      browser,
    }) => {
      const context = await browser.newContext({
        viewport: screen.viewport,
        isMobile: screen.isMobile,
        hasTouch: screen.hasTouch,
        javaScriptEnabled,
      });
      const page = await context.newPage();
      await page.goto('/', { waitUntil: 'domcontentloaded' });
      const first = await chartsOnFirstScreen(page);
      expect(first.length, 'a chart fully inside the first screen on load').toBeGreaterThan(0);
      expect(first[0]!.label.length, 'the chart has a text alternative').toBeGreaterThan(20);
      // Scripts, fonts and images arrive: nothing above it pushes it down.
      await page.waitForLoadState('load');
      await page.waitForTimeout(600);
      const after = await chartsOnFirstScreen(page);
      expect(after[0]).toEqual(first[0]);
      await context.close();
    });
  }
}

test('the contents list is folded, so it does not fill the first screen, and opens to every chapter', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 667 });
  await page.goto('/');
  const details = page.locator('nav.toc details');
  await expect(details).toHaveCount(1);
  await expect(details).not.toHaveAttribute('open', /.*/);
  await expect(page.locator('nav.toc a').first()).toBeHidden();
  await page.locator('nav.toc summary').click();
  await expect(page.locator('nav.toc a').first()).toBeVisible();
  const chapters = await page.locator('main section.chapter').count();
  await expect(page.locator('nav.toc a')).toHaveCount(chapters);
});

test('the byline names the publication date, and "Updated" only when it is a later day', async ({ page }) => {
  await page.goto('/');
  const byline = page.locator('.story-header .byline');
  await expect(byline).toContainText(/Published \d{1,2} \w+ \d{4}/);
  const times = await byline.locator('time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')));
  const text = (await byline.textContent())!.replace(/\s+/g, ' ').trim();
  if (times.length === 1) expect(text).not.toContain('Updated');
  else {
    expect(times).toHaveLength(2);
    expect(times[1]! > times[0]!, `updated ${times[1]} after published ${times[0]}`).toBe(true);
  }
  // Separators are spaced: "By …· Published" or "2026· Updated" would be a glued line.
  expect(text).not.toMatch(/\S·|·\S/);
});

test('the data page and the timeline embed state the same counts, each naming what it counts', async ({
  page,
  request,
}) => {
  await page.goto('/data/');
  const summary = (await page.locator('main p').filter({ hasText: 'dated events' }).textContent())!.replace(
    /\s+/g,
    ' ',
  );
  // No number glued to the word before it ("events,39").
  expect(summary).not.toMatch(/[a-z],\d/);
  const events = JSON.parse(await (await request.get('/data/events.json')).text()) as unknown[];
  expect(summary).toContain(`${events.length} dated events`);
  const oembed = (await (await request.get('/oembed/timeline.json')).json()) as Record<string, unknown>;
  const described = JSON.stringify(oembed).match(/(\d+) events in ([A-Z][a-z]+(?: and [A-Z][a-z]+)*) from/);
  expect(described, 'the timeline embed states how many events it shows, and where').not.toBeNull();
  const [, shown, where] = described!;
  if (Number(shown) !== events.length) expect(summary).toContain(`the ${shown} in ${where}`);
  await page.goto('/embed/timeline/');
  expect(await page.locator('svg.tl').first().getAttribute('aria-label')).toContain(
    `${shown} events in ${where}`,
  );
});

test('each publisher is named once per record, in the story’s sources and in the CSV downloads', async ({
  page,
  request,
}) => {
  await page.goto('/');
  const repeated = await page.locator('.sources-list li').evaluateAll((lis) =>
    lis
      .map((li) => {
        const names = [...li.querySelectorAll('.source-links a')].map(
          (a) => a.getAttribute('aria-label')?.replace(/, page \d+$/, '') ?? a.textContent!.trim(),
        );
        const text = li.querySelector('.source-links')?.textContent ?? '';
        const listed = text
          .replace(/^\s*—\s*/, '')
          .split(';')
          .map((s) => s.replace(/\s*\([\d, ]+\)\s*$/, '').trim());
        return { id: li.id, names, listed };
      })
      .filter((r) => new Set(r.listed).size < r.listed.length),
  );
  expect(repeated).toEqual([]);
  for (const file of ['events.csv', 'figures.csv', 'freedom-on-the-net.csv']) {
    const [header, ...rows] = parseCsv(await (await request.get(`/data/${file}`)).text());
    const col = header!.indexOf('source_publishers');
    expect(col, `${file} has a source_publishers column`).toBeGreaterThan(-1);
    const doubled = rows
      .map((r) => ({ id: r[0], publishers: (r[col] ?? '').split('; ') }))
      .filter((r) => new Set(r.publishers).size < r.publishers.length);
    expect(doubled, file).toEqual([]);
  }
});

/** RFC 4180 rows: quoted fields may hold commas, quotes ("") and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}
