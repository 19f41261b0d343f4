/**
 * Text alternatives for a state: the SVG's <title> and <desc>, and the table of events in view.
 * Pure; the same words at build time and in the browser's live region.
 */
import type { DataTable } from '../types';
import type { TimelineData } from './data';
import { CATEGORY_LABEL } from './legend';
import { lanesFor, resolveState, visibleEvents } from './scales';
import { CATEGORIES, type TimelineCategory, type TimelineState } from './constants';
import { formatDate, formatDuration, formatRange } from '../shared/format';
import { midMs } from './time';

const PLURAL: Record<TimelineCategory, [string, string]> = {
  block: ['block', 'blocks'],
  unblock: ['unblock', 'unblocks'],
  throttle: ['throttling', 'throttlings'],
  law: ['law passed', 'laws passed'],
  'law-in-force': ['law in force', 'laws in force'],
  regulation: ['regulation', 'regulations'],
  registry: ['register entry', 'register entries'],
  other: ['other event', 'other events'],
};

function list(words: string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

function where(data: TimelineData, state: TimelineState): string {
  const rs = resolveState(data, state);
  return list(
    lanesFor(data, rs.countries).flatMap((l) =>
      l.key === 'other' ? l.countries.map((c) => data.names.countries[c] ?? c) : [l.label],
    ),
  );
}

/** The SVG <title>: what and where, and the dates in view. */
export function svgTitle(data: TimelineData, state: TimelineState): string {
  const rs = resolveState(data, state);
  return `Timeline of internet controls in ${where(data, state)}, ${formatRange(rs.focus[0], rs.focus[1])}`;
}

/** One or two sentences: how many events of which kinds are in view, what is highlighted. */
export function describeTimeline(data: TimelineData, state: TimelineState): string {
  const rs = resolveState(data, state);
  const shown = visibleEvents(data, rs);
  const counts = CATEGORIES.map((c) => [c, shown.filter((e) => e.category === c).length] as const)
    .filter(([, n]) => n > 0)
    .map(([c, n]) => `${n} ${PLURAL[c][n === 1 ? 0 : 1]}`);
  const filter =
    rs.categories.length < CATEGORIES.length
      ? ` (showing only ${list(rs.categories.map((c) => PLURAL[c][1]))})`
      : '';
  let s = `${shown.length} event${shown.length === 1 ? '' : 's'} in ${where(data, state)} from ${formatDate(rs.focus[0])} to ${formatDate(rs.focus[1])}${filter}`;
  s += counts.length ? `: ${list(counts)}.` : '.';
  const byId = new Map(shown.map((e) => [e.id, e]));
  const hl = [...rs.emphasis].map((id) => byId.get(id)).filter((e) => e !== undefined);
  if (hl.length)
    s += ` Highlighted: ${hl.map((e) => `${e.title} (${formatDate(e.date, e.precision)})`).join('; ')}.`;
  const spans = data.spans.filter(
    (p) =>
      p.end !== null &&
      rs.countries.includes(p.country) &&
      (rs.emphasis.has(p.startId) || (p.endId !== undefined && rs.emphasis.has(p.endId))),
  );
  if (spans.length)
    s += ` ${spans
      .map(
        (p) =>
          `${data.names.services[p.service] ?? p.service} was ${p.status} for ${formatDuration(p.start, p.end!)}, ${formatRange(p.start, p.end!)}`,
      )
      .join('; ')}.`;
  return s;
}

/** The events in view, oldest first, with a link to the first source of each. */
export function tableTimeline(data: TimelineData, state: TimelineState): DataTable {
  const rs = resolveState(data, state);
  const shown = visibleEvents(data, rs).sort(
    (a, b) => midMs(a.date) - midMs(b.date) || (a.id < b.id ? -1 : 1),
  );
  return {
    caption: `Events in ${where(data, state)}, ${formatRange(rs.focus[0], rs.focus[1])}`,
    columns: ['Date', 'Country', 'Kind', 'Event', 'Source'],
    rows: shown.map((e) => {
      const src = e.sources[0]!;
      return [
        formatDate(e.date, e.precision),
        data.names.countries[e.country] ?? e.country,
        CATEGORY_LABEL[e.category],
        e.title,
        { text: src.publisher, href: src.url },
      ];
    }),
  };
}
