import { findClaims } from './claims';
import type { ContentIssue } from './issue';
import { chapterParagraphs } from './paragraphs';
import { nearest } from './suggest';
import type { ChapterFile } from './validateChapters';

/** How many of a paragraph's claims the message quotes: enough to find them, short enough to read. */
const SHOWN = 3;

/**
 * A paragraph that states a date, a number, a named law or an attributed statement must carry
 * a `<Cite>`. Editorial analysis without such facts needs none (see claims.ts for the heuristic).
 */
export function citationIssues(chapters: ChapterFile[]): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const { file, p } of chapterParagraphs(chapters)) {
    // A misspelt <Cite> (`<cite>`, `<Cit>`) is already reported where it is written; the
    // paragraph it was meant to cite is not uncited on top of that.
    if (p.cites.length || p.elements.some(isMisspeltCite)) continue;
    const claims = findClaims(p.text);
    if (!claims.length) continue;
    const shown = claims
      .slice(0, SHOWN)
      .map((c) => `"${c.words}" (${c.kind})`)
      .join(', ');
    issues.push({
      file,
      line: p.lineAt(claims[0]!.offset),
      message: `states a fact without a <Cite>: ${shown}${claims.length > SHOWN ? ', …' : ''}; cite the record that holds it (<Cite ids="…" />), or cut the claim`,
    });
  }
  return issues;
}

function isMisspeltCite(name: string): boolean {
  return name !== 'Cite' && (name.toLowerCase() === 'cite' || nearest(name, ['Cite']).length > 0);
}
