/**
 * Shared by the four comparison charts: turn zod/mini issues into problems an editor can act on.
 * Build-time (MDX steps); embed query strings are read without zod by ../queryParse.ts, whose
 * predicates and patterns these schemas are built on.
 */
import * as z from 'zod/mini';
import { DAY_RE, isRealDay } from '../queryParse';
import type { StateResult } from '../types';

export { DAY_RE, isRealDay };

/** zod/mini schema for a day, with an editor-friendly message. */
export const daySchema = z
  .string({ error: 'expected a day written "YYYY-MM-DD", for example "2017-05-04"' })
  .check(
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
export function parseWith<S>(
  schema: z.ZodMiniType<S>,
  keys: readonly string[],
  input: unknown,
): StateResult<S> {
  const r = z.safeParse(schema, input ?? {});
  if (r.success) return { ok: true, state: r.data };
  const problems: { key: string; message: string }[] = [];
  for (const issue of r.error.issues as unknown as Issue[]) {
    if (issue.code === 'unrecognized_keys') {
      for (const k of issue.keys ?? [])
        problems.push({
          key: k,
          message: `"${k}" is not a setting of this chart; use ${keys.map((x) => `"${x}"`).join(', ')}`,
        });
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
