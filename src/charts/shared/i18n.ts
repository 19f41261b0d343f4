/**
 * The charts' interface words (legends, status words, titles, captions, descriptions, details) in
 * each edition's language: `chartText('ru', 'charts.sm.legend.blocked')`, from
 * src/i18n/<locale>/charts.json. The catalogues are imported rather than read from disk because a
 * chart also draws in the browser (an embed redrawn for its query string); the content check
 * already refuses a key missing in one language.
 */
import en from '../../i18n/en/charts.json';
import ru from '../../i18n/ru/charts.json';
import zh from '../../i18n/zh/charts.json';
import { formatUiText, type UiText } from '../../i18n/format';

/**
 * The story's languages and their BCP 47 tags, as src/lib/i18n/locales.ts names them (charts may
 * not import src/lib/; tests/unit/chartLocale.test.ts keeps the two the same).
 */
export type Locale = 'en' | 'ru' | 'zh';
export const LANGUAGE_TAGS: Record<Locale, string> = { en: 'en', ru: 'ru', zh: 'zh-Hans' };

const CATALOGUES: Record<Locale, Record<string, UiText>> = { en, ru, zh };

/** An interface string of the charts, with `{placeholders}` filled (plural forms by `count`). */
export function chartText(locale: Locale, key: string, vars?: Record<string, string | number>): string {
  const text = CATALOGUES[locale][key] ?? CATALOGUES.en[key];
  if (text === undefined) throw new Error(`no chart string "${key}" in src/i18n/en/charts.json`);
  // A Russian date ends with "г." ("2017 г."): a sentence ending on one takes no second full stop.
  return formatUiText(locale, text, vars, LANGUAGE_TAGS[locale]).replace(/(\u00a0г\.)\./g, '$1');
}

/** True when the English catalogue has `key` (a chart outside the story, such as the test chart, may not). */
export function hasChartText(key: string): boolean {
  return Object.hasOwn(CATALOGUES.en, key);
}

/** Punctuation between list items and sentences: Chinese sets full-width marks with no spaces. */
const MARKS: Record<Locale, { comma: string; semicolon: string; gap: string }> = {
  en: { comma: ', ', semicolon: '; ', gap: ' ' },
  ru: { comma: ', ', semicolon: '; ', gap: ' ' },
  zh: { comma: '，', semicolon: '；', gap: '' },
};

/** Items joined with the language's comma or semicolon. */
export function joinList(locale: Locale, items: string[], mark: 'comma' | 'semicolon' = 'comma'): string {
  return items.join(MARKS[locale][mark]);
}

/** Sentences run together as the language does ("A. B." / "甲。乙。"). */
export function joinSentences(locale: Locale, sentences: string[]): string {
  return sentences.filter(Boolean).join(MARKS[locale].gap);
}

/** "a, b and c" ("а, б и в", "甲、乙和丙"). */
export function listAnd(locale: Locale, words: string[]): string {
  if (words.length <= 1) return words.join('');
  const head = words.slice(0, -1).join(locale === 'zh' ? '、' : ', ');
  return chartText(locale, 'charts.list.and', { head, last: words[words.length - 1]! });
}
