/**
 * The timeline's details card, for the marks and clusters of one drawing: an event's date,
 * place, kind, summary and sources; a cluster's events (clusters differ between drawings, so the
 * drawing is read for them).
 */
import type { ChartDetails, MarkDetails } from '../shared/details';
import type { TimelineState } from './constants';
import type { TimelineData, TimelineEvent } from './data';
import { CATEGORY_LABEL, eventsById } from './layout';
import { formatDate, formatRange } from './time';

/** Events listed on a cluster's card; the rest are counted. */
const LISTED = 8;

function eventCard(data: TimelineData, e: TimelineEvent): MarkDetails {
  const notes: string[] = [];
  if (e.dateNote) notes.push(`Date: ${e.dateNote}`);
  if (e.confidence === 'likely') notes.push('Widely reported, but not found in a stored source.');
  if (e.thin)
    notes.push('Thinly sourced: every source below is secondary (an aggregator, mirror or reprint).');
  return {
    meta: `${formatDate(e.date, e.precision)} · ${data.names.countries[e.country] ?? e.country} · ${CATEGORY_LABEL[e.category]}`,
    title: e.title,
    text: [e.summary],
    notes,
    links: e.sources.map((s) => ({ text: s.publisher, href: s.url })),
  };
}

function clusterCard(data: TimelineData, events: TimelineEvent[]): MarkDetails {
  const first = events[0];
  const last = events[events.length - 1];
  const country = first ? (data.names.countries[first.country] ?? first.country) : '';
  const list = events.slice(0, LISTED).map((e) => `${formatDate(e.date, e.precision)}: ${e.title}`);
  if (events.length > LISTED) list.push(`and ${events.length - LISTED} more`);
  return {
    meta: `${country}${first && last ? ` · ${formatRange(first.date, last.date)}` : ''}`,
    title: `${events.length} events`,
    list,
    notes: ['Zoom in on these dates, or open the table of events, to see each one.'],
  };
}

function marks(
  data: TimelineData,
  _state: TimelineState,
  drawing: SVGSVGElement,
): Record<string, MarkDetails> {
  const byId = eventsById(data);
  const out: Record<string, MarkDetails> = {};
  for (const m of drawing.querySelectorAll('.tl-mark[data-key]')) {
    const e = byId.get(m.getAttribute('data-id') ?? '');
    if (e) out[m.getAttribute('data-key')!] = eventCard(data, e);
  }
  for (const c of drawing.querySelectorAll('.tl-cluster[data-key]')) {
    const events = (c.getAttribute('data-ids') ?? '')
      .split(' ')
      .map((id) => byId.get(id))
      .filter((e): e is TimelineEvent => e !== undefined);
    out[c.getAttribute('data-key')!] = clusterCard(data, events);
  }
  return out;
}

export const timelineDetails: ChartDetails<TimelineState, TimelineData> = {
  look: 'card',
  className: 'tl-card',
  marks,
};
