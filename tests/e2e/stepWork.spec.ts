import { createHash } from 'node:crypto';
import { recordTrace } from '../../scripts/bench/trace';
import { expect, scrollToStep, test } from './support/triggerLine';

/**
 * What a step change and the first paint may not cost (issue #12's speed targets are measured by
 * `npm run bench`; these tests pin the causes found by profiling, not timings):
 * - the first paint waits for no stylesheet request: the CSS is inline, allowed by its hash;
 * - the story script's start reads the layout of every section before it writes to any: read
 *   between writes, each section's reads laid the page out again (6 forced layouts at the start,
 *   and 4 restyles from the sticky figures' covers, each read after another section's write);
 * - a layout the reader cannot see (CSS shows one drawing per width) is not redrawn: only its
 *   name (aria-label and <title>) follows the step, so that it is right when it shows;
 * - the step change only reconciles: the next drawing was rebuilt ahead, in idle time;
 * - scrolled to a step, its card lights up in one frame and the figure moves in the next: in one
 *   task, card and figure together made a task over 50 ms at 4× CPU on most step changes;
 * - what moves is animated with transform and opacity only (the compositor runs those; any other
 *   property repaints the figure on the main thread every frame).
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

test("the story script's start lays the page out and restyles it a few times, not once per section", async ({
  page,
}) => {
  const cdp = await page.context().newCDPSession(page);
  const events = await recordTrace(
    cdp,
    'devtools.timeline,disabled-by-default-devtools.timeline,disabled-by-default-devtools.timeline.stack',
    async () => {
      await page.goto('/');
      await page.waitForLoadState('load');
    },
  );
  type Stack = { url: string; functionName: string }[];
  // A layout or restyle with a script stack was forced by a read (getBoundingClientRect…). Two
  // are expected of each: the reading bar's first read, before anything is written, and the
  // engine's first read of the step positions, after every section has written its start.
  const forced = (name: string) =>
    events
      .filter((e) => e.name === name)
      .map((e) => (e.args?.beginData as { stackTrace?: Stack } | undefined)?.stackTrace ?? [])
      .filter((st) => st.some((f) => f.url.includes('/_astro/')))
      .map((st) => st.map((f) => f.functionName || '(anonymous)').join(' < '));
  const layouts = forced('Layout');
  const restyles = forced('UpdateLayoutTree');
  expect(layouts.length, layouts.join('\n')).toBeGreaterThan(0);
  expect(layouts.length, layouts.join('\n')).toBeLessThanOrEqual(2);
  expect(restyles.length, restyles.join('\n')).toBeLessThanOrEqual(3);
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

test('scrolled to a step, the card lights up in one task and the figure takes the step in a later one', async ({
  page,
}) => {
  // Each delivery of a MutationObserver is one task's changes (delivered at its microtask
  // checkpoint): what each delivery saw, in order.
  await page.addInitScript(() => {
    const w = window as unknown as { deliveries: string[][] };
    w.deliveries = [];
    document.addEventListener('DOMContentLoaded', () =>
      new MutationObserver((records) =>
        w.deliveries.push(
          records.map((r) => {
            const el = r.target as HTMLElement;
            return r.attributeName === 'aria-current'
              ? `card ${el.getAttribute('aria-current') ? el.id : ''}`
              : `figure ${el.dataset.activeStep}`;
          }),
        ),
      ).observe(document.body, {
        attributes: true,
        subtree: true,
        attributeFilter: ['aria-current', 'data-active-step'],
      }),
    );
  });
  await page.goto('/');
  const ids = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-scrolly]')[0]!.querySelectorAll('[data-step]')].map(
      (x) => x.id,
    ),
  );
  for (const id of ids.slice(1, 4)) {
    await page.evaluate(() => {
      (window as unknown as { deliveries: string[][] }).deliveries.length = 0;
    });
    await scrollToStep(page, id);
    await expect(page.locator(`.scrolly-figure[data-active-step="${id}"]`)).toHaveCount(1);
    const deliveries = await page.evaluate(
      () => (window as unknown as { deliveries: string[][] }).deliveries,
    );
    const card = deliveries.findIndex((d) => d.includes(`card ${id}`));
    const figure = deliveries.findIndex((d) => d.includes(`figure ${id}`));
    expect(card, JSON.stringify(deliveries)).toBeGreaterThanOrEqual(0);
    expect(figure, JSON.stringify(deliveries)).toBeGreaterThan(card);
  }
});

test.describe('on a phone, step by step', () => {
  test.use({ viewport: { width: 375, height: 667 } });

  test('a step change takes a drawing made ahead, and animates only transform and opacity', async ({
    page,
  }) => {
    // Drawings rebuilt (decodeDrawing starts with an importNode of the <svg>) or copied (a deep
    // cloneNode of an <svg>) while a figure's step has changed and the change has not yet been
    // seen by a MutationObserver: in the task of the step change itself. The morph's copies of
    // the marks that enter are not drawings.
    await page.addInitScript(() => {
      const w = window as unknown as { inStep: string[]; props: string[] };
      w.inStep = [];
      w.props = [];
      const seen = new WeakMap<Element, string | undefined>();
      const stepping = () =>
        [...document.querySelectorAll<HTMLElement>('.scrolly-figure')].some(
          (f) => seen.has(f) && seen.get(f) !== f.dataset.activeStep,
        );
      const clone = Node.prototype.cloneNode;
      Node.prototype.cloneNode = function (this: Node, deep?: boolean) {
        if (deep && (this as Element).localName === 'svg' && stepping()) w.inStep.push('cloneNode');
        return clone.call(this, deep);
      };
      const importNode = Document.prototype.importNode;
      Document.prototype.importNode = function <T extends Node>(this: Document, n: T, deep?: boolean): T {
        if ((n as unknown as Element).localName === 'svg' && stepping()) w.inStep.push('importNode');
        return importNode.call(this, n, deep) as T;
      };
      document.addEventListener('DOMContentLoaded', () => {
        const figures = [...document.querySelectorAll<HTMLElement>('.scrolly-figure')];
        for (const f of figures) seen.set(f, f.dataset.activeStep);
        new MutationObserver(() => {
          for (const f of figures) seen.set(f, f.dataset.activeStep);
          for (const a of document.getAnimations())
            for (const k of (a.effect as KeyframeEffect).getKeyframes())
              for (const p of Object.keys(k))
                if (!['offset', 'computedOffset', 'easing', 'composite'].includes(p)) w.props.push(p);
        }).observe(document.body, { attributes: true, subtree: true, attributeFilter: ['data-active-step'] });
      });
    });
    await page.goto('/');
    const sections = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[data-scrolly]')].map((s) =>
        [...s.querySelectorAll<HTMLElement>('[data-step]')].map((x) => x.id),
      ),
    );
    let changes = 0;
    for (const steps of sections.slice(0, 3))
      for (const id of steps.slice(0, 4)) {
        await scrollToStep(page, id);
        await expect(page.locator(`.scrolly-figure[data-active-step="${id}"]`)).toHaveCount(1);
        changes++;
        // Time for the figure to settle and for idle time to come.
        await page.waitForTimeout(1200);
      }
    const found = await page.evaluate(() => {
      const w = window as unknown as { inStep: string[]; props: string[] };
      return { inStep: w.inStep, props: w.props };
    });
    expect(changes).toBeGreaterThan(8);
    expect(found.inStep).toEqual([]);
    expect(found.props.length).toBeGreaterThan(0);
    expect([...new Set(found.props)].sort()).toEqual(['opacity', 'transform']);
  });
});
