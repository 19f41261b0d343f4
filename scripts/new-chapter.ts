// `npm run new:chapter -- "Title" [--before <chapter> | --after <chapter>]`: creates
// content/chapters/NN-kebab-title.mdx as a draft with a commented example scrolly section. It
// goes last, or before/after the named chapter (its file name without the number, e.g.
// `the-view-from-china`); then every chapter's `order` and NN- prefix are renumbered 1, 2, 3, …
// (anchors, step ids and links do not change: they never include the number), and each
// edition's translation of a renumbered chapter (content/i18n/<edition>/chapters/, same file
// name) is renamed with it. CONTENT_DIR picks another content folder (tests). Refuses to
// overwrite a file.
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { PLACEHOLDER_BODY, PLACEHOLDER_SUMMARY } from '../src/lib/content/placeholders';
import { didYouMean } from '../src/lib/content/suggest';
import { EDITIONS, i18nDir } from '../src/lib/i18n/locales';
import { englishRevision } from '../src/lib/i18n/translatedChapters';

/** `"What came next?"` → `what-came-next`. */
export function kebab(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .replace(/-{2,}/g, '-');
}

/** A file's YAML frontmatter, or null. */
function frontmatterOf(text: string): Record<string, unknown> | null {
  const m = /^---\n([\s\S]*?)\n---/.exec(text);
  const fm: unknown = m ? parseYaml(m[1] ?? '') : null;
  return fm && typeof fm === 'object' ? (fm as Record<string, unknown>) : null;
}

/** A chapter's `order` from its frontmatter, or undefined. */
export function orderOf(text: string): number | undefined {
  const order = frontmatterOf(text)?.order;
  return typeof order === 'number' ? order : undefined;
}

/** The highest `order` in the chapters' frontmatter, or 0. */
export function maxOrder(texts: string[]): number {
  return Math.max(0, ...texts.map((t) => orderOf(t) ?? 0));
}

/** The text of a new chapter: a draft until its placeholder text is replaced. */
export function chapterTemplate(title: string, order: number, today: string): string {
  const slug = kebab(title);
  return `---
title: ${JSON.stringify(title)}
order: ${order}
summary: ${JSON.stringify(PLACEHOLDER_SUMMARY)}
draft: true
updated: ${today}
---

${PLACEHOLDER_BODY} Cite every date, number and attributed statement with
\`<Cite ids="record-id" />\`, using ids from content/data/ (\`npm run ids -- <words>\` finds them).
Set \`draft: false\` in the frontmatter when it is ready to publish.

{/*
An example scroll section: remove the comment markers around it to use it. The figure sticks
while the steps scroll past; each step sets the chart's state. Every step needs an alt: one
sentence saying what the figure shows in that step. See EDITING.md and /gallery/ for every
chart's state keys.

<Scrolly chart="timeline" id="${slug}-timeline">
<Step id="${slug}-start" alt="Timeline of May 2017 with the WeChat block on 4 May marked." state={{ focus: ["2017-04-25", "2017-05-20"], countries: ["RU"], highlight: ["ru-wechat-block-2017"] }}>

**First step.** The prose a reader sees beside the figure in this state.

</Step>
<Step alt="The same timeline with the block and the unblock on 11 May marked." state={{ focus: ["2017-04-25", "2017-05-20"], countries: ["RU"], highlight: ["ru-wechat-block-2017", "ru-wechat-unblock-2017"] }}>

**Second step.** A step without an id gets one from the section: ${slug}-timeline-2.

</Step>
</Scrolly>
*/}
`;
}

/** A chapter file as the scaffold sees it. */
export interface ChapterEntry {
  /** File name, `05-the-view-from-china.mdx`. */
  file: string;
  order: number;
}

/** `05-the-view-from-china.mdx` → `the-view-from-china` (the chapter's anchor). */
export const slugOf = (file: string) => file.replace(/^\d+-/, '').replace(/\.mdx$/, '');

/**
 * Where a new chapter goes and what moves: chapters in `order`, the new one inserted last or
 * before/after `near`, then numbered 1, 2, 3, … Returns the new chapter's order and file, and
 * each existing chapter whose order or file name changes.
 */
export function placeChapter(
  existing: ChapterEntry[],
  slug: string,
  where?: { before?: string; after?: string },
): { order: number; file: string; moves: { from: string; to: string; order: number }[] } {
  const sorted = [...existing].sort((a, b) => a.order - b.order || a.file.localeCompare(b.file));
  const near = where?.before ?? where?.after;
  let at = sorted.length;
  if (near) {
    const i = sorted.findIndex((c) => slugOf(c.file) === near);
    if (i < 0) {
      const slugs = sorted.map((c) => slugOf(c.file));
      throw new Error(`no chapter "${near}"${didYouMean(near, slugs) || '.'} Chapters: ${slugs.join(', ')}`);
    }
    at = where?.before ? i : i + 1;
  }
  const fileFor = (n: number, s: string) => `${String(n).padStart(2, '0')}-${s}.mdx`;
  const moves: { from: string; to: string; order: number }[] = [];
  const placed: (ChapterEntry | null)[] = [...sorted.slice(0, at), null, ...sorted.slice(at)];
  placed.forEach((c, i) => {
    if (!c) return;
    const to = fileFor(i + 1, slugOf(c.file));
    if (c.order !== i + 1 || c.file !== to) moves.push({ from: c.file, to, order: i + 1 });
  });
  return { order: at + 1, file: fileFor(at + 1, slug), moves };
}

