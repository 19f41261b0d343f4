import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { englishRevision } from '../../src/lib/i18n/translatedChapters';
import {
  badChapterTranslationCases,
  chapterTranslationProblems,
  expectedLines,
} from './chapterTranslationFixtures';

// Each folder under tests/fixtures/chapters-i18n/bad/ breaks the good Russian or Chinese
// translation in one way and holds, in expected.txt, exactly the lines an editor must see
// (warnings start with ⚠ and do not fail the check).
describe('translated chapters against their English structure', () => {
  test('the good translations (ru and zh, with a section, a chart, a heading and <Q>) have no problems', () => {
    expect(chapterTranslationProblems()).toEqual([]);
  });

  test.each(badChapterTranslationCases())('%s', (name) => {
    const expected = expectedLines(name);
    expect(expected.length).toBeGreaterThan(0);
    expect(chapterTranslationProblems(name)).toEqual(expected);
  });

  test('the cases the brief asks for are there', () => {
    expect(badChapterTranslationCases()).toEqual(
      expect.arrayContaining([
        'step-missing',
        'step-extra',
        'steps-reordered',
        'structure-in-translation',
        'cite-missing',
        'cite-different',
        'heading-missing',
        'paragraphs-split',
        'quotation-outside-q',
        'q-wrong-language',
        'glossary-violation',
        'follows-outdated',
        'translation-missing',
      ]),
    );
  });

  test('an outdated translation and a missing one are warnings, not failures', () => {
    for (const name of ['follows-outdated', 'translation-missing'])
      expect(expectedLines(name).every((l) => l.startsWith('⚠ '))).toBe(true);
  });

  test("the English revision is the first 12 hex characters of the file's SHA-256", () => {
    // sha256("abc") = ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
    expect(englishRevision('abc')).toBe('ba7816bf8f01');
  });
});

describe('EDITING.md explains every message about a translated chapter', () => {
  const editing = readFileSync(join(import.meta.dirname, '../../EDITING.md'), 'utf8');
  const section = editing.slice(editing.indexOf('## Translations'));
  const patterns = section
    .split('\n')
    .filter((l) => l.startsWith('| `'))
    .flatMap((l) => [...(l.split(' | ')[0] ?? '').matchAll(/`([^`]+)`/g)].map((m) => m[1]!))
    .map(
      (p) =>
        new RegExp(
          p
            .split(/\s*…\s*/)
            .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
            .join('.*?'),
        ),
    );
  test.each(badChapterTranslationCases())('%s', (name) => {
    for (const line of expectedLines(name)) {
      const message = line.replace(/^.*? locale "\w+": /, '');
      expect(
        patterns.some((p) => p.test(message)),
        message,
      ).toBe(true);
    }
  });
});
