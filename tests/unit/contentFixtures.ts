import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatIssue } from '../../src/lib/content/issue';
import { checkContent } from '../../src/lib/content/loadContent';
import { thinlySourcedListing } from '../../src/lib/content/sourceGrades';

const FIXTURES = join(import.meta.dirname, '../fixtures');

/** Names of the broken-content cases under tests/fixtures/content-bad/. */
export function badCases(): string[] {
  return readdirSync(join(FIXTURES, 'content-bad')).sort();
}

/**
 * Builds a content folder from the good fixture with one case's files laid over it
 * (a DELETE file lists paths to remove), checks it, and returns the formatted problems.
 */
export function problemsFor(name?: string): string[] {
  return checkFixture(name).problems;
}

/** The problems, and the thinly sourced listing check:content prints, for one case. */
export function checkFixture(name?: string): { problems: string[]; listing: string[] } {
  const root = mkdtempSync(join(tmpdir(), 'content-'));
  try {
    cpSync(join(FIXTURES, 'content-good'), join(root, 'content'), { recursive: true });
    if (name) {
      const dir = join(FIXTURES, 'content-bad', name);
      for (const entry of readdirSync(dir)) {
        if (entry === 'DELETE') {
          for (const rel of readFileSync(join(dir, entry), 'utf8').split('\n').filter(Boolean))
            rmSync(join(root, 'content', rel));
        } else cpSync(join(dir, entry), join(root, 'content', entry), { recursive: true });
      }
    }
    const { issues, dataset } = checkContent(root, 'content');
    return { problems: issues.map(formatIssue), listing: thinlySourcedListing(dataset) };
  } finally {
    if (existsSync(root)) rmSync(root, { recursive: true, force: true });
  }
}