/** Sets `order:` in a chapter's frontmatter. */
export function withOrder(text: string, order: number): string {
  return text.replace(/^(---\n[\s\S]*?^order:)[^\n]*$/m, `$1 ${order}`);
}

/**
 * A translation of a chapter that was renumbered. Only the English `order` changed, not a word, so
 * a translation that followed the English revision before follows the new one. A translation that
 * was already behind keeps its `follows`: its warning still names the English it has to catch up
 * with.
 */
export function followRenumbered(
  text: string,
  before: string,
  after: string,
): { text: string; upToDate: boolean } {
  if (frontmatterOf(text)?.follows !== before) return { text, upToDate: false };
  return { text: text.replace(/^(---\n[\s\S]*?^follows:)[^\n]*$/m, `$1 "${after}"`), upToDate: true };
}

/** A file to rewrite and rename, and what to tell the editor about it. */
interface FileMove {
  dir: string;
  from: string;
  to: string;
  text: string;
  note: string;
}

/**
 * The translations that move with the English chapters: each edition's file of the same name,
 * renamed the same way, its `follows` brought along when it was up to date. Throws when a
 * translation would overwrite one that does not move.
 */
function translationMoves(contentDir: string, moves: FileMove[], english: Map<string, string>): FileMove[] {
  return EDITIONS.flatMap((locale) => {
    const dir = `${i18nDir(contentDir)}/${locale}/chapters`;
    const theirs = moves.filter((m) => existsSync(join(dir, m.from)));
    const moving = new Set(theirs.map((m) => m.from));
    return theirs.map((m): FileMove => {
      if (m.to !== m.from && existsSync(join(dir, m.to)) && !moving.has(m.to))
        throw new Error(
          `${dir}/${m.to} already exists and is not the translation of a chapter that moves; rename or remove it first.`,
        );
      const revision = englishRevision(m.text);
      const t = followRenumbered(
        readFileSync(join(dir, m.from), 'utf8'),
        englishRevision(english.get(m.from)!),
        revision,
      );
      return {
        dir,
        from: m.from,
        to: m.to,
        text: t.text,
        note: t.upToDate
          ? `up to date: follows "${revision}"`
          : 'was behind the English and still is: its follows is unchanged',
      };
    });
  });
}

/**
 * Writes each file's new text under a temporary name, removes the old file, then gives each its new
 * name: 05→06 never overwrites a 06 that has not moved yet, and the live preview, which watches
 * only .mdx files, never reads one half-written.
 */
function applyMoves(moves: FileMove[]): void {
  for (const m of moves) {
    writeFileSync(join(m.dir, `${m.to}.moving`), m.text);
    unlinkSync(join(m.dir, m.from));
  }
  for (const m of moves) renameSync(join(m.dir, `${m.to}.moving`), join(m.dir, m.to));
}

function main(): void {
  const args = process.argv.slice(2);
  const flag = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args.splice(i, 2)[1] : undefined;
  };
  const before = flag('--before');
  const after = flag('--after');
  const title = args.join(' ').trim();
  if (!title || (before && after)) {
    console.error('Usage: npm run new:chapter -- "Chapter title" [--before <chapter> | --after <chapter>]');
    process.exit(1);
  }
  const slug = kebab(title);
  if (!slug) {
    console.error(`"${title}" has no letters or digits to make a file name from.`);
    process.exit(1);
  }
  const contentDir = process.env.CONTENT_DIR ?? 'content';
  const dir = join(contentDir, 'chapters');
  mkdirSync(dir, { recursive: true });
  const files = readdirSync(dir).filter((f) => f.endsWith('.mdx'));
  if (files.some((f) => slugOf(f) === slug)) {
    console.error(`A chapter named "${slug}" already exists; pick another title.`);
    process.exit(1);
  }
  const texts = new Map(files.map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
  const entries = files.map((f) => ({ file: f, order: orderOf(texts.get(f)!) ?? Number.MAX_SAFE_INTEGER }));
  let plan: ReturnType<typeof placeChapter>;
  try {
    plan = placeChapter(entries, slug, { before, after });
  } catch (e) {
    console.error((e as Error).message);
    process.exit(1);
  }
  if (existsSync(join(dir, plan.file)) && !plan.moves.some((m) => m.from === plan.file)) {
    console.error(`${join(dir, plan.file)} already exists; pick another title.`);
    process.exit(1);
  }
  const moves = plan.moves.map((m): FileMove => ({
    dir,
    ...m,
    text: withOrder(texts.get(m.from)!, m.order),
    note: `order ${m.order}`,
  }));
  let translations: FileMove[];
  try {
    translations = translationMoves(contentDir, moves, texts);
  } catch (e) {
    console.error((e as Error).message);
    process.exit(1);
  }
  applyMoves([...moves, ...translations]);
  // Say what moved, so no renamed file surprises the editor: the English, then each edition.
  let shown = '';
  for (const m of [...moves, ...translations]) {
    if (m.dir !== shown) console.log(`${m.dir === dir ? 'Renumbered' : 'Renamed with them'} in ${m.dir}/:`);
    shown = m.dir;
    console.log(`  ${m.from === m.to ? m.to : `${m.from} → ${m.to}`} (${m.note})`);
  }
  const file = join(dir, plan.file);
  writeFileSync(file, chapterTemplate(title, plan.order, new Date().toISOString().slice(0, 10)));
  console.log(
    `✓ created ${file} (order ${plan.order}) as a draft: it stays out of the story until you set draft: false.`,
  );
  console.log(
    '  Next: write the summary and the text, then npm run check:content, or npm run dev to preview.',
  );
}

if (process.argv[1] && /new-chapter\.ts$/.test(process.argv[1])) main();
