import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatIssue } from '../../src/lib/content/issue';
import { checkContent } from '../../src/lib/content/loadContent';
import { checkDatasetTranslations } from '../../src/lib/i18n/datasetTranslations';

const FIXTURES = join(import.meta.dirname, '../fixtures');

/** Names of the broken-translation cases under tests/fixtures/i18n/bad/. */
export function badTranslationCases(): string[] {
  return readdirSync(join(FIXTURES, 'i18n/bad')).sort();
}

/**
 * Builds a content folder from the good fixtures (content-good's data and chapters, i18n/good's
 * editions and glossary), lays one case's files over content/i18n/ (the case's expected.txt is
 * left out), checks the translations and returns the formatted problems. Without `i18n: false`
 * the folder has no i18n/ at all.
 */
export function translationProblems(name?: string, { i18n = true } = {}): string[] {
  const root = mkdtempSync(join(tmpdir(), 'i18n-'));
  try {
    cpSync(join(FIXTURES, 'content-good'), join(root, 'content'), { recursive: true });
    if (i18n) cpSync(join(FIXTURES, 'i18n/good'), join(root, 'content/i18n'), { recursive: true });
    if (name)
      cpSync(join(FIXTURES, 'i18n/bad', name), join(root, 'content/i18n'), {
        recursive: true,
        filter: (src) => !src.endsWith('expected.txt'),
      });
    const { dataset, issues } = checkContent(root, 'content');
    if (!dataset)
      throw new Error(`the good fixture's data has problems: ${issues.map(formatIssue).join('\n')}`);
    return checkDatasetTranslations(root, 'content', dataset).map(formatIssue);
  } finally {
    if (existsSync(root)) rmSync(root, { recursive: true, force: true });
  }
}
