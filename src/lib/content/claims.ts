/**
 * Finds what makes a sentence a checkable fact: a date, a number, a named law or an attributed
 * statement. Heuristic on purpose: it is tuned so the story's editorial analysis ("Both
 * governments were pulling data home") passes while a sentence with a date, a figure, a law or
 * a "said" needs a citation.
 */
export type ClaimKind = 'a date' | 'a number' | 'a named law' | 'an attributed statement';

export interface Claim {
  /** The words that made it a claim, as written. */
  words: string;
  kind: ClaimKind;
  offset: number;
}

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const SPELLED =
  '(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty|hundred|thousand|million|billion)';

// Order matters: the first pattern to claim a stretch of text names its kind.
const PATTERNS: [ClaimKind, RegExp][] = [
  [
    'a date',
    new RegExp(
      `\\b\\d{4}-\\d{2}(?:-\\d{2})?\\b|\\b\\d{1,2}(?:[–-]\\d{1,2})? ${MONTH}(?: \\d{4})?\\b|\\b${MONTH} \\d{1,2}(?:, \\d{4})?\\b|\\b${MONTH} (?:of )?\\d{4}\\b|\\b(?:1[89]|20)\\d{2}(?:[–-]\\d{2,4})?s?\\b`,
      'g',
    ),
  ],
  [
    'a named law',
    /\b\d+-FZ\b|\bArticle \d+(?:\.\d+)?\b|\b(?:Law|Act|Code|Decree) (?:on|of) (?:the )?[A-Z][\w-]*|\b(?:[A-Z][\w-]+ ){1,4}(?:Law|Act|Code)\b/g,
  ],
  [
    'a number',
    new RegExp(
      `\\b\\d+(?:[.,]\\d+)*(?:\\s?(?:%|per cent|million|billion|thousand))?|\\b${SPELLED} (?:days?|weeks?|months?|years?|hundred|thousand|million|billion|per cent)\\b`,
      'gi',
    ),
  ],
  [
    'an attributed statement',
    // Someone said it: "Roskomnadzor said", "according to Xinhua". Passive and adjectival uses
    // ("widely reported", "was stated") describe our method, not a source's words.
    /\baccording to\b|(?<!\b(?:widely|be|been|being|was|were|is|are|fact|facts|as|often|commonly) )\b(?:said|says|told|announced|stated|wrote|reported|claimed|confirmed|acknowledged)\b/gi,
  ],
];

/** Every claim in a text, in reading order; overlapping matches count once. */
export function findClaims(text: string): Claim[] {
  const claims: Claim[] = [];
  const taken: [number, number][] = [];
  for (const [kind, re] of PATTERNS) {
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      taken.push([start, end]);
      claims.push({ words: m[0].trim(), kind, offset: start });
    }
  }
  return claims.sort((a, b) => a.offset - b.offset);
}
