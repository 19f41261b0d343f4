/**
 * Golden SVGs of the timeline (TZ=UTC, fixed sizes, one-decimal numbers). Goldens live in
 * __goldens__/ and are committed; on CI (CI=true) vitest compares and never writes them.
 * To update after an intended change: `npx vitest run tests/charts/timeline.test.ts -u` locally,
 * look at the SVGs, commit them.
 */
import { describe, expect, it } from 'vitest';
import { timeline } from '../../src/charts/timeline/index';
import { renderTimeline } from '../../src/charts/timeline/render';
import type { TimelineState } from '../../src/charts/timeline/state';
import { fixtureData, realData, serverDocument } from '../fixtures/timeline-data';

const data = fixtureData();
const MAY: [string, string] = ['2017-04-25', '2017-05-20'];

function svgOf(state: TimelineState, layout: 'wide' | 'narrow' = 'wide', d = data): string {
  const document = serverDocument();
  const size = layout === 'wide' ? timeline.sizes.wide : timeline.sizes.narrow!;
  return renderTimeline(d, state, { document, ...size, layout, idPrefix: 'golden' }).outerHTML;
}

const GOLDENS: [string, TimelineState, 'wide' | 'narrow'][] = [
  ['whole', {}, 'wide'],
  ['may-2017', { focus: MAY }, 'wide'],
  [
    'highlight-annotate',
    {
      focus: MAY,
      countries: ['RU'],
      highlight: ['ru-wechat-block-2017', 'ru-wechat-unblock-2017'],
      annotate: ['ru-wechat-block-2017', 'ru-wechat-unblock-2017'],
    },
    'wide',
  ],
  ['country-ru', { countries: ['RU'], focus: ['2016-01-01', '2018-12-31'] }, 'wide'],
  ['third-lane', { countries: ['RU', 'CN', 'UZ'], focus: ['2017-01-01', '2017-12-31'] }, 'wide'],
  ['category', { categories: ['block', 'unblock', 'throttle'] }, 'wide'],
  ['narrow', {}, 'narrow'],
  [
    'narrow-may-2017',
    {
      focus: MAY,
      highlight: ['ru-wechat-block-2017'],
      annotate: ['ru-wechat-block-2017', 'cn-tencent-response-wechat-block-2017'],
    },
    'narrow',
  ],
];

describe('timeline SVG goldens', () => {
  it.each(GOLDENS)('%s', async (name, state, layout) => {
    await expect(svgOf(state, layout)).toMatchFileSnapshot(`./__goldens__/timeline-${name}.svg`);
  });
});

describe('timeline SVG', () => {
  it('is deterministic and rounds every number to one decimal', () => {
    for (const [, state, layout] of GOLDENS) {
      const a = svgOf(state, layout);
      expect(svgOf(state, layout)).toBe(a);
      expect(a).not.toMatch(/\d\.\d{2,}/);
      expect(a).not.toMatch(/NaN|undefined|Infinity/);
    }
  });

  it('has a title, a description of the state and a group role; marks are labelled buttons', () => {
    const svg = svgOf({ focus: MAY, highlight: ['ru-wechat-block-2017'] });
    expect(svg).toMatch(/^<svg /);
    for (const attr of [
      'xmlns="http://www.w3.org/2000/svg"',
      'class="tl tl--wide"',
      'viewBox="0 0 960 ',
      'role="group"',
      'aria-describedby="golden-w-desc"',
    ])
      expect(svg).toContain(attr);
    expect(svg).not.toContain('role="img"');
    expect(svg).toContain(
      '<title id="golden-w-title">Timeline of internet controls in Russia and China, 25 April – 20 May 2017</title>',
    );
    expect(svg).toMatch(
      /<desc id="golden-w-desc">\d+ events in Russia and China from 25 April 2017 to 20 May 2017: /,
    );
    expect(svg).toContain('aria-label="4 May 2017, Russia: WeChat blocked (block)"');
    expect(svg.match(/tabindex="0"/g)).toHaveLength(1);
  });

  it('prefixes ids per figure and per layout', () => {
    const w = svgOf({}, 'wide');
    const n = svgOf({}, 'narrow');
    const ids = (s: string) => [...s.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids(w).every((id) => id?.startsWith('golden-w-'))).toBe(true);
    expect(ids(n).every((id) => id?.startsWith('golden-n-'))).toBe(true);
  });

  it('draws the WeChat week as a span with its length', () => {
    const svg = svgOf({ focus: MAY, countries: ['RU'] });
    expect(svg).toContain('data-key="span-ru-wechat-block-2017"');
    expect(svg).toContain('WeChat blocked 7 days');
  });

  it('escapes text from the data (no markup from content reaches the SVG)', () => {
    const evil = fixtureData();
    evil.events = evil.events.map((e) =>
      e.id === 'ru-wechat-block-2017' ? { ...e, title: '<img src=x onerror=alert(1)>' } : e,
    );
    const svg = svgOf({ focus: MAY, annotate: ['ru-wechat-block-2017'] }, 'wide', evil);
    const back = serverDocument();
    back.body.innerHTML = svg;
    expect(back.querySelectorAll('img').length).toBe(0);
    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;</tspan>');
    expect(back.querySelector('[data-key="ru-wechat-block-2017"]')?.getAttribute('aria-label')).toContain(
      '<img src=x onerror=alert(1)>',
    );
  });

  it('renders every timeline step of the real story in both layouts', async () => {
    const real = realData();
    const { readdirSync, readFileSync } = await import('node:fs');
    const dir = new URL('../../content/chapters/', import.meta.url);
    let n = 0;
    for (const f of readdirSync(dir)) {
      const text = readFileSync(new URL(f, dir), 'utf8');
      for (const section of text.split('<Scrolly').slice(1)) {
        if (!section.startsWith(' chart="timeline"')) continue;
        for (const m of section.split('</Scrolly>')[0]!.matchAll(/state=\{(\{.*?\})\}>/g)) {
          const state = Function(`return (${m[1]})`)() as unknown;
          const parsed = timeline.parseState(state);
          expect(parsed.ok, `${f}: ${m[1]}`).toBe(true);
          if (!parsed.ok) continue;
          for (const layout of ['wide', 'narrow'] as const) {
            const svg = svgOf(parsed.state, layout, real);
            for (const id of parsed.state.annotate ?? [])
              expect(svg, `${f}: callout ${id}`).toContain(`data-key="label-${id}"`);
          }
          n++;
        }
      }
    }
    expect(n).toBeGreaterThanOrEqual(10);
  });
});
