/** A quotation found in prose: the words between a pair of quotation marks. */
export interface Quotation {
  /** The words inside the outermost marks, as written (nested quotations included). */
  text: string;
  /** Offset of the opening mark. */
  offset: number;
}

/** Opening mark → closing mark. Straight double quotes open and close alike. */
const PAIRS: Record<string, string> = { '“': '”', '«': '»', '„': '“', '"': '"' };

/**
 * Finds quotations in a paragraph: "straight", “curly”, «guillemets» and „low-high“ marks.
 * A quotation inside another (“… ‘…’ …” or «… „…“ …») belongs to the outer one. Single quotes
 * are not searched on their own: in English prose a ’ is usually an apostrophe.
 */
export function findQuotations(text: string): Quotation[] {
  const out: Quotation[] = [];
  let i = 0;
  while (i < text.length) {
    const open = text[i]!;
    const close = PAIRS[open];
    // A straight quote opens only where a word could start: after a space, a bracket or a dash.
    if (!close || (open === '"' && i > 0 && !/[\s([{\u2014\u2013-]/.test(text[i - 1]!))) {
      i++;
      continue;
    }
    let depth = 1;
    let j = i + 1;
    for (; j < text.length; j++) {
      const c = text[j]!;
      if (c === close) {
        depth--;
        if (depth === 0) break;
      } else if (c === open) depth++;
    }
    if (j >= text.length) break; // unbalanced: no closing mark, nothing to check
    out.push({ text: text.slice(i + 1, j), offset: i });
    i = j + 1;
  }
  return out;
}

/**
 * Text reduced to what a quotation must keep: case, quotation-mark and dash styles, spacing
 * and the punctuation at either end do not count (‘’ and ' match, “ and " match).
 */
export function normalizeQuote(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’ʼ`]/g, "'")
    .replace(/[“”„«»]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[\s"'.,;:!?…-]+|[\s"'.,;:!?…-]+$/g, '');
}

/**
 * True when a quotation uses only words the quote holds: the same words in the same order, or
 * a part of them. An ellipsis (… or ...) in the quotation may skip words, so “rules … apply”
 * matches “the rules of the law apply”.
 */
export function quoteMatches(quotation: string, quoted: string): boolean {
  const parts = normalizeQuote(quotation)
    .split(/\s*(?:…|\.\.\.|\[…\]|\[\.\.\.\])\s*/)
    .map((p) => normalizeQuote(p))
    .filter(Boolean);
  if (parts.length === 0) return false;
  const whole = normalizeQuote(quoted);
  let from = 0;
  for (const p of parts) {
    const at = wordAt(whole, p, from);
    if (at < 0) return false;
    from = at + p.length;
  }
  return true;
}

/**
 * Where `part` occurs in `whole` from `from` on as whole words ("tri" is not in "trifle"), or -1.
 * Chinese and Japanese are written without spaces, so there each character is a word of its own
 * and a run of characters may start or end anywhere (a translated quotation in the zh edition).
 */
function wordAt(whole: string, part: string, from: number): number {
  const letter = /[\p{L}\p{N}]/u;
  const unspaced = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
  for (let at = whole.indexOf(part, from); at >= 0; at = whole.indexOf(part, at + 1)) {
    const before = whole[at - 1];
    const after = whole[at + part.length];
    const edgeOk = (c: string | undefined, inner: string | undefined) =>
      c === undefined ||
      !letter.test(c) ||
      !letter.test(inner ?? '') ||
      unspaced.test(c) ||
      unspaced.test(inner ?? '');
    if (edgeOk(before, part[0]) && edgeOk(after, part.at(-1))) return at;
  }
  return -1;
}
