import { describe, expect, test } from 'vitest';
import { extractChapter } from '../../src/lib/content/extractChapter';
import { validateChapters } from '../../src/lib/content/validateChapters';
import { chapterTemplate, kebab, maxOrder } from '../../scripts/new-chapter';
import { fixtureDataset } from '../fixtures/story/dataset';

describe('new:chapter', () => {
  test('file names from titles', () => {
    expect(kebab('What came next?')).toBe('what-came-next');
    expect(kebab('  Café — Ünïcode & 2017 ')).toBe('cafe-unicode-2017');
  });
  test('the next order follows the highest one', () => {
    expect(maxOrder(['---\norder: 3\n---\n', '---\norder: 9\ntitle: x\n---\n', 'no frontmatter'])).toBe(9);
    expect(maxOrder([])).toBe(0);
  });
  const text = chapterTemplate('What came next', 10, '2026-11-29');
  test('the scaffold passes the content check, and its example section is commented out', () => {
    const file = 'content/chapters/10-what-came-next.mdx';
    expect(validateChapters([{ file, text }], fixtureDataset)).toEqual([]);
    expect(extractChapter(text).scrollies).toEqual([]);
  });
  test('the example section passes the content check once uncommented', () => {
    const open = text.replace(/^\{\/\*$/m, '').replace(/^\*\/\}$/m, '');
    const outline = extractChapter(open);
    expect(outline.scrollies).toHaveLength(1);
    expect(outline.figures.map((f) => f.id)).toEqual(['what-came-next-start', 'what-came-next-timeline-2']);
    expect(
      validateChapters([{ file: 'content/chapters/10-what-came-next.mdx', text: open }], fixtureDataset),
    ).toEqual([]);
  });
});
