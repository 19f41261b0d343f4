/**
 * Where the members of a JSON object are in the file's text, so a message can name the line of
 * a record or a field in a translation file (`{ "<record id>": { "title": "…" } }`).
 */
export interface Member {
  key: string;
  /** Offset of the key's opening quote. */
  at: number;
  /** Offsets of the value: `{` … `}` (end exclusive). */
  start: number;
  end: number;
}

/** Members of the object that starts at `open` (a `{`; by default the file's first). */
export function objectMembers(text: string, open = text.indexOf('{')): Member[] {
  const out: Member[] = [];
  if (open < 0 || text[open] !== '{') return out;
  let depth = 0;
  let i = open;
  let key: { key: string; at: number } | null = null;
  let valueStart = -1;
  for (; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      const close = stringEnd(text, i);
      if (depth === 1 && !key && valueStart < 0) {
        key = { key: JSON.parse(text.slice(i, close + 1)) as string, at: i };
      } else if (depth === 1 && key && valueStart < 0) valueStart = i;
      i = close;
    } else if (c === '{' || c === '[') {
      if (depth === 1 && key && valueStart < 0) valueStart = i;
      depth++;
    } else if (c === '}' || c === ']') {
      depth--;
      if (depth === 0) break;
    } else if (depth === 1 && key && valueStart < 0 && /[-\dtfn]/.test(c!)) valueStart = i;
    if (depth === 1 && key && valueStart >= 0 && (text[i + 1] === ',' || nextIsClose(text, i + 1))) {
      out.push({ ...key, start: valueStart, end: i + 1 });
      key = null;
      valueStart = -1;
    }
  }
  return out;
}

function stringEnd(text: string, open: number): number {
  for (let i = open + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i;
  }
  return text.length - 1;
}

/** After optional whitespace, the object ends (for a last member without a comma). */
function nextIsClose(text: string, from: number): boolean {
  let i = from;
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return text[i] === '}';
}

/** 1-based line of an offset. */
export function lineOf(text: string, offset: number): number {
  return lineIndex(text)(offset);
}

/** A function from offset to 1-based line for one text, for many look-ups (a binary search each). */
export function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}
