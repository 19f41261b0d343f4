import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  chapterTemplate,
  followRenumbered,
  kebab,
  maxOrder,
  placeChapter,
  withOrder,
} from '../../scripts/new-chapter';
import { extractChapter } from '../../src/lib/content/extractChapter';
import { formatIssue } from '../../src/lib/content/issue';
import { checkContent } from '../../src/lib/content/loadContent';
import { englishRevision } from '../../src/lib/i18n/translatedChapters';
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

  test('refuses, changing nothing, when a translation would overwrite one that does not move', () => {
    const root = mkdtempSync(join(tmpdir(), 'new-chapter-'));
    try {
      const dir = join(root, 'chapters');
      const ru = join(root, 'i18n', 'ru', 'chapters');
      mkdirSync(ru, { recursive: true });
      mkdirSync(dir);
      for (const c of three)
        writeFileSync(join(dir, c.file), `---\ntitle: "${c.file}"\norder: ${c.order}\n---\n\nText.\n`);
      // 02-two's translation would become 03-two.mdx, where a stray copy already is.
      for (const f of ['02-two.mdx', '03-two.mdx']) writeFileSync(join(ru, f), '---\nfollows: "x"\n---\n');
      const run = () =>
        execFileSync('npx', ['tsx', 'scripts/new-chapter.ts', 'Between', '--after', 'one'], {
          env: { ...process.env, CONTENT_DIR: root },
          encoding: 'utf8',
          stdio: 'pipe',
        });
      expect(run).toThrow(
        `${ru}/03-two.mdx already exists and is not the translation of a chapter that moves; rename or remove it first.`,
      );
      expect(readdirSync(dir).sort()).toEqual(three.map((c) => c.file));
      expect(readdirSync(ru).sort()).toEqual(['02-two.mdx', '03-two.mdx']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
  test('a renumbered translation follows the new English revision only if it followed the old one', () => {
    const english = '---\ntitle: "Two"\norder: 2\n---\n\nText.\n';
    const [before, after] = [englishRevision(english), englishRevision(withOrder(english, 3))];
    expect(before).not.toBe(after);
    const translation = (follows: string) =>
      `---\ntitle: "Два"\nsummary: "…"\nfollows: "${follows}"\n---\n\nТекст.\n`;
    expect(followRenumbered(translation(before), before, after)).toEqual({
      text: translation(after),
      upToDate: true,
    });
    expect(followRenumbered(translation('0123456789ab'), before, after)).toEqual({
      text: translation('0123456789ab'),
      upToDate: false,
    });
  });
});

// The real content, on a temp copy: the translations move with their chapters, and the result
// passes the check (before, 8 translations were left under their old names: 8 problems).
describe('new:chapter with translations', () => {
  const ROOT = join(import.meta.dirname, '../..');
  test.each([
    {
      where: '--after',
      near: 'the-view-from-china',
      behind: ['zh', '07-after-wechat.mdx', '08-after-wechat.mdx'],
    },
    {
      where: '--before',
      near: 'the-register-behind-the-block',
      behind: ['ru', '02-the-register-behind-the-block.mdx', '03-the-register-behind-the-block.mdx'],
    },
  ])(
    '$where $near: translations renamed, up-to-date ones stay so, one behind stays behind',
    ({ where, near, behind }) => {
      const [locale, from, to] = behind as [string, string, string];
      const tmp = mkdtempSync(join(tmpdir(), 'new-chapter-i18n-'));
      const content = join(tmp, 'content');
      const dir = relative(ROOT, content); // checkContent reads paths under the project root
      try {
        cpSync(join(ROOT, 'content'), content, { recursive: true });
        // One translation already behind the English: an older revision than the current one.
        const stale = join(content, 'i18n', locale, 'chapters', from);
        writeFileSync(
          stale,
          readFileSync(stale, 'utf8').replace(/^follows: .*$/m, 'follows: "0123456789ab"'),
        );
        const warned = (w: { file: string; field?: string }[]) => w.map((i) => [i.file, i.field]);
        const start = checkContent(ROOT, dir);
        expect(start.issues).toEqual([]);
        expect(warned(start.warnings)).toEqual([[`${dir}/i18n/${locale}/chapters/${from}`, 'follows']]);

        const out = execFileSync('npx', ['tsx', 'scripts/new-chapter.ts', 'What came next', where, near], {
          cwd: ROOT,
          env: { ...process.env, CONTENT_DIR: content },
          encoding: 'utf8',
        });
        // No problems; the up-to-date translations have no warning, the one behind still has its own.
        const end = checkContent(ROOT, dir);
        expect(end.issues.map(formatIssue)).toEqual([]);
        expect(warned(end.warnings)).toEqual([[`${dir}/i18n/${locale}/chapters/${to}`, 'follows']]);
        expect(readFileSync(join(content, 'i18n', locale, 'chapters', to), 'utf8')).toMatch(
          /^follows: "0123456789ab"$/m,
        );
        const english = readdirSync(join(content, 'chapters')).filter((f) => !f.includes('what-came-next'));
        for (const edition of ['ru', 'zh'])
          expect(readdirSync(join(content, 'i18n', edition, 'chapters')).sort()).toEqual(english.sort());
        // The editor is told what moved.
        expect(out).toContain(`Renamed with them in ${content}/i18n/${locale}/chapters/:`);
        expect(out).toContain(
          `  ${from} → ${to} (was behind the English and still is: its follows is unchanged)`,
        );
        // What the editor runs next: the check passes.
        const check = execFileSync('npx', ['tsx', 'scripts/check-content.ts', dir], {
          cwd: ROOT,
          encoding: 'utf8',
          stdio: 'pipe',
        });
        expect(check).toMatch(/10 chapters and \d+ records, no problems/);
      } finally {
        rmSync(tmp, { recursive: true, force: true });
      }
    },
  );
});
