/**
 * Embeds, as a newsroom uses them: host pages on another origin (tests/e2e/support/hostServer.ts,
 * 127.0.0.1 on a free port) frame the built site served on 127.0.0.1 (STORY_PORT, 4321 by default).
 *   (a) our snippet sizes the frame to its content (±2 px), at 1000 px and again at 360 px
 *   (b) the real pym.js Parent sizes it
 *   (c) a Datawrapper-style listener sizes it
 *   (d) our host script ignores messages from other origins and malformed ones
 *   (e) hostile query strings render the default state and run nothing
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Frame, type Page, test } from '@playwright/test';
import { article, type HostServer, startHostServer } from './support/hostServer';

const CHARTS = ['timeline', 'world-map', 'country-panels', 'service-matrix', 'mechanism-matrix'];
const STEPPER = 'chapter-the-week-wechat-went-dark';

let host: HostServer;
let rogue: HostServer;
test.beforeAll(async () => {
  host = await startHostServer();
  rogue = await startHostServer();
});
test.afterAll(async () => {
  await host?.close();
  await rogue?.close();
});

interface OEmbed {
  html: string;
  provider_url: string;
  height: number;
}

/**
 * The published snippet of an embed (from its oEmbed JSON, in the edition under `dir`: '', 'ru/',
 * 'zh/'), pointed at the site under test.
 */
async function snippetFor(page: Page, baseURL: string, id: string, dir = ''): Promise<string> {
  const res = await page.request.get(`/${dir}oembed/${id}.json`);
  expect(res.ok(), `/${dir}oembed/${id}.json`).toBe(true);
  const o = (await res.json()) as OEmbed;
  const published = new URL(o.provider_url).origin;
  return o.html.replaceAll(published, new URL(baseURL).origin);
}

async function frameOf(page: Page, selector = 'iframe'): Promise<Frame> {
  const handle = await page.waitForSelector(selector, { state: 'attached' });
  await expect
    .poll(async () => (await handle.contentFrame())?.url() ?? '', { timeout: 15_000 })
    .toContain('/embed/');
  const frame = (await handle.contentFrame())!;
  await frame.waitForLoadState('load');
  return frame;
}

/** Height of the embed's content root, and of the iframe element, in CSS px. */
async function heights(page: Page, frame: Frame, selector = 'iframe') {
  const content = await frame.evaluate(
    () => document.querySelector('[data-embed-root]')!.getBoundingClientRect().height,
  );
  const box = await page.locator(selector).first().boundingBox();
  return { content, frame: box?.height ?? 0 };
}

async function expectSized(page: Page, frame: Frame, selector = 'iframe') {
  await expect
    .poll(
      async () => {
        const h = await heights(page, frame, selector);
        return Math.abs(h.content - h.frame);
      },
      { timeout: 10_000, message: 'iframe height within 2 px of its content' },
    )
    .toBeLessThanOrEqual(2);
  // Nothing is cut off: the frame's document does not scroll.
  const overflow = await frame.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
  expect(overflow).toBeLessThanOrEqual(1);
}

/** Wait until the frame's height has not changed for a second (late images, layout switches). */
async function settle(page: Page, selector = 'iframe'): Promise<number> {
  let last = -1;
  let same = 0;
  for (let i = 0; i < 60 && same < 4; i++) {
    const h = (await page.locator(selector).first().boundingBox())?.height ?? 0;
    same = h === last ? same + 1 : 0;
    last = h;
    await page.waitForTimeout(250);
  }
  return last;
}

/** Count the AMP height messages a host page receives (to prove there is no resize loop). */
const COUNT_MESSAGES = `<script>window.__sizeMessages=0;addEventListener('message',function(e){if(e.data&&e.data.type==='embed-size')window.__sizeMessages++;});</script>`;

