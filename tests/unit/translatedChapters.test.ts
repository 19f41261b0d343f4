import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Dataset } from '../../src/lib/dataset';
import type { Glossary, GlossaryTerm } from '../../src/lib/i18n/glossary';
import { compareChapter, englishRevision } from '../../src/lib/i18n/translatedChapters';
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
        'q-invented',
        'q-other-record',
        'quote-wording-missing',
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
  const patternsIn = (text: string) =>
    text
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
  const patterns = patternsIn(section);
  // A case whose mistake is in the English chapter prints an English chapter's message.
  const everywhere = patternsIn(editing);
  test.each(badChapterTranslationCases())('%s', (name) => {
    for (const line of expectedLines(name)) {
      const message = line.replace(/^.*? locale "\w+": /, '');
      expect(
        (line.includes(' locale "') ? patterns : everywhere).some((p) => p.test(message)),
        message,
      ).toBe(true);
    }
  });
});

describe('names inside names, and quoted titles', () => {
  const term = (id: string, en: string, ru: string, zh: string): GlossaryTerm => ({
    id,
    kind: 'law',
    en: [en],
    ru,
    zh,
  });
  const glossary: Glossary = {
    terms: [
      term('google', 'Google', 'Google', '谷歌'),
      term('google-play', 'Google Play', 'Google Play', 'Google Play'),
      term('cybersecurity-law', 'Cybersecurity Law', 'Закон КНР «О кибербезопасности»', '《网络安全法》'),
    ],
  };
  const dataset = {
    events: [],
    figures: [],
    fotnScores: [],
    fotnScales: [],
    services: [],
    mechanisms: [],
  } as unknown as Dataset;
  const chapter = (body: string) =>
    `---\ntitle: "T"\nsummary: "S"\nfollows: "000000000000"\n---\n\n${body}\n`;
  const problems = (en: string, mine: string, locale: 'ru' | 'zh') =>
    compareChapter(
      { file: 't.mdx', text: chapter(mine), locale },
      { file: 'e.mdx', text: chapter(en) },
      dataset,
      glossary,
    )
      .filter((i) => !i.warning)
      .map((i) => i.message);

  test('"Google" inside "Google Play" is Google Play\'s to write; alone it is the glossary\'s', () => {
    expect(problems('It asked Google Play to block it.', '它要求Google Play下架该应用。', 'zh')).toEqual([]);
    expect(problems('It asked Google to block it.', '它要求Google下架该应用。', 'zh')).toEqual([
      expect.stringMatching(/does not use the glossary's "谷歌" for "Google"/),
    ]);
  });

  test('a title the glossary itself quotes may stand in quotation marks; other quoted words may not', () => {
    expect(problems('The Cybersecurity Law.', 'Закон КНР «О кибербезопасности».', 'ru')).toEqual([]);
    expect(
      problems('The Cybersecurity Law.', 'Закон КНР «О кибербезопасности» и «что-то ещё».', 'ru'),
    ).toEqual([expect.stringMatching(/quotation «что-то ещё» is neither a glossary name nor inside <Q>/)]);
  });
});
