/**
 * The timeline's state vocabulary without zod: constants, the state type and the rule each key
 * must follow. Shipped to the browser (clients, embed query strings); state.ts builds its zod
 * schema on the same predicates, so MDX steps and URLs follow one set of rules.
 */
import { STORY_COUNTRIES } from '../shared/countries';

/** Event categories, in legend order. Kept equal to `CategorySchema` in src/schemas/event.ts (tested). */
export const CATEGORIES = [
  'block',
  'unblock',
  'throttle',
  'law',
  'law-in-force',
  'regulation',
  'registry',
  'other',
] as const;
export type TimelineCategory = (typeof CATEGORIES)[number];

/** Lanes drawn when a state does not name countries. */
export const DEFAULT_COUNTRIES: readonly string[] = STORY_COUNTRIES;
/** First day of the default focus. */
export const DEFAULT_START = '2009-01-01';
/** At most this many callouts (`annotate`) in one state. */
export const MAX_CALLOUTS = 3;
/**
 * The story's subject: WeChat's block and unblock. With nothing highlighted (the embed's default,
 * the whole record) they are never folded into a cluster and are labelled before anything else,
 * so the overview always shows where the week sits.
 */
export const STORY_EVENTS: readonly string[] = ['ru-wechat-block-2017', 'ru-wechat-unblock-2017'];

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
export type StateKey = (typeof STATE_KEYS)[number];

const DAY_RE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const ID_RE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const COUNTRY_RE = /^[A-Z]{2}$/;

/** True for a YYYY-MM-DD day that exists in the calendar. */
export function isDay(s: unknown): s is string {
  if (typeof s !== 'string' || !DAY_RE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** A non-empty list (at most `max` items) whose items are strings passing `ok`. */
const list =
  (ok: (s: string) => boolean, max = Infinity) =>
  (v: unknown): boolean =>
    Array.isArray(v) && v.length > 0 && v.length <= max && v.every((s) => typeof s === 'string' && ok(s));

/** The rule for each key's value (the one source of truth for MDX steps and embed URLs). */
export const VALID: Record<StateKey, (v: unknown) => boolean> = {
  focus: (v) => Array.isArray(v) && v.length === 2 && isDay(v[0]) && isDay(v[1]) && v[0] < v[1],
  highlight: list((s) => ID_RE.test(s)),
  annotate: list((s) => ID_RE.test(s), MAX_CALLOUTS),
  countries: list((s) => COUNTRY_RE.test(s)),
  categories: list((s) => (CATEGORIES as readonly string[]).includes(s)),
};

/** A valid value as the state keeps it: lists without repeats, focus as given. */
export function normalise(key: StateKey, value: unknown): unknown {
  return key === 'focus' ? [...(value as string[])] : [...new Set(value as string[])];
}

/** Record ids the state names (checked against the dataset at build time, and by embeds). */
export function refs(state: TimelineState): { events: string[]; countries: string[] } {
  return {
    events: [...new Set([...(state.highlight ?? []), ...(state.annotate ?? [])])],
    countries: [...(state.countries ?? DEFAULT_COUNTRIES)],
  };
}