test.describe('embeds on another site', () => {
  // Every chart and stepper in English; one chart and the stepper in each other edition (the same
  // snippet and script).
  const cases = [
    ...[...CHARTS, STEPPER].map((id) => ({ dir: '', id })),
    { dir: 'ru/', id: 'timeline' },
    { dir: 'zh/', id: 'world-map' },
    { dir: 'ru/', id: STEPPER },
    { dir: 'zh/', id: STEPPER },
  ];
  for (const { dir, id } of cases) {
    test(`(a) our snippet sizes ${dir}${id} to its content at 1000 px and again at 360 px, without a loop`, async ({
      page,
      baseURL,
    }) => {
      await page.setViewportSize({ width: 1100, height: 900 });
      const snippet = await snippetFor(page, baseURL!, id, dir);
      if (dir) expect(snippet).toContain(`/${dir}embed/${id.replace(/^chapter-/, 'chapter/')}/`);
      const url = host.page(
        `/a-${dir.replace('/', '-')}${id}.html`,
        article(`<div id="col" style="width:1000px">${snippet}</div>`, COUNT_MESSAGES),
      );
      await page.goto(url);
      const frame = await frameOf(page);
      await settle(page);
      await expectSized(page, frame);
      const wide = await heights(page, frame);

      await page.evaluate(() => {
        document.getElementById('col')!.style.width = '360px';
      });
      await settle(page);
      await expectSized(page, frame);
      const narrow = await heights(page, frame);
      expect(Math.abs(narrow.frame - wide.frame), 'the height follows the width').toBeGreaterThan(2);

      // Settled: no more messages, no growth.
      const before = await page.evaluate(
        () => (window as unknown as { __sizeMessages: number }).__sizeMessages,
      );
      await page.waitForTimeout(1500);
      const after = await page.evaluate(
        () => (window as unknown as { __sizeMessages: number }).__sizeMessages,
      );
      expect(after - before, 'no messages once the size is settled').toBe(0);
      expect((await heights(page, frame)).frame).toBe(narrow.frame);
      expect(page.url()).toBe(url);
    });
  }

  test('without scripts the snippet shows the static picture, linked to the story', async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 800, height: 900 },
    });
    const page = await context.newPage();
    const snippet = await snippetFor(page, baseURL!, 'world-map');
    await page.goto(
      host.page('/a-noscript.html', article(`<div id="col" style="width:600px">${snippet}</div>`)),
    );
    await expect(page.locator('iframe')).toHaveCount(0);
    const img = page.locator('#col img');
    await expect(img).toBeVisible();
    await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth)).toBe(1200);
    expect(await img.getAttribute('alt')).toMatch(/Freedom on the Net/);
    expect(await page.locator('#col a').getAttribute('href')).toMatch(/\/#[a-z0-9-]+$/);
    await context.close();
  });

  test('(b) the real pym.js Parent sizes the embed', async ({ page, baseURL }) => {
    await page.setViewportSize({ width: 900, height: 900 });
    const src = new URL('/embed/world-map/', baseURL).href;
    const url = host.page(
      '/b-pym.html',
      article(
        `<div id="col" style="width:700px"><div id="pym-world"></div></div>`,
        `<script src="/pym.v1.min.js"></script><script>addEventListener('DOMContentLoaded',function(){window.pymParent=new pym.Parent('pym-world',${JSON.stringify(src)},{title:'World map'});});</script>`,
      ),
    );
    await page.goto(url);
    const frame = await frameOf(page, '#pym-world iframe');
    expect(frame.url()).toContain('childId=pym-world');
    await expectSized(page, frame, '#pym-world iframe');
  });

  test('(c) a Datawrapper-style listener sizes the embed', async ({ page, baseURL }) => {
    await page.setViewportSize({ width: 900, height: 900 });
    const src = new URL('/embed/timeline/', baseURL).href;
    // Datawrapper's responsive-embed listener, as published with its iframe snippet.
    const listener = `<script>!function(){"use strict";window.addEventListener("message",(function(a){if(void 0!==a.data["datawrapper-height"]){var e=document.querySelectorAll("iframe");for(var t in a.data["datawrapper-height"])for(var r=0;r<e.length;r++)if(e[r].contentWindow===a.source){var i=a.data["datawrapper-height"][t]+"px";e[r].style.height=i}}}))}();</script>`;
    const url = host.page(
      '/c-datawrapper.html',
      article(
        `<div id="col" style="width:640px"><iframe title="Timeline" aria-label="Timeline" id="datawrapper-chart-timeline" src="${src}" scrolling="no" frameborder="0" style="width:0;min-width:100%!important;border:none;" height="150"></iframe>${listener}</div>`,
      ),
    );
    await page.goto(url);
    const frame = await frameOf(page);
    await expectSized(page, frame);
  });

  test('(d) our host script ignores messages from other origins and malformed ones', async ({
    page,
    baseURL,
  }) => {
    await page.setViewportSize({ width: 900, height: 900 });
    const snippet = await snippetFor(page, baseURL!, 'country-panels');
    // A page on a third origin, framed by the host, that claims to be an embed.
    const rogueUrl = rogue.page(
      '/rogue.html',
      `<!doctype html><title>rogue</title><script>
        function spam(){[{sentinel:'amp',type:'embed-size',height:3333},{height:3333},'pymxPYMxxPYMxheightxPYMx3333',{'datawrapper-height':{'country-panels':3333}}].forEach(function(m){parent.postMessage(m,'*')});}
        spam(); addEventListener('message', spam);
      </script>`,
    );
    const hostile = [
      `<div data-embed-src="javascript:alert(1)" data-embed-title="x"></div>`,
      `<div data-embed-src="${rogue.origin}/embed/timeline/" data-embed-title="x"></div>`,
    ].join('');
    const url = host.page(
      '/d-messages.html',
      article(
        `<div id="col" style="width:700px">${snippet}</div>${hostile}<iframe id="rogue" title="rogue" src="${rogueUrl}" style="width:10px;height:10px"></iframe>`,
      ),
    );
    const navigations: string[] = [];
    page.on('framenavigated', (f) => f === page.mainFrame() && navigations.push(f.url()));
    page.on('dialog', (d) => {
      navigations.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    await page.goto(url);
    const frame = await frameOf(page, '#col iframe');
    await expectSized(page, frame, '#col iframe');
    await settle(page, '#col iframe');
    const settled = (await heights(page, frame, '#col iframe')).frame;
    // Record every height the host script sets from now on (the embed would correct a wrong one
    // at once, so the final height alone would not show that a bad message got through).
    await page.evaluate(() => {
      const w = window as unknown as { __set: string[] };
      w.__set = [];
      const f = document.querySelector('#col iframe') as HTMLIFrameElement;
      new MutationObserver(() => w.__set.push(f.style.height)).observe(f, {
        attributes: true,
        attributeFilter: ['style'],
      });
    });
    const setHeights = () => page.evaluate(() => (window as unknown as { __set: string[] }).__set);
    // Only the real snippet became a frame (besides the rogue one the host page itself made).
    await expect(page.locator('iframe')).toHaveCount(2);

    // 1. The rogue frame (another origin) keeps posting well-formed messages.
    await page.evaluate(() =>
      (document.getElementById('rogue') as HTMLIFrameElement).contentWindow!.postMessage('again', '*'),
    );
    // 2. The host page itself posts one (right origin? no: its own; wrong source).
    await page.evaluate(() => window.postMessage({ sentinel: 'amp', type: 'embed-size', height: 3333 }, '*'));
    // 3. The real embed frame (right origin, right source) posts malformed ones.
    await frame.evaluate(() => {
      const bad: unknown[] = [
        null,
        'garbage',
        { height: 3333 },
        { sentinel: 'amp', type: 'embed-size', height: '3333' },
        { sentinel: 'amp', type: 'embed-size', height: Number.NaN },
        { sentinel: 'amp', type: 'embed-size', height: Number.POSITIVE_INFINITY },
        { sentinel: 'amp', type: 'embed-size', height: -10 },
        { sentinel: 'amp', type: 'embed-size', height: 1e9 },
        { sentinel: 'amp', type: 'resize', height: 3333 },
        JSON.stringify({ sentinel: 'amp', type: 'embed-size', height: 3333 }),
      ];
      for (const m of bad) parent.postMessage(m, '*');
    });
    await page.waitForTimeout(800);
    expect(await setHeights(), 'no height was taken from a rejected message').toEqual([]);
    expect((await heights(page, frame, '#col iframe')).frame).toBe(settled);

    // Control: a well-formed message from the real frame is obeyed (the listener is live); the
    // embed then reports its real height again, so the frame returns to it.
    await frame.evaluate(() => parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: 777 }, '*'));
    await expect.poll(setHeights).toContain('777px');
    await expect.poll(async () => (await heights(page, frame, '#col iframe')).frame).toBe(settled);
    expect(navigations.filter((n) => n !== url)).toEqual([]);
    expect(page.url()).toBe(url);
  });
});

