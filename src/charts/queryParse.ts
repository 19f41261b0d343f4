/**
 * Embed query strings for the four comparison charts, without zod (browser). The rules live here
 * (predicates and patterns) and each chart's zod schema in state.ts is built on the same ones,
 * so an MDX step and an embed URL accept exactly the same values.
 */

/** A calendar day written YYYY-MM-DD. */
export const DAY_RE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/** A record id: lower-case words joined by hyphens ("wechat", "data-localisation"). */
export const ID_RE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** An ISO alpha-2 country code in capitals. */
export const COUNTRY_RE = /^[A-Z]{2}$/;

/** True for a YYYY-MM-DD string that exists in the calendar. */
export function isRealDay(s: unknown): boolean {
  if (typeof s !== 'string' || !DAY_RE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** A list (possibly empty) of strings each matching `re`. */
export const isIdList =
  (re: RegExp) =>
  (v: unknown): boolean =>
    Array.isArray(v) && v.every((s) => typeof s === 'string' && re.test(s));

export type QueryKinds = Record<string, { kind: 'number' | 'string' | 'list'; valid: (v: never) => boolean }>;

/**
 * Read a state from URL query parameters. Never throws: each key is read on its own, and a
 * missing or invalid value keeps the default. Lists are comma-separated or repeated
 * (`highlight=RU,CN` or `highlight=RU&highlight=CN`); numbers are plain digits.
 */
export function fromQuery<S extends object>(defaults: S, params: URLSearchParams, kinds: QueryKinds): S {
  const out: Record<string, unknown> = { ...(defaults as Record<string, unknown>) };
  for (const [key, { kind, valid }] of Object.entries(kinds)) {
    const all = params.getAll(key);
    if (all.length === 0) continue;
    const first = all[0]!.trim();
    const value =
      kind === 'list'
        ? all
            .flatMap((v) => v.split(','))
            .map((v) => v.trim())
            .filter(Boolean)
        : kind === 'number'
          ? /^\d+$/.test(first)
            ? Number(first)
            : Number.NaN
          : first;
    if ((valid as (v: unknown) => boolean)(value)) out[key] = value;
  }
  return out as S;
}
