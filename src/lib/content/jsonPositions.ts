/**
 * Where things are in a JSON file's text, so errors can name a line. Only what validation
 * needs: the span of each element of a top-level array property, and a field's line in it.
 */
export interface Span {
  start: number;
  end: number;
}

/** Spans of the elements of the array stored under top-level `key` (e.g. "events"). */
export function arrayElementSpans(text: string, key: string): Span[] {
  const spans: Span[] = [];
  const keyAt = findTopLevelKey(text, key);
  if (keyAt < 0) return spans;
  let i = text.indexOf('[', keyAt);
  if (i < 0) return spans;
  let depth = 0;
  let inString = false;
  let start = -1;
  for (i = i + 1; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') {
      inString = true;
      if (depth === 0 && start < 0) start = i;
    } else if (c === '{' || c === '[') {
      if (depth === 0 && start < 0) start = i;
      depth++;
    } else if (c === '}' || c === ']') {
      if (depth === 0) break; // end of the array
      depth--;
      if (depth === 0 && start >= 0) {
        spans.push({ start, end: i + 1 });
        start = -1;
      }
    } else if (c === ',' && depth === 0 && start >= 0) {
      spans.push({ start, end: i });
      start = -1;
    }
  }
  return spans;
}

function findTopLevelKey(text: string, key: string): number {
  let depth = 0;
  let inString = false;
  let stringStart = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') {
        inString = false;
        if (depth === 1 && text.slice(stringStart + 1, i) === key && /^\s*:/.test(text.slice(i + 1)))
          return i + 1;
      }
      continue;
    }
    if (c === '"') {
      inString = true;
      stringStart = i;
    } else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') depth--;
  }
  return -1;
}

/** 1-based line of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text[i] === '\n') line++;
  return line;
}

/** Line of `"field":` inside a span (first segment of a dotted path), else the span's first line. */
export function fieldLine(text: string, span: Span, field?: string): number {
  if (field) {
    const name = field.split('.')[0]!;
    const at = text.slice(span.start, span.end).indexOf(`"${name}"`);
    if (at >= 0) return lineAt(text, span.start + at);
  }
  return lineAt(text, span.start);
}
