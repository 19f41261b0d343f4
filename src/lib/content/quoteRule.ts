import { citableById, type Dataset } from '../dataset';
import type { ContentIssue } from './issue';
import { chapterParagraphs } from './paragraphs';
import { findQuotations, normalizeQuote, quoteMatches } from './quotations';
import { QUOTED_TERMS } from './quotedTerms';
import type { ChapterFile } from './validateChapters';

const TERMS = new Set(QUOTED_TERMS.map(normalizeQuote));

/**
 * Every quotation in chapter prose must be words a record cited in the same paragraph holds in
 * its `quotes` (or one of the legal terms in quotedTerms.ts), so no quotation reaches readers
 * that nobody can trace to a source.
 */
export function quoteIssues(chapters: ChapterFile[], ds: Dataset): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const records = citableById(ds);
  const quotesOf = (id: string) => {
    const r = records.get(id);
    return r && 'quotes' in r ? (r.quotes ?? []) : [];
  };
  const holds = (id: string, words: string) =>
    quotesOf(id).some(
      (q) => quoteMatches(words, q.text) || (q.original ? quoteMatches(words, q.original) : false),
    );

  for (const { file, p } of chapterParagraphs(chapters)) {
    for (const q of findQuotations(p.text)) {
      if (TERMS.has(normalizeQuote(q.text)) || p.cites.some((id) => holds(id, q.text))) continue;
      const elsewhere = [...records.keys()].filter((id) => !p.cites.includes(id) && holds(id, q.text));
      const looked = p.cites.length ? p.cites.join(', ') : 'none: the paragraph cites no record';
      issues.push({
        file,
        line: p.lineAt(q.offset),
        message:
          `quotation “${q.text.trim()}” is not a quote of the records cited in its paragraph (looked in: ${looked}); ` +
          (elsewhere.length
            ? `the words are held by ${elsewhere.map((id) => `"${id}"`).join(', ')}: cite that record`
            : 'add the exact words to the "quotes" of the record that holds them and cite it, or write it in our own words'),
      });
    }
  }
  return issues;
}
