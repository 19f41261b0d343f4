import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeSyntheticContent } from '../../scripts/bench/build-scaling';
import { pageType, sizesOf, startTagOffsets } from '../../scripts/bench/bytes';
import { toTimelineJs } from '../../scripts/bench/timelinejs';
import { checkContent } from '../../src/lib/content/loadContent';

const root = join(import.meta.dirname, '..', '..');
const tmp = mkdtempSync(join(tmpdir(), 'bench-tools-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const event = {
  id: 'ru-wechat-block-2017',
  date: '2017-05-04',
  precision: 'day',
  country: 'RU',
  category: 'block',
  title: 'Russia blocks <WeChat>',
  summary: 'A & B',
  sources: [{ url: 'https://example.org/?a=1&b="2"', publisher: 'TASS' }],
};

describe('TimelineJS conversion', () => {
  it('keeps only the date parts an event knows, and groups by country', () => {
    const tl = toTimelineJs([
      event,
      { ...event, id: 'm', date: '2017-05', precision: 'month' },
      { ...event, id: 'y', date: '1998', precision: 'year', country: 'CN' },
    ]);
    expect(tl.events.map((e) => e.start_date)).toEqual([
      { year: '2017', month: '5', day: '4' },
      { year: '2017', month: '5' },
      { year: '1998' },
    ]);
    expect(tl.events.map((e) => e.group)).toEqual(['Russia', 'Russia', 'China']);
    expect(tl.events[0]!.unique_id).toBe('ru-wechat-block-2017');
  });

  it('escapes text, since TimelineJS renders its fields as HTML', () => {
    const [e] = toTimelineJs([event]).events;
    expect(e!.text.headline).toBe('Russia blocks &#60;WeChat&#62;');
    expect(e!.text.text).toContain('A &#38; B');
    expect(e!.text.text).toContain('href="https://example.org/?a=1&#38;b=&#34;2&#34;"');
  });
});

describe('synthetic content for build scaling', () => {
  it('copies chapters and events N times, and the copies pass the content rules', () => {
    const out = join(tmp, 'content-3x');
    const r = writeSyntheticContent(join(root, 'tests/fixtures/xss'), 3, out);
    expect(r.chapters).toBe(3);
    expect(r.steps).toBe(9);
    const original = JSON.parse(readFileSync(join(root, 'tests/fixtures/xss/data/events.json'), 'utf8'))
      .events.length;
    expect(r.events).toBe(original * 3);
    expect(readdirSync(join(out, 'chapters')).sort()).toEqual([
      '01-payloads-x2.mdx',
      '01-payloads-x3.mdx',
      '01-payloads.mdx',
    ]);
    const { issues } = checkContent('/', out);
    expect(issues).toEqual([]);
  });
});

describe('byte helpers', () => {
  it('weighs raw, gzip and brotli', () => {
    const s = sizesOf('a'.repeat(10_000));
    expect(s.raw).toBe(10_000);
    expect(s.gzip).toBeLessThan(100);
    expect(s.br).toBeLessThan(100);
  });

  it('finds start tags in source order, skipping comments and script bodies', () => {
    const html =
      '<html><head><script>if (a<b) x("<p>")</script></head><!-- <div> --><body><p>x</p></body></html>';
    expect(startTagOffsets(html).map((t) => t.name)).toEqual(['html', 'head', 'script', 'body', 'p']);
  });

  it('sorts pages into types', () => {
    expect(pageType('/')).toBe('story');
    expect(pageType('/embed/timeline/')).toBe('embed');
    expect(pageType('/embed/chapter/after-wechat/')).toBe('embed');
    expect(pageType('/embed-preview/')).toBe('previewer');
    expect(pageType('/data/')).toBe('other');
    expect(pageType('/ru/embed/timeline/')).toBe('embed');
    expect(pageType('/zh/embed/world-map/')).toBe('embed');
    expect(pageType('/ru/data/')).toBe('other');
    expect(pageType('/zh/embed-preview/')).toBe('previewer');
  });
});
