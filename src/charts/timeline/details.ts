/**
 * The timeline's details card, for the marks and clusters of one drawing: an event's date,
 * place, kind, summary and sources; a cluster's events (clusters differ between drawings, so the
 * drawing is read for them).
 */
import type { ChartDetails, MarkDetails } from '../shared/details';
import type { TimelineState } from './constants';
import { countryIn, type TimelineData, type TimelineEvent } from './data';
import { categoryLabel, eventsById } from './layout';
import { formatDate, formatRange } from './time';
import { chartText, type Locale } from '../shared/i18n';

/** Events listed on a cluster's card; the rest are counted. */
const LISTED = 8;

function eventCard(data: TimelineData, e: TimelineEvent, locale: Locale): MarkDetails {
  const notes: string[] = [];
  if (e.dateNote) notes.push(chartText(locale, 'charts.tl.card.dateNote', { note: e.dateNote }));
  if (e.confidence === 'likely') notes.push(chartText(locale, 'charts.tl.card.likely'));
  if (e.thin) notes.push(chartText(locale, 'charts.tl.card.thin'));
  return {
    meta: [
      formatDate(e.date, e.precision, locale),
      countryIn(data, e.country, locale),
      categoryLabel(e.category, locale),
    ].join(' · '),
    title: e.title,
    text: [e.summary],
    notes,
    links: e.sources.map((s) => ({ text: s.publisher, href: s.url })),
  };
}

function clusterCard(data: TimelineData, events: TimelineEvent[], locale: Locale): MarkDetails {
  const first = events[0];
  const last = events[events.length - 1];
  const country = first ? countryIn(data, first.country, locale) : '';
  const list = events.slice(0, LISTED).map((e) =>
    chartText(locale, 'charts.tl.card.item', {
      date: formatDate(e.date, e.precision, locale),
      title: e.title,
    }),
  );
  if (events.length > LISTED)
    list.push(chartText(locale, 'charts.tl.card.more', { count: events.length - LISTED }));
  return {
    meta: `${country}${first && last ? ` · ${formatRange(first.date, last.date, locale)}` : ''}`,
    title: chartText(locale, 'charts.tl.card.events', { count: events.length }),
    list,
    notes: [chartText(locale, 'charts.tl.card.zoom')],
  };
}

function marks(
  data: TimelineData,
  _state: TimelineState,
  drawing: SVGSVGElement,
  locale: Locale = 'en',
): Record<string, MarkDetails> {
  const byId = eventsById(data);
  const out: Record<string, MarkDetails> = {};
  for (const m of drawing.querySelectorAll('.tl-mark[data-key]')) {
    const e = byId.get(m.getAttribute('data-id') ?? '');
    if (e) out[m.getAttribute('data-key')!] = eventCard(data, e, locale);
  }
  for (const c of drawing.querySelectorAll('.tl-cluster[data-key]')) {
    const events = (c.getAttribute('data-ids') ?? '')
      .split(' ')
      .map((id) => byId.get(id))
      .filter((e): e is TimelineEvent => e !== undefined);
    out[c.getAttribute('data-key')!] = clusterCard(data, events, locale);
  }
  return out;
}

export const timelineDetails: ChartDetails<TimelineState, TimelineData> = {
  look: 'card',
  className: 'tl-card',
  marks,
};
