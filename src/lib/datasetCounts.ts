/**
 * Every count a reader sees of the dataset (the data page, the timeline embed and its alt text, the
 * oEmbed description) comes from here, and each names what it counts: all dated events, or the
 * events the timeline shows when it opens (Russia and China since 2009, so fewer), figures,
 * scores. The timeline's count is the one its own description states: the same state and the same
 * `visibleEvents` as describeTimeline.
 */
import { timeline } from '../charts/timeline';
import { resolveState, visibleEvents } from '../charts/timeline/scales';
import type { Dataset } from './dataset';
import { chartData } from './figures';
import { formatDate } from '../charts/shared/format';

export interface DatasetCounts {
  /** Every dated event in the dataset, and the years of the first and the last. */
  events: { count: number; firstYear: string; lastYear: string };
  /** The events the timeline shows in its default state (the embed, the oEmbed card, the PNG). */
  timelineDefault: { count: number; from: string; to: string; countries: string[] };
  figures: number;
  fotnScores: number;
  /** Records (events, figures, scores) marked `likely`: widely reported, not found in a stored source. */
  likely: number;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function datasetCounts(ds: Dataset): DatasetCounts {
  const years = ds.events.map((e) => e.date.slice(0, 4)).sort();
  const data = chartData(timeline, ds) as Parameters<typeof resolveState>[0];
  const rs = resolveState(data, timeline.defaultState);
  const names = rs.countries.map((c) => data.names.countries[c] ?? c);
  return {
    events: { count: ds.events.length, firstYear: years[0] ?? '', lastYear: years.at(-1) ?? '' },
    timelineDefault: {
      count: visibleEvents(data, rs).length,
      from: rs.focus[0],
      to: rs.focus[1],
      countries: names,
    },
    figures: ds.figures.length,
    fotnScores: ds.fotnScores.length,
    likely: [...ds.events, ...ds.figures, ...ds.fotnScores].filter((r) => r.confidence === 'likely').length,
  };
}

/** The data page's opening paragraph: what the dataset holds, each number naming what it counts. */
export function datasetSummary(c: DatasetCounts): string {
  const { events: e, timelineDefault: t } = c;
  const span = e.firstYear === e.lastYear ? e.firstYear : `${e.firstYear}–${e.lastYear}`;
  const where = t.countries.join(' and ');
  const onTimeline =
    t.count === e.count
      ? 'all of them on the timeline'
      : `the timeline opens on the ${t.count} in ${where} since ${formatDate(t.from, 'day')}`;
  const likely =
    c.likely > 0
      ? ` ${plural(c.likely, 'record is', 'records are')} marked “likely”: widely reported, but not found in a stored source.`
      : ' Every record was checked against a stored copy of at least one source.';
  return (
    `Everything the story and its charts show comes from one dataset: ${plural(e.count, 'dated event', 'dated events')} ` +
    `(${span}; ${onTimeline}), ${plural(c.figures, 'figure', 'figures')} and ` +
    `${plural(c.fotnScores, 'Freedom on the Net score', 'Freedom on the Net scores')}. ` +
    `Each record lists the pages where its fact is stated.${likely}`
  );
}
