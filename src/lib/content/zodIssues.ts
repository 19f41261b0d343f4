import type { z } from 'zod';
import { didYouMean } from './suggest';

/**
 * A zod issue in words an editor can act on (no type jargon). `known`: the record's field names,
 * to suggest the nearest for a misspelt one.
 */
export function describeZodIssue(
  issue: z.core.$ZodIssue,
  input: unknown,
  known: string[] = [],
): { field: string; message: string } {
  const field = issue.path.map(String).join('.');
  const got = valueAt(input, issue.path);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const [only, ...more] = issue.keys;
      const hint = only && more.length === 0 && issue.path.length === 0 ? didYouMean(only, known) : '';
      return {
        field: [field, issue.keys.join(', ')].filter(Boolean).join('.'),
        message: `unknown field${more.length ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}${hint || `: check the spelling, or remove ${more.length ? 'them' : 'it'}`} (EDITING.md lists every field)`,
      };
    }
    case 'invalid_type':
      if (got === undefined) return { field, message: `is missing: expected ${article(issue.expected)}` };
      return { field, message: `expected ${article(issue.expected)}, got ${show(got)}` };
    case 'invalid_value':
      return {
        field,
        message: `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${show(got)}${
          // Every allowed value is listed; point at one only for a slip of one letter ("blok"),
          // as a short word two edits away may mean the opposite ("Unfree" is not "Free").
          typeof got === 'string' ? didYouMean(got, issue.values.map(String), undefined, 1) : ''
        }`,
      };
    case 'too_small':
      if (Array.isArray(got) && got.length === 0) return { field, message: `is empty: ${issue.message}` };
      return {
        field,
        message: issue.message.startsWith('Too small')
          ? `is too small or too short (${show(got)})`
          : issue.message,
      };
    case 'too_big':
      return {
        field,
        message: issue.message.startsWith('Too big')
          ? `is too big or too long (${show(got)})`
          : issue.message,
      };
    default:
      return {
        field,
        message: `${issue.message}${got !== undefined && typeof got !== 'object' ? `, got ${show(got)}` : ''}`,
      };
  }
}

function article(type: string): string {
  const words: Record<string, string> = {
    string: 'text in quotes',
    number: 'a number',
    boolean: 'true or false',
    array: 'a list in [ ]',
    object: 'an object in { }',
    date: 'a date',
  };
  return words[type] ?? type;
}

/** A value as the editor wrote it, shortened. */
export function show(v: unknown): string {
  const s = JSON.stringify(v);
  if (s === undefined) return String(v);
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

function valueAt(input: unknown, path: PropertyKey[]): unknown {
  let v: unknown = input;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}
