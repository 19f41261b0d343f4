/**
 * Scales and state resolution: a state with its defaults filled in, the lanes and events it
 * shows, and the time scale (d3-scale's scaleUtc) that puts an instant on the axis.
 */
import { scaleUtc } from 'd3-scale';
import { isStoryCountry, STORY_COUNTRIES } from '../shared/countries';
import {
  CATEGORIES,
  DEFAULT_COUNTRIES,
  DEFAULT_START,
  STORY_EVENTS,
  type TimelineCategory,
  type TimelineState,
} from './constants';
import { countryIn, type TimelineData, type TimelineEvent } from './data';
import { chartText, listAnd, type Locale } from '../shared/i18n';
import type { Emphasis } from './geometry';
import { DAY, endMs, midMs, startMs } from './time';

export interface ResolvedState {
  focus: [string, string];
  /** Domain [t0, t1) in ms: first instant of focus[0] to the end of focus[1]. */
  t0: number;
  t1: number;
  emphasis: Set<string>;
  annotate: string[];
  countries: string[];
  categories: TimelineCategory[];
  /** The edition the words, dates and names are drawn in. */
  locale: Locale;
}

/** The last day of the default focus: 31 December of the last event's year. */
export function defaultEnd(data: TimelineData): string {
  const known = endCache.get(data.events);
  if (known) return known;
  let year = Number(DEFAULT_START.slice(0, 4));
  for (const e of data.events) year = Math.max(year, Number(e.date.slice(0, 4)));
  const end = `${year}-12-31`;
  endCache.set(data.events, end);
  return end;
}
const endCache = new WeakMap<readonly TimelineEvent[], string>();
const byIdCache = new WeakMap<readonly TimelineEvent[], Map<string, TimelineEvent>>();

/** Events by id (computed once per dataset). */
export function eventsById(data: TimelineData): Map<string, TimelineEvent> {
  let m = byIdCache.get(data.events);
  if (!m) {
    m = new Map(data.events.map((e) => [e.id, e]));
    byIdCache.set(data.events, m);
  }
  return m;
}

/** Fills in every key a state leaves out. */
export function resolveState(data: TimelineData, state: TimelineState, locale: Locale = 'en'): ResolvedState {
  const focus: [string, string] = state.focus ?? [DEFAULT_START, defaultEnd(data)];
  const annotate = state.annotate ?? [];
  const categories = state.categories
    ? CATEGORIES.filter((c) => state.categories!.includes(c))
    : [...CATEGORIES];
  return {
    focus,
    t0: startMs(focus[0]),
    t1: endMs(focus[1]),
    emphasis: new Set([...(state.highlight ?? []), ...annotate]),
    annotate,
    countries: [...(state.countries ?? DEFAULT_COUNTRIES)],
    categories,
    locale,
  };
}

/** Lanes for a state: RU and CN when asked for, then one lane shared by any other countries. */
export function lanesFor(
  data: TimelineData,
  countries: string[],
  locale: Locale = 'en',
): { key: string; countries: string[]; label: string }[] {
  const lanes: { key: string; countries: string[]; label: string }[] = [];
  // RU and CN have lanes of their own; any other country asked for shares a third lane.
  for (const c of STORY_COUNTRIES)
    if (countries.includes(c)) lanes.push({ key: c, countries: [c], label: countryIn(data, c, locale) });
  const others = countries.filter((c) => !isStoryCountry(c));
  if (others.length) {
    const names = others.map((c) => countryIn(data, c, locale));
    lanes.push({
      key: 'other',
      countries: others,
      label: names.length <= 2 ? listAnd(locale, names) : chartText(locale, 'charts.tl.otherCountries'),
    });
  }
  return lanes;
}

/** Events a state shows: in a shown country and category, drawn inside the focus. */
export function visibleEvents(data: TimelineData, rs: ResolvedState): TimelineEvent[] {
  return data.events.filter((e) => {
    if (!rs.countries.includes(e.country) || !rs.categories.includes(e.category)) return false;
    const t = midMs(e.date);
    return t >= rs.t0 && t < rs.t1;
  });
}

/**
 * The time axis: an instant (ms) → px along it, from the focus start at `from` to the focus end at
 * `to` (left to right in the wide layout, top to bottom in the narrow one).
 */
export function timeScale(rs: ResolvedState, from: number, to: number): (t: number) => number {
  const scale = scaleUtc().domain([rs.t0, rs.t1]).range([from, to]);
  return (t) => scale(t);
}

/** Events drawn first and labelled first: the highlighted ones, or with none, the story's subject. */
export function isPriority(rs: ResolvedState, id: string): boolean {
  return rs.emphasis.size ? rs.emphasis.has(id) : STORY_EVENTS.includes(id);
}

/** True when an event is drawn in its category's shape and colour (not dimmed). */
export function shownInFull(rs: ResolvedState, ev: TimelineEvent): boolean {
  return rs.emphasis.size === 0 || rs.emphasis.has(ev.id);
}

export function emphasisOf(rs: ResolvedState, id: string): Emphasis {
  if (rs.emphasis.size === 0) return 'normal';
  return rs.emphasis.has(id) ? 'hl' : 'dim';
}

/** Ids in the dataset's order (by date). */
export function sortIds(data: TimelineData, ids: string[]): string[] {
  const order = eventsById(data);
  const index = new Map<string, number>();
  let i = 0;
  for (const id of order.keys()) index.set(id, i++);
  return [...ids].sort((a, b) => index.get(a)! - index.get(b)!);
}

/** Number of days in the focus (used by describe()). */
export function focusDays(rs: ResolvedState): number {
  return Math.round((rs.t1 - rs.t0) / DAY);
}
