/**
 * Periods a service was blocked or throttled in a country, derived from dated events. Pure and
 * browser-safe (type imports only); the timeline draws them as bars and other charts may reuse it.
 */
import type { Category, Event, ServiceStatus } from '../../schemas/event';

/** The fields of an event that spans are derived from. */
export type SpanEvent = Pick<Event, 'id' | 'date' | 'country' | 'category' | 'service' | 'serviceStatus'> &
  Partial<Pick<Event, 'endDate'>>;

/** One period during which a service stayed blocked (or throttled) in one country. */
export interface Span {
  /** `span-<id of the event that started it>`: stable across states, used as the mark key. */
  key: string;
  /** Service id (services.json). */
  service: string;
  /** ISO country code. */
  country: string;
  /** Status during the period. */
  status: Exclude<ServiceStatus, 'open'>;
  /** Date of the starting event as written (YYYY, YYYY-MM or YYYY-MM-DD). */
  start: string;
  /** Date the period ended as written, or null while it is still in force in our records. */
  end: string | null;
  /** Event that started the period. */
  startId: string;
  /** Event that ended it (an unblock, or a change to another status); absent when `endDate` ended it or it goes on. */
  endId?: string;
  /** How the end is known: a later event, the start event's own `endDate`, or not at all. */
  endedBy: 'event' | 'endDate' | null;
}

const IMPLIED: Partial<Record<Category, ServiceStatus>> = {
  block: 'blocked',
  throttle: 'throttled',
  unblock: 'open',
};

/** The status an event leaves its service in, or null when it does not change it. */
export function statusAfter(
  e: Pick<SpanEvent, 'category' | 'service' | 'serviceStatus'>,
): ServiceStatus | null {
  if (!e.service) return null;
  return e.serviceStatus ?? IMPLIED[e.category] ?? null;
}

function cmp(a: SpanEvent, b: SpanEvent): number {
  // Partial dates sort by their first day; on the same date, file order decides (stable sort).
  return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
}

/**
 * Periods of restriction, service by service and country by country, oldest first.
 *
 * - A `block` or `throttle` event (or any event whose `serviceStatus` is `blocked`/`throttled`)
 *   starts a period, unless the service is already in that status (a "slowdown extended" record
 *   continues the period).
 * - The period ends at the next event of the same service and country that sets another status:
 *   `open` (an `unblock` without `serviceStatus`, or `serviceStatus: "open"`), or the other
 *   restriction (a throttle that becomes a block ends the throttle period and starts a block).
 * - An event with `endDate` is a period of its own from `date` to `endDate`.
 * - Periods with no known end have `end: null` (the timeline does not draw them as bars).
 */
export function deriveSpans(events: readonly SpanEvent[]): Span[] {
  const groups = new Map<string, SpanEvent[]>();
  for (const e of events) {
    if (!e.service) continue;
    const k = `${e.country}\u0000${e.service}`;
    const list = groups.get(k);
    if (list) list.push(e);
    else groups.set(k, [e]);
  }
  const out: Span[] = [];
  for (const list of groups.values()) {
    const sorted = [...list].sort(cmp);
    let open: Span | null = null;
    for (const e of sorted) {
      const status = statusAfter(e);
      if (!status) continue;
      if (e.endDate && status !== 'open') {
        out.push(span(e, status, e.endDate, 'endDate'));
        continue;
      }
      if (open && open.status === status) continue;
      if (open) {
        open.end = e.date;
        open.endId = e.id;
        open.endedBy = 'event';
        out.push(open);
        open = null;
      }
      if (status !== 'open') open = span(e, status, null, null);
    }
    if (open) out.push(open);
  }
  return out.sort((a, b) =>
    a.start < b.start ? -1 : a.start > b.start ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0,
  );
}

function span(
  e: SpanEvent,
  status: Exclude<ServiceStatus, 'open'>,
  end: string | null,
  endedBy: Span['endedBy'],
): Span {
  return {
    key: `span-${e.id}`,
    service: e.service!,
    country: e.country,
    status,
    start: e.date,
    end,
    startId: e.id,
    endedBy,
  };
}