test.describe('embed query strings', () => {
  const HOSTILE = [
    '?year=<script>window.__pwned=1</script>',
    '?focus=javascript:window.__pwned=1&highlight="><img src=x onerror=window.__pwned=1>',
    `?year=1e309&date=99999-99-99&highlight=${'A'.repeat(5000)}`,
    '?year=99999999999999999999999&focus=2017-13-45,2017-00-00&countries=<svg/onload=window.__pwned=1>',
    '?__proto__[year]=2017&constructor=1&categories=block,<script>&categories=javascript:alert(1)',
    '?year=%E0%A4%A&highlight=%00%ff&date=%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E',
    '?year=-2017&year=2017.5&date=2017-05-04T00:00:00Z&highlight=,&highlight=no-such-record,',
    '?highlight=zz&annotate=no-such-event&countries=ZZ&year=1999&date=2017-02-30',
  ];

  /** The figure's markup, reduced to a short fingerprint (a failure should not print 100 kB). */
  async function figureOf(page: Page): Promise<string> {
    return page.locator('[data-embed-chart] .figure-svgs').evaluate(async (el) => {
      const bytes = new TextEncoder().encode(el.outerHTML);
      const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
      return `${bytes.length} bytes, sha256 ${[...hash.slice(0, 8)].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
    });
  }

  for (const id of CHARTS) {
    test(`(e) ${id}: garbage, huge numbers and script payloads render the default and run nothing`, async ({
      page,
    }) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('dialog', (d) => {
        errors.push(`dialog: ${d.message()}`);
        void d.dismiss();
      });
      await page.goto(`/embed/${id}/`);
      await page.waitForLoadState('networkidle');
      const reference = await figureOf(page);
      const scripts = await page.locator('script').count();
      for (const q of HOSTILE) {
        await page.goto(`/embed/${id}/${q}`);
        await page.waitForLoadState('networkidle');
        await page.waitForTimeout(150);
        expect(await figureOf(page), `${id}${q.slice(0, 60)} shows the default`).toBe(reference);
        expect(
          await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
        ).toBeUndefined();
        expect(await page.locator('script').count()).toBe(scripts);
        expect(await page.locator('img[src="x"], [onerror], [onload]').count()).toBe(0);
      }
      expect(errors).toEqual([]);
    });
  }

  test('a valid query string does change the figure (the state path works)', async ({ page }) => {
    await page.goto('/embed/world-map/');
    const reference = await page
      .locator('[data-embed-chart] svg[data-layout="wide"]')
      .evaluate((el) => el.outerHTML);
    await page.goto('/embed/world-map/?year=2017&highlight=kz');
    await expect(page.locator('[data-embed-chart] svg[data-layout="wide"]')).toHaveAttribute(
      'data-year',
      '2017',
    );
    expect(
      await page.locator('[data-embed-chart] svg[data-layout="wide"]').evaluate((el) => el.outerHTML),
    ).not.toBe(reference);
    await expect(page.locator('[data-embed-desc]')).toContainText('2017');
  });
});

test.describe('chapter embed: the scrolly section as a stepper', () => {
  const PATH = '/embed/chapter/the-week-wechat-went-dark/';

  test('previous/next buttons, arrow keys and Home/End move one step at a time, announced politely', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 700, height: 900 });
    await page.goto(PATH);
    const steps = page.locator('.stepper-step');
    const count = await steps.count();
    expect(count).toBeGreaterThanOrEqual(3);
    const current = () => page.locator('.stepper-step.is-current');
    await expect(current()).toHaveCount(1);
    await expect(current()).toHaveAttribute('data-index', '0');
    await expect(page.locator('[data-prev]')).toHaveAttribute('aria-disabled', 'true');
    // Hidden steps are out of the accessibility tree and the tab order.
    await expect(steps.nth(1)).toHaveAttribute('inert', '');

    await page.locator('[data-next]').click();
    await expect(current()).toHaveAttribute('data-index', '1');
    await expect(page.locator('[data-live]')).toHaveText(`Step 2 of ${count}`);
    await expect(page.locator('[data-counter]')).toHaveText(`Step 2 of ${count}`);
    expect(new URL(page.url()).hash).toBe(`#${await current().getAttribute('id')}`);

    await page.keyboard.press('ArrowRight');
    await expect(current()).toHaveAttribute('data-index', '2');
    await page.keyboard.press('ArrowLeft');
    await expect(current()).toHaveAttribute('data-index', '1');
    await page.keyboard.press('End');
    await expect(current()).toHaveAttribute('data-index', String(count - 1));
    await expect(page.locator('[data-next]')).toHaveAttribute('aria-disabled', 'true');
    // Next pressed into the last step keeps its focus (a disabled button would drop it to <body>).
    await page.keyboard.press('Home');
    await page.locator('[data-next]').focus();
    for (let i = 1; i < count; i++) await page.keyboard.press('Enter');
    await expect(current()).toHaveAttribute('data-index', String(count - 1));
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-next'))).toBe(true);
    await page.keyboard.press('Home');
    await expect(current()).toHaveAttribute('data-index', '0');
    // The stepper does not change height from step to step.
    const h0 = await page.locator('[data-embed-root]').evaluate((el) => el.getBoundingClientRect().height);
    for (let i = 1; i < count; i++) {
      await page.locator('[data-next]').click();
      const h = await page.locator('[data-embed-root]').evaluate((el) => el.getBoundingClientRect().height);
      expect(Math.abs(h - h0)).toBeLessThanOrEqual(1);
    }
  });

  test('a link to a step opens on that step', async ({ page }) => {
    await page.goto(PATH);
    const third = await page.locator('.stepper-step').nth(2).getAttribute('id');
    await page.goto(`${PATH}#${third}`);
    await expect(page.locator('.stepper-step.is-current')).toHaveAttribute('id', third!);
  });

  test('works in a short fixed-height frame (iframe-only snippet): the controls stay in reach', async ({
    page,
    baseURL,
  }) => {
    await page.setViewportSize({ width: 800, height: 900 });
    const src = new URL(PATH, baseURL).href;
    const url = host.page(
      '/stepper-short.html',
      article(
        `<div id="col" style="width:420px"><iframe src="${src}" title="Stepper" style="display:block;width:100%;height:300px;border:0"></iframe></div>`,
      ),
    );
    await page.goto(url);
    const frame = await frameOf(page);
    await frame.waitForSelector('.stepper.is-stepping');
    // Scroll the frame down to read the prose, then step on with the sticky Next button.
    await frame.evaluate(() => window.scrollTo(0, 400));
    const next = frame.locator('[data-next]');
    await expect(next).toBeInViewport();
    await next.click();
    await expect(frame.locator('.stepper-step.is-current')).toHaveAttribute('data-index', '1');
    // The new step starts at its top, and the host page did not move.
    expect(
      await frame.evaluate(() => document.querySelector('.stepper')!.getBoundingClientRect().top),
    ).toBeGreaterThanOrEqual(-1);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(page.url()).toBe(url);
  });

  for (const { dir, counter, previous, next, figure } of [
    { dir: 'ru/', counter: 'Шаг {n} из {count}', previous: 'Назад', next: 'Далее', figure: 'Хронология' },
    { dir: 'zh/', counter: '第{n}步，共{count}步', previous: '上一步', next: '下一步', figure: '时间线' },
  ])
    test(`/${dir}: the stepper steps in its edition's words and figures`, async ({ page }) => {
      await page.goto(`/${dir}${PATH.slice(1)}`);
      const count = await page.locator('.stepper-step').count();
      const words = (n: number) => counter.replace('{n}', String(n)).replace('{count}', String(count));
      await expect(page.locator('[data-counter]')).toHaveText(words(1));
      await expect(page.getByRole('button', { name: previous })).toHaveAttribute('aria-disabled', 'true');
      await page.getByRole('button', { name: next }).click();
      await expect(page.locator('[data-counter]')).toHaveText(words(2));
      await expect(page.locator('[data-live]')).toHaveText(words(2));
      const current = page.locator('.stepper-step.is-current');
      await expect(current).toHaveAttribute('aria-label', words(2));
      // The same step ids as the English stepper, the edition's drawing and text alternative.
      expect(new URL(page.url()).hash).toBe(`#${await current.getAttribute('id')}`);
      await expect(current.locator('img')).toHaveAttribute('src', new RegExp(`^/${dir}figures/`));
      await expect(current.locator('img')).toHaveAttribute('alt', new RegExp(figure, 'i'));
    });

  test('without JavaScript every step is listed with its static figure and prose', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(PATH);
    const steps = page.locator('.stepper-step');
    const count = await steps.count();
    expect(count).toBeGreaterThanOrEqual(3);
    await expect(page.locator('[data-stepper-controls]')).toBeHidden();
    for (let i = 0; i < count; i++) {
      await expect(steps.nth(i)).toBeVisible();
      await expect(steps.nth(i).locator('img')).toHaveAttribute('alt', /\w{4,}/);
      await expect(steps.nth(i).locator('.stepper-prose')).not.toBeEmpty();
    }
    await context.close();
  });
});

