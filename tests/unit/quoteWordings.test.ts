import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/content/loadContent';
import type { Quote } from '../../src/schemas/quote';
import { readEditions } from '../../src/lib/i18n/datasetTranslations';
import { editionWordings, quoteWordingIssues } from '../../src/lib/i18n/quoteWordings';
import { compareChapter } from '../../src/lib/i18n/translatedChapters';
import { quoteMatches } from '../../src/lib/content/quotations';

const ROOT = join(import.meta.dirname, '../..');
const en: Quote = { text: 'the media is making a fuss', language: 'en', by: 'TechNode' };
const ru: Quote = {
  text: 'this is a Russian remark',
  language: 'ru',
  by: 'Roskomnadzor',
  original: 'это замечание',
};
const neverEnglish = () => false;
const messages = (given: unknown, quotes: Quote[] | undefined, locale: 'ru' | 'zh' = 'ru') =>
  quoteWordingIssues(given, quotes, locale, neverEnglish).map((i) => `${i.field}: ${i.message}`);

describe("an edition's wording of a record's quotes", () => {
  test('is the translation at the same position, or the own words of a quote said in that language', () => {
    expect(editionWordings([en, ru], 'ru', ['СМИ раздувают шумиху', null])).toEqual([
      'СМИ раздувают шумиху',
      'это замечание',
    ]);
    expect(editionWordings([en, ru], 'zh', ['媒体小题大做', '俄方的话'])).toEqual([
      '媒体小题大做',
      '俄方的话',
    ]);
    // Missing, empty or not text: no wording (the dataset check reports it).
    expect(editionWordings([en, ru], 'zh', undefined)).toEqual([undefined, undefined]);
    expect(editionWordings([en], 'zh', [' '])).toEqual([undefined]);
  });

  test('a good list has no problems; a record whose quotes are all in the edition language needs none', () => {
    expect(messages(['СМИ раздувают шумиху', null], [en, ru])).toEqual([]);
    expect(messages(undefined, [ru])).toEqual([]);
    expect(messages(undefined, undefined)).toEqual([]);
  });

  test('each way a list can be wrong gets its own line', () => {
    expect(messages(undefined, [en, ru])).toEqual([
      'quotes: is missing: write the Russian words of the English record\'s 2 quotes, in order, as "quotes": ["…", null]',
    ]);
    expect(messages(['слова'], undefined)).toEqual([
      'quotes: the English record has no "quotes"; remove it here too',
    ]);
    expect(messages(['слова'], [en, ru])).toEqual([
      'quotes: has 1 wording where the English record has 2 quotes; write one entry per English quote, in the same order: ["…", null]',
    ]);
    expect(messages('слова', [en])).toEqual([
      'quotes: is not a list where the English record has 1 quote; write one entry per English quote, in the same order: ["…"]',
    ]);
    expect(messages([null, 'это замечание'], [en, ru])).toEqual([
      'quotes[0]: expected the Russian words in quotes for "the media is making a fuss"',
      'quotes[1]: the quote "this is a Russian remark" was said in Russian: write null, so the chapters quote its own words ("это замечание")',
    ]);
    expect(messages(['  '], [en], 'zh')).toEqual([
      'quotes[0]: is empty: write the Chinese for "the media is making a fuss"',
    ]);
    expect(quoteWordingIssues(['the media is making a fuss'], [en], 'ru', () => true)).toEqual([
      { field: 'quotes[0]', message: 'is the English text: write it in Russian' },
    ]);
  });
});

// The audit of issue #13 put invented words inside a <Q> of the Russian chapter 5, and the
// check passed. On the real content it must now name the line, the words and the record.
describe('the real Russian chapter 5', () => {
  const file = 'content/i18n/ru/chapters/05-the-view-from-china.mdx';
  const english = 'content/chapters/05-the-view-from-china.mdx';
  const { dataset } = checkContent(ROOT, 'content');
  const quotes = readEditions(ROOT, 'content').quotes.ru;
  const problems = (text: string) =>
    compareChapter(
      { file, text, locale: 'ru' },
      { file: english, text: readFileSync(join(ROOT, english), 'utf8') },
      dataset!,
      null,
      quotes,
    )
      .filter((i) => !i.warning)
      .map((i) => `${i.line} ${i.message}`);
  const real = readFileSync(join(ROOT, file), 'utf8');

  test('as published, quotes only words the record holds', () => {
    expect(problems(real)).toEqual([]);
  });

  test("with the audit's invented words in a <Q>, fails", () => {
    const invented = real.replace(
      'СМИ раздувают шумиху из-за пустяковой технической проблемы',
      'Россия объявила Китаю информационную войну',
    );
    expect(invented).not.toBe(real);
    expect(problems(invented)).toEqual([
      '7 quotation «Россия объявила Китаю информационную войну» in <Q from="en"> is not the Russian wording of a quote of the records cited in its paragraph (looked in: source-article-technode-wechat-2017); write the words content/i18n/ru/events.json gives in "quotes" for the quote you mean, or write it in our own words',
    ]);
  });

  test('a run of the wording, or words skipped with …, still matches; a changed word does not', () => {
    const q = (words: string) =>
      real.replace('СМИ раздувают шумиху из-за пустяковой технической проблемы', words);
    expect(problems(q('СМИ раздувают шумиху'))).toEqual([]);
    expect(problems(q('СМИ раздувают шумиху … технической проблемы'))).toEqual([]);
    expect(problems(q('СМИ раздувают шумиху из-за серьёзной технической проблемы'))).toHaveLength(1);
  });
});

describe('the real Chinese chapter 5', () => {
  const file = 'content/i18n/zh/chapters/05-the-view-from-china.mdx';
  const english = 'content/chapters/05-the-view-from-china.mdx';
  const { dataset } = checkContent(ROOT, 'content');
  const real = readFileSync(join(ROOT, file), 'utf8');
  const problems = (words: string) =>
    compareChapter(
      { file, text: real.replace('媒体是在拿一个微不足道的技术问题小题大做', words), locale: 'zh' },
      { file: english, text: readFileSync(join(ROOT, english), 'utf8') },
      dataset!,
      null,
      readEditions(ROOT, 'content').quotes.zh,
    ).filter((i) => !i.warning);

  test('a run of the wording, or characters skipped with …, matches; other words do not', () => {
    expect(problems('媒体是在拿一个微不足道的技术问题小题大做')).toEqual([]);
    expect(problems('微不足道的技术问题')).toEqual([]);
    expect(problems('媒体是在拿…技术问题小题大做')).toEqual([]);
    expect(problems('俄罗斯向中国宣战')).toHaveLength(1);
  });
});

describe("EDITING.md's examples", () => {
  test('the <Q> example in "Translate a chapter" quotes the Russian wording of the record it cites', () => {
    const editing = readFileSync(join(ROOT, 'EDITING.md'), 'utf8');
    const example = /<Q from="en">([^<]+)<\/Q>\. <Cite ids="([^"]+)" \/>/.exec(editing)!;
    const { dataset } = checkContent(ROOT, 'content');
    const record = dataset!.events.find((e) => e.id === example[2])!;
    const words = editionWordings(
      record.quotes!,
      'ru',
      readEditions(ROOT, 'content').quotes.ru?.get(record.id),
    );
    expect(words.some((w) => w && quoteMatches(example[1]!, w))).toBe(true);
  });
});
