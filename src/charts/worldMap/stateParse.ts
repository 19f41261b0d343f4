/**
 * Shared by the four comparison charts: turn zod/mini issues into problems an editor can act on,
 * and read embed query strings leniently. Browser-safe (zod/mini only).
 */
import * as z from 'zod/mini';
import type { StateResult } from '../types';

/** A calendar day written YYYY-MM-DD. */
export const DAY_RE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** True for a YYYY-MM-DD string that exists in the calendar. */
export function isRealDay(s: string): boolean {
  if (!DAY_RE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** zod/mini schema for a day, with an editor-friendly message. */
export const daySchema = z.string({ error: 'expected a day written "YYYY-MM-DD", for example "2017-05-04"' }).check(
  z.refine(isRealDay, { error: 'expected a real day written "YYYY-MM-DD", for example "2017-05-04"' }),
);

/** zod/mini schema for a list of ids matching `re`, with `what` naming one id in messages. */
export function idListSchema(re: RegExp, what: string) {
  return z.array(z.string({ error: `expected ${what}` }).check(z.regex(re, { error: `expected ${what}` })), {
    error: `expected a list of ids in brackets, for example [${what.replace(/^.*such as /, '')}]`,
  });
}

interface Issue {
  code: string;
  path: PropertyKey[];
  message: string;
  keys?: string[];
  input?: unknown;
}

/** Parse `input` with a strict object schema and report each problem with the key it concerns. */
export function parseWith<S>(schema: z.ZodMiniType<S>, keys: readonly string[], input: unknown): StateResult<S> {
  const r = z.safeParse(schema, input ?? {});
  if (r.success) return { ok: true, state: r.data };
  const problems: { key: string; message: string }[] = [];
  for (const issue of r.error.issues as unknown as Issue[]) {
    if (issue.code === 'unrecognized_keys') {
      for (const k of issue.keys ?? [])
        problems.push({ key: k, message: `"${k}" is not a setting of this chart; use ${keys.map((x) => `"${x}"`).join(', ')}` });
    } else if (issue.path.length === 0) {
      problems.push({ key: '(state)', message: `expected an object of settings such as { ${keys[0]}: … }` });
    } else {
      const [key, index] = issue.path;
      const where = typeof index === 'number' ? ` (item ${index + 1})` : '';
      problems.push({ key: String(key), message: `${issue.message}${where}` });
    }
  }
  return { ok: false, problems };
}

/**
 * Read a state from URL query parameters. Never throws: each key is parsed on its own, and a
 * missing or invalid value keeps the default. Lists are comma-separated or repeated
 * (`highlight=RU,CN` or `highlight=RU&highlight=CN`); numbers are plain digits.
 */
export function fromQuery<S extends object>(
  schema: z.ZodMiniType<S>,
  defaults: S,
  params: URLSearchParams,
  kinds: Record<string, 'number' | 'string' | 'list'>,
): S {
  const out: Record<string, unknown> = { ...(defaults as Record<string, unknown>) };
  for (const [key, kind] of Object.entries(kinds)) {
    try {
      const all = params.getAll(key);
      if (all.length === 0) continue;
      let value: unknown;
      if (kind === 'list') value = all.flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
      else if (kind === 'number') value = /^\d+$/.test(all[0]!.trim()) ? Number(all[0]!.trim()) : Number.NaN;
      else value = all[0]!.trim();
      const r = z.safeParse(schema, { [key]: value });
      if (r.success) out[key] = (r.data as Record<string, unknown>)[key];
    } catch {
      // keep the default
    }
  }
  return out as S;
}
