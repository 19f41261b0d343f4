import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { chapterTemplate, kebab, maxOrder, placeChapter } from '../../scripts/new-chapter';
import { extractChapter } from '../../src/lib/content/extractChapter';
import { formatIssue } from '../../src/lib/content/issue';
import { placeholderIssues } from '../../src/lib/content/placeholders';
import { validateChapters } from '../../src/lib/content/validateChapters';
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
  const file = 'content/chapters/10-what-came-next.mdx';
  test('the scaffold is a draft that passes the content check, its example section commented out', () => {
    expect(text).toMatch(/^draft: true$/m);
    expect(validateChapters([{ file, text }], fixtureDataset)).toEqual([]);
    expect(placeholderIssues([{ file, text }])).toEqual([]);
    expect(extractChapter(text).scrollies).toEqual([]);
  });
  test('published with its placeholder text untouched, it fails the check at both placeholders', () => {
    const published = text.replace('draft: true', 'draft: false');
    expect(placeholderIssues([{ file, text: published }]).map(formatIssue)).toEqual([
      `${file}:4 · record "frontmatter" · field "summary": still holds the new-chapter placeholder "One sentence for the table of contents a…"; replace it with your own text, or keep draft: true until it is written`,
      `${file}:9: still holds the new-chapter placeholder "Write the chapter here in Markdown."; replace it with your own text, or keep draft: true until it is written`,
    ]);
  });
  test('the example section passes the content check once uncommented', () => {
    const open = text.replace(/^\{\/\*$/m, '').replace(/^\*\/\}$/m, '');
    const outline = extractChapter(open);
    expect(outline.scrollies).toHaveLength(1);
    expect(outline.figures.map((f) => f.id)).toEqual(['what-came-next-start', 'what-came-next-timeline-2']);
    expect(validateChapters([{ file, text: open }], fixtureDataset)).toEqual([]);
  });

  const three = [
    { file: '01-one.mdx', order: 1 },
    { file: '02-two.mdx', order: 2 },
    { file: '03-three.mdx', order: 3 },
  ];
  test('goes last by default, and nothing moves', () => {
    expect(placeChapter(three, 'four')).toEqual({ order: 4, file: '04-four.mdx', moves: [] });
  });
  test('--before and --after renumber the chapters that follow, order and file prefix', () => {
    expect(placeChapter(three, 'new', { before: 'two' })).toEqual({
      order: 2,
      file: '02-new.mdx',
      moves: [
        { from: '02-two.mdx', to: '03-two.mdx', order: 3 },
        { from: '03-three.mdx', to: '04-three.mdx', order: 4 },
      ],
    });
    expect(placeChapter(three, 'new', { after: 'three' }).moves).toEqual([]);
    expect(placeChapter(three, 'new', { after: 'one' }).order).toBe(2);
  });
  test('an unknown chapter is refused with the nearest name', () => {
    expect(() => placeChapter(three, 'new', { before: 'thre' })).toThrow(
      'no chapter "thre"; did you mean "three"? Chapters: one, two, three',
    );
  });

  test('the command writes the draft and renames the chapters it moves', () => {
    const root = mkdtempSync(join(tmpdir(), 'new-chapter-'));
    try {
      const dir = join(root, 'chapters');
      execFileSync('mkdir', ['-p', dir]);
      for (const c of three)
        writeFileSync(join(dir, c.file), `---\ntitle: "${c.file}"\norder: ${c.order}\n---\n\nText.\n`);
      const out = execFileSync('npx', ['tsx', 'scripts/new-chapter.ts', 'Between', '--after', 'one'], {
        env: { ...process.env, CONTENT_DIR: root },
        encoding: 'utf8',
      });
      expect(out).toContain('02-two.mdx → 03-two.mdx (order 3)');
      expect(readdirSync(dir).sort()).toEqual(['01-one.mdx', '02-between.mdx', '03-two.mdx', '04-three.mdx']);
      expect(readFileSync(join(dir, '04-three.mdx'), 'utf8')).toMatch(/^order: 4$/m);
      expect(readFileSync(join(dir, '02-between.mdx'), 'utf8')).toMatch(
        /^order: 2\ndraft: true$|^draft: true$/m,
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
