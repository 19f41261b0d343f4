import type { Quote } from '../../schemas/quote';
import { count } from '../content/issue';
import { type Edition, LANGUAGE_NAMES } from './locales';

/**
 * The field of an events translation that holds the edition's words for each of the English
 * record's `quotes`: a list with one entry per English quote, in the same order, so a chapter's
 * `<Q from="en">…</Q>` can be checked against words a record holds, as an English quotation is.
 * A quote said in the edition's own language needs no translation: its entry is `null`, and its
 * words are the record's own (`original`, or `text`).
 */
export const QUOTES_FIELD = 'quotes';

/** Whether a quote was said in the edition's language (`ru`, `zh`, `zh-Hans`). */
export function saidIn(q: Quote, locale: Edition): boolean {
  return q.language.split('-')[0]!.toLowerCase() === locale;
}

/**
 * The words an edition's chapters may put in `<Q>` for each of a record's quotes, given the
 * translation file's `quotes` entry as read: undefined where the wording is missing or not text
 * (the dataset check reports those).
 */
export function editionWordings(
  quotes: readonly Quote[],
  locale: Edition,
  given: unknown,
): (string | undefined)[] {
  const list = Array.isArray(given) ? (given as unknown[]) : [];
  return quotes.map((q, i) => {
    if (saidIn(q, locale)) return q.original ?? q.text;
    const w = list[i];
    return typeof w === 'string' && w.trim() ? w : undefined;
  });
}

/**
 * Problems with a record's `quotes` in an edition's translation file: `given` is the value as
 * written (undefined when the field is absent), `quotes` the English record's. Each entry must
 * be that edition's words for the English quote at its position, or `null` for a quote said in
 * the edition's own language.
 */
export function quoteWordingIssues(
  given: unknown,
  quotes: readonly Quote[] | undefined,
  locale: Edition,
  isEnglishText: (wording: string, quote: Quote) => boolean,
): { field: string; message: string }[] {
  const lang = LANGUAGE_NAMES[locale];
  if (given === undefined) {
    const toWrite = quotesToWrite(quotes, locale)[0];
    return toWrite
      ? [
          {
            field: QUOTES_FIELD,
            message: `is missing: write the ${lang} words of the English record's ${quotes!.length === 1 ? 'quote' : `${quotes!.length} quotes, in order,`} as ${toWrite}`,
          },
        ]
      : [];
  }
  if (!quotes?.length)
    return [{ field: QUOTES_FIELD, message: `the English record has no "quotes"; remove it here too` }];
  if (!Array.isArray(given) || given.length !== quotes.length)
    return [
      {
        field: QUOTES_FIELD,
        message: `${Array.isArray(given) ? `has ${count(given.length, 'wording')}` : 'is not a list'} where the English record has ${count(quotes.length, 'quote')}; write one entry per English quote, in the same order: ${skeleton(quotes, locale)}`,
      },
    ];
  const out: { field: string; message: string }[] = [];
  for (const [i, q] of quotes.entries()) {
    const w: unknown = given[i];
    const field = `${QUOTES_FIELD}[${i}]`;
    const english = `"${cut(q.text)}"`;
    if (saidIn(q, locale)) {
      if (w !== null)
        out.push({
          field,
          message: `the quote ${english} was said in ${lang}: write null, so the chapters quote its own words ("${cut(q.original ?? q.text)}")`,
        });
    } else if (typeof w !== 'string')
      out.push({ field, message: `expected the ${lang} words in quotes for ${english}` });
    else if (!w.trim()) out.push({ field, message: `is empty: write the ${lang} for ${english}` });
    else if (isEnglishText(w, q)) out.push({ field, message: `is the English text: write it in ${lang}` });
  }
  return out;
}

/**
 * The `"quotes": [ … ]` a translation of the record must hold, as an editor writes it (`"…"` for
 * each wording, null for a quote said in the edition's language), or nothing when every quote was
 * said in that language (or the record has none).
 */
export function quotesToWrite(quotes: readonly Quote[] | undefined, locale: Edition): string[] {
  if (!quotes?.some((q) => !saidIn(q, locale))) return [];
  return [`"${QUOTES_FIELD}": ${skeleton(quotes, locale)}`];
}

/** The list an editor writes: `"…"` for each wording, null for a quote said in the edition's language. */
function skeleton(quotes: readonly Quote[], locale: Edition): string {
  return `[${quotes.map((q) => (saidIn(q, locale) ? 'null' : '"…"')).join(', ')}]`;
}

/** The first words of a text, to say which one a message is about. */
function cut(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57).trimEnd()}…` : s;
}
