/**
 * The timeline's state vocabulary: one schema shared by MDX steps, static figures and embed URLs.
 * Written with `zod/mini` so the browser can parse an embed's query string without all of zod.
 *
 * Every key is optional; a missing key means its default.
 *
 * | key        | example                                         | default                                   |
 * |------------|-------------------------------------------------|-------------------------------------------|
 * | focus      | `focus: ["2017-04-25", "2017-05-20"]`           | 2009-01-01 to the end of the last event's year |
 * | highlight  | `highlight: ["ru-wechat-block-2017"]`           | nothing highlighted                        |
 * | annotate   | `annotate: ["ru-wechat-block-2017"]` (≤ 3)      | no callouts                                |
 * | countries  | `countries: ["RU"]`                             | `["RU", "CN"]`                             |
 * | categories | `categories: ["block", "unblock"]`              | all eight categories                       |
 */
import * as z from 'zod/mini';
import type { StateResult } from '../types';

/** Event categories, in legend order. Kept equal to `CategorySchema` in src/schemas/event.ts (tested). */
export const CATEGORIES = ['block', 'unblock', 'throttle', 'law', 'law-in-force', 'regulation', 'registry', 'other'] as const;
export type TimelineCategory = (typeof CATEGORIES)[number];

/** Countries with a lane of their own; any other country asked for shares a third lane. */
export const MAIN_COUNTRIES = ['RU', 'CN'] as const;
/** Lanes drawn when a state does not name countries. */
export const DEFAULT_COUNTRIES: readonly string[] = ['RU', 'CN'];
/** First day of the default focus. */
export const DEFAULT_START = '2009-01-01';
/** At most this many callouts (`annotate`) in one state. */
export const MAX_CALLOUTS = 3;

/** What a figure shows. Every key is optional: a missing key means its default. */
export interface TimelineState {
  /** The date range in view, first and last day included: `["2017-04-25", "2017-05-20"]`. */
  focus?: [string, string];
  /** Event ids drawn in full colour and labelled first; other events are dimmed. */
  highlight?: string[];
  /** Event ids that get a callout with their date and title (at most 3). */
  annotate?: string[];
  /** ISO country codes, one lane each for RU and CN; any other codes share a third lane. */
  countries?: string[];
  /** Event categories to show; the rest are hidden. */
  categories?: TimelineCategory[];
}

export const STATE_KEYS = ['focus', 'highlight', 'annotate', 'countries', 'categories'] as const;
type Key = (typeof STATE_KEYS)[number];

const DAY_RE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const ID_RE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const COUNTRY_RE = /^[A-Z]{2}$/;

/** True for a YYYY-MM-DD day that exists in the calendar. */
export function isDay(s: string): boolean {
  if (!DAY_RE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

const Day = z.string().check(z.refine(isDay));
const Ids = z.array(z.string().check(z.regex(ID_RE))).check(z.minLength(1));

/** One schema per key, with the message an editor sees when the value does not fit. */
const KEYS: Record<Key, { schema: z.ZodMiniType; message: string }> = {
  focus: {
    schema: z.tuple([Day, Day]).check(z.refine(([a, b]) => a < b)),
    message: 'expected two dates [start, end] written YYYY-MM-DD, start before end, e.g. ["2017-04-25", "2017-05-20"]',
  },
  highlight: {
    schema: Ids,
    message: 'expected a list of event ids from content/data/events.json, e.g. ["ru-wechat-block-2017"]',
  },
  annotate: {
    schema: Ids.check(z.maxLength(MAX_CALLOUTS)),
    message: `expected a list of 1 to ${MAX_CALLOUTS} event ids to call out, e.g. ["ru-wechat-block-2017"]`,
  },
  countries: {
    schema: z.array(z.string().check(z.regex(COUNTRY_RE))).check(z.minLength(1)),
    message: 'expected a list of ISO country codes in capitals, e.g. ["RU", "CN"]',
  },
  categories: {
    schema: z.array(z.enum(CATEGORIES)).check(z.minLength(1)),
    message: `expected a list taken from ${CATEGORIES.map((c) => `"${c}"`).join(', ')}`,
  },
};

/** The state a figure shows when a step or URL says nothing: everything, RU and CN. */
export const defaultState: TimelineState = {};

/**
 * Checks a state written in MDX (`state={{…}}`) or built from a URL. Unknown keys and bad values
 * are reported one by one, with the key and a sentence an editor can act on.
 */
export function parseState(input: unknown): StateResult<TimelineState> {
  if (input === undefined || input === null) return { ok: true, state: {} };
  if (typeof input !== 'object' || Array.isArray(input))
    return { ok: false, problems: [{ key: '', message: 'expected a state object such as { focus: ["2017-04-25", "2017-05-20"] }' }] };
  const problems: { key: string; message: string }[] = [];
  const state: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    const spec = (KEYS as Record<string, (typeof KEYS)[Key]>)[key];
    if (!spec) {
      problems.push({ key, message: `unknown key "${key}"; a timeline state may use ${STATE_KEYS.join(', ')}` });
      continue;
    }
    if (value === undefined) continue;
    const r = spec.schema.safeParse(value);
    if (!r.success) problems.push({ key, message: `${key}: ${spec.message}` });
    else state[key] = key === 'focus' ? r.data : [...new Set(r.data as string[])];
  }
  return problems.length ? { ok: false, problems } : { ok: true, state: state as TimelineState };
}

/** Record ids the state names (checked against the dataset at build time). */
export function refs(state: TimelineState): { events: string[]; countries: string[] } {
  return {
    events: [...new Set([...(state.highlight ?? []), ...(state.annotate ?? [])])],
    countries: [...(state.countries ?? DEFAULT_COUNTRIES)],
  };
}

/**
 * A state from an embed's query string: `?focus=2017-04-25,2017-05-20&highlight=a,b&annotate=a
 * &countries=RU,CN&categories=block,unblock`. Each key that is missing or invalid falls back to its
 * default, on its own; unknown parameters are ignored. Never throws.
 */
export function stateFromQuery(params: URLSearchParams): TimelineState {
  const state: TimelineState = {};
  for (const key of STATE_KEYS) {
    const raw = params.get(key);
    if (raw === null) continue;
    const list = raw
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const value = key === 'countries' ? list.map((c) => c.toUpperCase()) : list;
    const r = parseState({ [key]: value });
    if (r.ok) Object.assign(state, r.state);
  }
  return state;
}

/** The query string for a state (the inverse of stateFromQuery), e.g. for "copy embed" links. */
export function stateToQuery(state: TimelineState): string {
  const p = new URLSearchParams();
  for (const key of STATE_KEYS) {
    const v = state[key];
    if (v?.length) p.set(key, v.join(','));
  }
  return p.toString().replaceAll('%2C', ',');
}
