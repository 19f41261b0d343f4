/**
 * An interface string with `backticked` names split into text and code pieces, so a page sets
 * the names in <code> without putting catalogue text through `set:html`.
 */
export function codeSpans(text: string): { text: string; code: boolean }[] {
  return text
    .split('`')
    .map((piece, i) => ({ text: piece, code: i % 2 === 1 }))
    .filter((p) => p.text);
}
