import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatIssue } from '../../src/lib/content/issue';
import { checkContent } from '../../src/lib/content/loadContent';

const FIXTURES = join(import.meta.dirname, '../fixtures');
const CASES = join(FIXTURES, 'chapters-i18n/bad');

/** Names of the broken chapter-translation cases under tests/fixtures/chapters-i18n/bad/. */
export function badChapterTranslationCases(): string[] {
  return readdirSync(CASES).sort();
}

/** The lines an editor must see for a case, from its expected.txt. */
export function expectedLines(name: string): string[] {
  return readFileSync(join(CASES, name, 'expected.txt'), 'utf8')
    .split('\n')
    .filter(Boolean);
}

/**
 * Builds a content folder with translated chapters: content-good's data and chapter, i18n/good's
 * editions and glossary, then chapters-i18n/good (a second English chapter with a section,
 * steps, a heading, a chart and a quotation, translated into ru and zh) and one case's files laid
 * over it (a DELETE file lists paths to remove). Returns every problem (`✗`-less, as formatted)
 * and every warning (prefixed `⚠ `) the whole content check reports.
 */
export function chapterTranslationProblems(name?: string): string[] {
  const root = mkdtempSync(join(tmpdir(), 'chapters-i18n-'));
  try {
    const content = join(root, 'content');
    cpSync(join(FIXTURES, 'content-good'), content, { recursive: true });
    cpSync(join(FIXTURES, 'i18n/good'), join(content, 'i18n'), { recursive: true });
    cpSync(join(FIXTURES, 'chapters-i18n/good'), content, { recursive: true });
    if (name)
      for (const entry of readdirSync(join(CASES, name))) {
        if (entry === 'expected.txt') continue;
        if (entry === 'DELETE')
          for (const rel of readFileSync(join(CASES, name, entry), 'utf8')
            .split('\n')
            .filter(Boolean))
            rmSync(join(content, rel));
        else cpSync(join(CASES, name, entry), join(content, entry), { recursive: true });
      }
    const { issues, warnings } = checkContent(root, 'content');
    return [...issues.map(formatIssue), ...warnings.map((w) => `⚠ ${formatIssue(w)}`)];
  } finally {
    if (existsSync(root)) rmSync(root, { recursive: true, force: true });
  }
}
