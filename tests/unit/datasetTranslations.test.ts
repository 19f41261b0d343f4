import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatIssue } from '../../src/lib/content/issue';
import { checkContent } from '../../src/lib/content/loadContent';
import { checkDatasetTranslations, readEditions } from '../../src/lib/i18n/datasetTranslations';
import { objectMembers, lineOf } from '../../src/lib/i18n/jsonMembers';
import { EDITIONS } from '../../src/lib/i18n/locales';
import { TRANSLATED } from '../../src/lib/i18n/readerFields';
import { badTranslationCases, translationProblems } from './i18nFixtures';

const ROOT = join(import.meta.dirname, '../..');

// Each folder under tests/fixtures/i18n/bad/ breaks the good editions in one way and holds, in
// expected.txt, exactly the lines an editor must see.
describe('dataset translations on broken input', () => {
  test('the good fixture has no problems', () => {
    expect(translationProblems()).toEqual([]);
  });

  test('a content folder without i18n/ has no editions to check', () => {
    expect(translationProblems(undefined, { i18n: false })).toEqual([]);
  });

  test.each(badTranslationCases())('%s', (name) => {
    const expected = readFileSync(join(ROOT, 'tests/fixtures/i18n/bad', name, 'expected.txt'), 'utf8')
      .split('\n')
      .filter(Boolean);
    expect(expected.length).toBeGreaterThan(0);
    expect(translationProblems(name)).toEqual(expected);
  });

  test('the cases the issue asks for are there', () => {
    expect(badTranslationCases()).toEqual(
      expect.arrayContaining([
        'missing-translation',
        'empty-translation',
        'unknown-record-id',
        'glossary-violation',
      ]),
    );
  });
});

describe('the real translations', () => {
  const { dataset } = checkContent(ROOT, 'content');

  test('pass: every reader-visible text of every record in ru and zh, as the glossary writes names', () => {
    expect(dataset).not.toBeNull();
    expect(checkDatasetTranslations(ROOT, 'content', dataset!).map(formatIssue)).toEqual([]);
  });

  test('cover every event, figure, scale and mechanism in both editions', () => {
    const { translations } = readEditions(ROOT, 'content');
    for (const locale of EDITIONS) {
      const edition = translations[locale]!;
      expect(Object.keys(edition['events.json']!).sort()).toEqual(dataset!.events.map((e) => e.id).sort());
      expect(Object.keys(edition['figures.json']!).sort()).toEqual(dataset!.figures.map((e) => e.id).sort());
      expect(Object.keys(edition['fotn.json']!).sort()).toEqual(dataset!.fotnScales.map((e) => e.id).sort());
      expect(Object.keys(edition['mechanisms.json']!).sort()).toEqual(
        dataset!.mechanisms.map((e) => e.id).sort(),
      );
    }
  });

  test('keep the dates: every year an English text names is in each of its translations', () => {
    const { translations } = readEditions(ROOT, 'content');
    const problems: string[] = [];
    for (const [name, c] of Object.entries(TRANSLATED))
      for (const r of dataset![name as keyof typeof TRANSLATED] as unknown as Record<string, string>[])
        for (const f of c.fields) {
          if (typeof r[f] !== 'string') continue;
          for (const locale of EDITIONS) {
            const text = translations[locale]![c.file]![r.id!]?.[f] ?? r[f]!;
            for (const year of r[f]!.match(/(?<!\d)(19|20)\d\d(?!\d)/g) ?? [])
              if (!new RegExp(`(?<!\\d)${year}(?!\\d)`).test(text))
                problems.push(`${locale} ${r.id} ${f}: ${year}`);
          }
        }
    expect(problems).toEqual([]);
  });
});

describe('laws keep their pairing', () => {
  // The mechanism matrix pairs a law's adoption with its entry into force by the subject's name
  // without its bracketed gloss (serviceStatus.ts); each edition's subjects must pair the same way
  // (a Chinese gloss sits in full-width brackets: 亚罗瓦亚法案（374-FZ、375-FZ）).
  const lawKey = (s: string) =>
    s
      .replace(/\s*[(（].*$/, '')
      .trim()
      .toLowerCase();
  const { dataset } = checkContent(ROOT, 'content');
  const { translations } = readEditions(ROOT, 'content');

  test.each(EDITIONS)('%s: events whose English subjects name one law name one law', (locale) => {
    const laws = dataset!.events.filter((e) => e.mechanisms);
    const byKey = new Map<string, Set<string>>();
    for (const e of laws) {
      const key = lawKey(e.subject);
      const translated = lawKey(translations[locale]!['events.json']![e.id]!.subject!);
      byKey.set(key, (byKey.get(key) ?? new Set()).add(translated));
    }
    const split = [...byKey]
      .filter(([, names]) => names.size > 1)
      .map(([k, names]) => `${k}: ${[...names].join(' | ')}`);
    expect(split).toEqual([]);
    expect(new Set([...byKey.values()].map((n) => [...n][0])).size).toBe(byKey.size);
  });
});

describe('reader fields', () => {
  test('every translated field is a text field of its English schema', () => {
    for (const c of Object.values(TRANSLATED))
      for (const f of c.fields) expect(Object.keys(c.schema.shape)).toContain(f);
  });
});

describe('objectMembers', () => {
  const text =
    '{\n  "$schema": "x",\n  "a-b": { "title": "say \\"hi\\", {ok}" },\n  "c": {\n    "n": 1\n  }\n}\n';

  test('finds each top-level key and its line, past strings that hold quotes and braces', () => {
    const members = objectMembers(text);
    expect(members.map((m) => [m.key, lineOf(text, m.at)])).toEqual([
      ['$schema', 2],
      ['a-b', 3],
      ['c', 4],
    ]);
  });

  test('finds the fields of a nested object', () => {
    const c = objectMembers(text).find((m) => m.key === 'c')!;
    expect(
      objectMembers(text, c.start).map((m) => [m.key, lineOf(text, m.at), text.slice(m.start, m.end)]),
    ).toEqual([['n', 5, '1']]);
    const ab = objectMembers(text).find((m) => m.key === 'a-b')!;
    expect(
      JSON.parse(text.slice(objectMembers(text, ab.start)[0]!.start, objectMembers(text, ab.start)[0]!.end)),
    ).toBe('say "hi", {ok}');
  });
});
