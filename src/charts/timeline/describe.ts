/**
 * Text alternatives for a state: the SVG's <title> and <desc>, and the table of events in view.
 * Pure; the same words at build time and in the browser's live region, in the edition's language.
 */
import type { DataTable } from '../types';
import { countryIn, type TimelineData } from './data';
import { categoryLabel } from './legend';
import { lanesFor, resolveState, visibleEvents } from './scales';
import { CATEGORIES, type TimelineState } from './constants';
import { formatDate, formatDuration, formatRange } from '../shared/format';
import { chartText, joinList, joinSentences, listAnd, type Locale } from '../shared/i18n';
import { midMs } from './time';

function where(data: TimelineData, state: TimelineState, locale: Locale): string {
  const rs = resolveState(data, state, locale);
  return listAnd(
    locale,
    lanesFor(data, rs.countries, locale).flatMap((l) =>
      l.key === 'other' ? l.countries.map((c) => countryIn(data, c, locale)) : [l.label],
    ),
  );
}

/** The SVG <title>: what and where, and the dates in view. */
export function svgTitle(data: TimelineData, state: TimelineState, locale: Locale = 'en'): string {
  const rs = resolveState(data, state, locale);
  return chartText(locale, 'charts.tl.title', {
    where: where(data, state, locale),
    range: formatRange(rs.focus[0], rs.focus[1], locale),
  });
}

/** One or two sentences: how many events of which kinds are in view, what is highlighted. */
export function describeTimeline(data: TimelineData, state: TimelineState, locale: Locale = 'en'): string {
  const rs = resolveState(data, state, locale);
  const shown = visibleEvents(data, rs);
  const counts = CATEGORIES.map((c) => [c, shown.filter((e) => e.category === c).length] as const)
    .filter(([, n]) => n > 0)
    .map(([c, n]) => chartText(locale, `charts.tl.count.${c}`, { count: n }));
  const filter =
    rs.categories.length < CATEGORIES.length
      ? chartText(locale, 'charts.tl.describe.only', {
          categories: listAnd(
            locale,
            rs.categories.map((c) => chartText(locale, `charts.tl.plural.${c}`)),
          ),
        })
      : '';
  const summary = chartText(locale, counts.length ? 'charts.tl.describe.counts' : 'charts.tl.describe', {
    count: shown.length,
    where: where(data, state, locale),
    from: formatDate(rs.focus[0], undefined, locale),
    to: formatDate(rs.focus[1], undefined, locale),
    filter,
    counts: listAnd(locale, counts),
  });
  const byId = new Map(shown.map((e) => [e.id, e]));
  const hl = [...rs.emphasis].map((id) => byId.get(id)).filter((e) => e !== undefined);
  const highlighted = hl.length
    ? chartText(locale, 'charts.tl.describe.highlighted', {
        events: joinList(
          locale,
          hl.map((e) =>
            chartText(locale, 'charts.tl.describe.event', {
              title: e.title,
              date: formatDate(e.date, e.precision, locale),
            }),
          ),
          'semicolon',
        ),
      })
    : '';
  const spans = data.spans.filter(
    (p) =>
      p.end !== null &&
      rs.countries.includes(p.country) &&
      (rs.emphasis.has(p.startId) || (p.endId !== undefined && rs.emphasis.has(p.endId))),
  );
  const periods = spans.length
    ? chartText(locale, 'charts.sentence', {
        text: joinList(
          locale,
          spans.map((p) =>
            chartText(locale, 'charts.tl.describe.span', {
              service: data.names.services[p.service] ?? p.service,
              status: chartText(locale, `charts.tl.status.${p.status}`),
              duration: formatDuration(p.start, p.end!, locale),
              range: formatRange(p.start, p.end!, locale),
            }),
          ),
          'semicolon',
        ),
      })
    : '';
  return joinSentences(locale, [summary, highlighted, periods]);
}

/** The events in view, oldest first, with a link to the first source of each. */
export function tableTimeline(data: TimelineData, state: TimelineState, locale: Locale = 'en'): DataTable {
  const rs = resolveState(data, state, locale);
  const shown = visibleEvents(data, rs).sort(
    (a, b) => midMs(a.date) - midMs(b.date) || (a.id < b.id ? -1 : 1),
  );
  return {
    caption: chartText(locale, 'charts.tl.caption', {
      where: where(data, state, locale),
      range: formatRange(rs.focus[0], rs.focus[1], locale),
    }),
    columns: ['date', 'country', 'kind', 'event', 'source'].map((k) =>
      chartText(locale, `charts.tl.column.${k}`),
    ),
    rows: shown.map((e) => {
      const src = e.sources[0]!;
      return [
        formatDate(e.date, e.precision, locale),
        countryIn(data, e.country, locale),
        categoryLabel(e.category, locale),
        e.title,
        { text: src.publisher, href: src.url },
      ];
    }),
  };
}