test.describe('embed accessibility', () => {
  const axe = (page: Page) => new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);

  for (const path of [
    ...CHARTS.map((id) => `/embed/${id}/`),
    '/embed/chapter/the-week-wechat-went-dark/',
    '/ru/embed/timeline/',
    '/zh/embed/world-map/',
    '/ru/embed/chapter/the-week-wechat-went-dark/',
    '/zh/embed/chapter/the-scoreboard/',
  ]) {
    test(`${path} has no axe violations at 360 and 1000 px`, async ({ page }) => {
      for (const width of [360, 1000]) {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(path);
        const results = await axe(page).analyze();
        expect(
          results.violations.map(
            (v) => `${width}px ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
          ),
        ).toEqual([]);
      }
    });
  }

  test('the Embed dialog on the story: opens, has the snippets, copies, closes with Escape, no axe violations', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/');
    const buttons = page.locator('button[data-embed-open]');
    expect(await buttons.count(), 'an Embed button on every figure').toBeGreaterThanOrEqual(5);
    const button = buttons.first();
    await button.scrollIntoViewIfNeeded();
    await button.click();
    const dialog = page.locator('dialog[open]');
    await expect(dialog).toHaveCount(1);
    await expect(dialog.getByRole('heading', { name: 'Embed this chart' })).toBeVisible();
    const code = await dialog.locator('textarea').first().inputValue();
    expect(code).toMatch(/^<div data-embed-src="[^"]+\/embed\/[^"]+\/"/);
    expect(await dialog.locator('textarea').nth(1).inputValue()).toMatch(/^<iframe src=/);
    const results = await axe(page).include('dialog[open]').analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
    await dialog.locator('button[data-copy]').first().click();
    await expect(dialog.locator('[data-copy-status]')).toContainText('copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
    await page.keyboard.press('Escape');
    await expect(page.locator('dialog[open]')).toHaveCount(0);
    await expect(button).toBeFocused();
  });

  test('every figure opens the one Embed dialog with its own chart, and a section its stepper', async ({
    page,
  }) => {
    await page.goto('/');
    const buttons = page.locator('button[data-embed-open]');
    const n = await buttons.count();
    expect(n).toBeGreaterThanOrEqual(5);
    const dialog = page.locator('dialog[open]');
    for (let i = 0; i < n; i++) {
      const button = buttons.nth(i);
      const { chart, scrolly } = await button.evaluate((b) => ({
        chart: b.closest<HTMLElement>('[data-chart]')?.dataset.chart ?? '',
        scrolly: !!b.closest('[data-scrolly]'),
      }));
      await button.scrollIntoViewIfNeeded();
      await button.click();
      await expect(dialog).toHaveCount(1);
      await expect(dialog.locator('textarea[data-snippet="script"]')).toHaveValue(
        new RegExp(`^<div data-embed-src="[^"]+/embed/${chart}/"`),
      );
      await expect(dialog.getByRole('link', { name: 'Open the embed' })).toHaveAttribute(
        'href',
        `/embed/${chart}/`,
      );
      for (const link of await dialog.locator('a[data-link]').all()) {
        await expect(link).toHaveAttribute('target', '_blank');
        await expect(link).toHaveAttribute('rel', 'noopener');
      }
      await expect(dialog.locator('[data-embed-name]')).not.toBeEmpty();
      // A scrolly section offers itself as a stepper, named by its chapter; a static chart does not.
      await expect(dialog.locator('[data-field="chapter"]')).toBeVisible({ visible: scrolly });
      if (scrolly) await expect(dialog.locator('[data-hint="chapter"]')).toContainText('“');
      await page.keyboard.press('Escape');
      await expect(page.locator('dialog[open]')).toHaveCount(0);
    }
  });

  for (const path of ['/', '/gallery/'])
    test(`${path}: the Embed dialog shows from a static figure while the sections are shown as figures (their sticky figures hidden)`, async ({
      page,
    }) => {
      await page.goto(path);
      const toggle = page.locator('[data-figures-toggle]').first();
      await toggle.scrollIntoViewIfNeeded();
      await toggle.click();
      await expect(toggle).toHaveAttribute('aria-pressed', 'true');
      for (const figure of await page.locator('.scrolly-figure').all()) await expect(figure).toBeHidden();
      const button = page.locator('.chart-figure button[data-embed-open]').first();
      await button.scrollIntoViewIfNeeded();
      await button.click();
      const dialog = page.locator('dialog[open]');
      await expect(dialog).toBeVisible();
      await expect(dialog.locator('textarea[data-snippet="script"]')).toBeVisible();
      await page.keyboard.press('Escape');
      // The choice is remembered; leave the next test the pinned figures.
      await toggle.click();
      await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    });

  test('the Embed dialog offers each language: choosing one changes the snippets, links and what is copied', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/');
    const button = page.locator('button[data-embed-open]').first();
    await button.scrollIntoViewIfNeeded();
    await button.click();
    const dialog = page.locator('dialog[open]');
    const script = dialog.locator('textarea[data-snippet="script"]');
    const iframe = dialog.locator('textarea[data-snippet="iframe"]');
    // The page's edition first.
    await expect(dialog.getByRole('radio', { name: 'English' })).toBeChecked();
    const english = await script.inputValue();
    expect(english).toMatch(/data-embed-src="[^"]+\/embed\/[a-z-]+\/"/);

    for (const [name, dir] of [
      ['Русский', 'ru'],
      ['中文', 'zh'],
    ] as const) {
      await dialog.getByRole('radio', { name }).check();
      await expect(script).toHaveValue(new RegExp(`data-embed-src="[^"]+/${dir}/embed/[a-z-]+/"`));
      await expect(script).toHaveValue(new RegExp(`<img src="[^"]+/${dir}/embed/[a-z-]+/image\\.png"`));
      await expect(iframe).toHaveValue(new RegExp(`^<iframe src="[^"]+/${dir}/embed/[a-z-]+/"`));
      await expect(dialog.getByRole('link', { name: 'Open the embed' })).toHaveAttribute(
        'href',
        new RegExp(`^/${dir}/embed/[a-z-]+/$`),
      );
      // The section's stepper in that language too.
      await expect(dialog.locator('[data-field="chapter"]')).toBeVisible();
      await expect(dialog.locator('textarea[data-snippet="chapter"]')).toHaveValue(
        new RegExp(`data-embed-src="[^"]+/${dir}/embed/chapter/[a-z-]+/"`),
      );
      await dialog.locator('button[data-copy]').first().click();
      await expect(dialog.locator('[data-copy-status]')).toContainText('copied');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await script.inputValue());
    }
    await dialog.getByRole('radio', { name: 'English' }).check();
    await expect(script).toHaveValue(english);
    await expect(dialog.locator('[data-field="chapter"]')).toBeVisible();
    const results = await axe(page).include('dialog[open]').analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });

  test('the Embed dialog and the previewer hand out snippets for the origin the page is served from', async ({
    page,
    context,
    baseURL,
  }) => {
    // The build under test has no SITE_URL (or another one): its HTML names the build origin, and
    // the page is served from 127.0.0.1:<port>. What a reader copies must point here.
    const served = new URL(baseURL!).origin;
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/');
    const button = page.locator('button[data-embed-open]').first();
    await button.scrollIntoViewIfNeeded();
    await button.click();
    const dialog = page.locator('dialog[open]');
    // It opens once its code (loaded when the button is first pointed at) has filled it.
    await expect(dialog).toHaveCount(1);
    const fields = await dialog
      .locator('textarea')
      .evaluateAll((ts) => ts.map((t) => (t as HTMLTextAreaElement).value));
    expect(fields.length).toBeGreaterThanOrEqual(2);
    for (const code of fields) {
      const origins = [...code.matchAll(/(?:src|href)="(https?:\/\/[^/"]+)\//g)].map((m) => m[1]);
      expect(origins.length, code).toBeGreaterThan(0);
      expect(new Set(origins), code).toEqual(new Set([served]));
    }
    await dialog.locator('button[data-copy]').first().click();
    await expect(dialog.locator('[data-copy-status]')).toContainText('copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(`data-embed-src="${served}/embed/`);
    expect(copied).toContain(`src="${served}/embed.js"`);
    await page.keyboard.press('Escape');

    await page.goto('/embed-preview/');
    const preview = await page
      .locator('.preview-code textarea')
      .evaluateAll((ts) => ts.map((t) => (t as HTMLTextAreaElement).value));
    expect(preview.length).toBeGreaterThanOrEqual(CHARTS.length * 2);
    for (const code of preview) expect(code).toContain(`${served}/embed`);
    expect(preview.join('\n')).not.toMatch(/localhost:4321/);
  });

  test('the embed previewer shows every embed at 320, 600 and 1000 px', async ({ page }) => {
    await page.goto('/embed-preview/');
    const sections = page.locator('.preview-item');
    expect(await sections.count()).toBeGreaterThanOrEqual(CHARTS.length + 4);
    for (const id of CHARTS) {
      const frames = page.locator(`#embed-${id} iframe`);
      await expect(frames).toHaveCount(3);
      expect(
        await page
          .locator(`#embed-${id} .preview-frame`)
          .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().width)),
      ).toEqual([320, 600, 1000]);
    }
    const results = await axe(page).exclude('iframe').analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
});
