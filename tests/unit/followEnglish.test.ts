import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { extractChapter } from '../../src/lib/content/extractChapter';
import { withEnglishStructure } from '../../src/lib/i18n/followEnglish';

const GOOD = join(import.meta.dirname, '../fixtures/chapters-i18n/good');
const english = readFileSync(join(GOOD, 'chapters/02-the-week.mdx'), 'utf8');
const read = (locale: string) => readFileSync(join(GOOD, `i18n/${locale}/chapters/02-the-week.mdx`), 'utf8');

describe('a translation compiled with the English structure', () => {
  test.each(['ru', 'zh'])('%s: the same sections, step ids, states and charts as the English', (locale) => {
    const merged = extractChapter(withEnglishStructure(read(locale), english));
    const en = extractChapter(english);
    const shape = (o: typeof en) => ({
      scrollies: o.scrollies.map((s) => [s.id, s.chart]),
      figures: o.figures.map((f) => [f.kind, f.chart, f.id, f.scrolly, f.state]),
      cites: o.cites.map((c) => c.ids),
    });
    expect(shape(merged)).toEqual(shape(en));
    // The words stay the translation's.
    expect(merged.figures.map((f) => f.alt)).toEqual(extractChapter(read(locale)).figures.map((f) => f.alt));
  });

  test("headings keep the translation's words and take the English anchors, one level down", () => {
    const merged = withEnglishStructure(read('ru'), english);
    expect(merged).toContain('<h3 id="day-by-day">День за днём</h3>');
    expect(merged).not.toMatch(/^## /m);
  });

  test('a prop the translation already has is not written twice; steps without an English match are left alone', () => {
    const t = read('ru')
      .replace('<Scrolly id="week-steps">', '<Scrolly id="week-steps" chart="timeline">')
      .replace('</Scrolly>', '<Step id="extra" alt="x">\n\nЛишний.\n\n</Step>\n</Scrolly>');
    const merged = withEnglishStructure(t, english);
    expect(merged.match(/chart="timeline"/g)).toHaveLength(1);
    expect(merged).toContain('<Step id="extra" alt="x">');
  });
});
