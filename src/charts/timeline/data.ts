/**
 * The slice of the dataset the timeline draws. `select` runs at build time; its result is JSON and
 * is shipped to the browser, so it keeps only what marks, labels and the details card need.
 */
import { LANGUAGE_TAGS, type Locale } from '../shared/i18n';
import type { Dataset } from '../../schemas/dataset';
import type { Event } from '../../schemas/event';
import { deriveSpans, type Span } from './spans';
import type { TimelineCategory } from './constants';
import { STORY_COUNTRIES } from '../shared/countries';
import { isThinlySourced } from '../../schemas/thinlySourced';

export interface TimelineEvent {
  id: string;
  date: string;
  precision: Event['precision'];
  endDate?: string;
  country: string;
  category: TimelineCategory;
  title: string;
  summary: string;
  actor: string;
  service?: string;
  serviceStatus?: Event['serviceStatus'];
  sources: { url: string; publisher: string }[];
  confidence: Event['confidence'];
  dateNote?: string;
  /** Every source is secondary: the details card says so (src/schemas/thinlySourced.ts). */
  thin?: true;
}

export interface TimelineData {
  /** Events sorted by date, then id. */
  events: TimelineEvent[];
  /** Periods of blocking and throttling (see spans.ts), including those still in force. */
  spans: Span[];
  /** Reader-facing names by ISO code (for lanes) and by service id (for span labels). */
  names: { countries: Record<string, string>; services: Record<string, string> };
}

const FALLBACK_NAMES: Record<string, string> = { RU: 'Russia', CN: 'China' };

/** Short country names; Russia rather than "Russian Federation" ("Россия", "俄罗斯" in the editions). */
function countryName(code: string, locale: Locale = 'en'): string {
  if (locale === 'en' && FALLBACK_NAMES[code]) return FALLBACK_NAMES[code];
  try {
    const style = locale === 'en' ? 'long' : 'short';
    return new Intl.DisplayNames([LANGUAGE_TAGS[locale]], { type: 'region', style }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** A country's name as an edition's drawing writes it (English: the data's own names). */
export function countryIn(data: TimelineData, code: string, locale: Locale = 'en'): string {
  return locale === 'en' ? (data.names.countries[code] ?? code) : countryName(code, locale);
}

/** Builds the timeline's data from validated events (and service names when given). */
export function timelineData(
  events: readonly Event[],
  services: readonly { id: string; name: string }[] = [],
): TimelineData {
  const list: TimelineEvent[] = events
    .map((e) => {
      const t: TimelineEvent = {
        id: e.id,
        date: e.date,
        precision: e.precision,
        country: e.country,
        category: e.category,
        title: e.title,
        summary: e.summary,
        actor: e.actor,
        sources: e.sources.map((s) => ({ url: s.url, publisher: s.publisher })),
        confidence: e.confidence,
      };
      if (isThinlySourced(e)) t.thin = true;
      if (e.endDate) t.endDate = e.endDate;
      if (e.service) t.service = e.service;
      if (e.serviceStatus) t.serviceStatus = e.serviceStatus;
      if (e.dateNote) t.dateNote = e.dateNote;
      return t;
    })
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const countries: Record<string, string> = {};
  for (const code of [...new Set([...STORY_COUNTRIES, ...list.map((e) => e.country)])].sort())
    countries[code] = countryName(code);
  const serviceNames: Record<string, string> = {};
  for (const s of services) serviceNames[s.id] = s.name;
  return { events: list, spans: deriveSpans(list), names: { countries, services: serviceNames } };
}

/** ChartModule.select: the timeline's slice of the dataset. */
export function select(ds: Dataset): TimelineData {
  return timelineData(ds.events, ds.services);
}
