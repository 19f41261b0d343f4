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
import { countryName } from './i18n/localizedRecord';
import { LANGUAGE_TAGS, type Locale } from './i18n/locales';
import { t } from './i18n/ui';

export interface DatasetCounts {
  /** Every dated event in the dataset, and the years of the first and the last. */
  events: { count: number; firstYear: string; lastYear: string };
  /** The events the timeline shows in its default state (the embed, the oEmbed card, the PNG). */
  timelineDefault: { count: number; from: string; to: string; countries: string[]; codes: string[] };
  figures: number;
  fotnScores: number;
  /** Records (events, figures, scores) marked `likely`: widely reported, not found in a stored source. */
  likely: number;
}

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
      codes: rs.countries,
    },
    figures: ds.figures.length,
    fotnScores: ds.fotnScores.length,
    likely: [...ds.events, ...ds.figures, ...ds.fotnScores].filter((r) => r.confidence === 'likely').length,
  };
}

/**
 * The data page's opening paragraph in an edition: what the dataset holds, each number naming
 * what it counts (strings: src/i18n/<locale>/data.json).
 */
export function datasetSummary(c: DatasetCounts, locale: Locale = 'en'): string {
  const { events: e, timelineDefault: tl } = c;
  const span = e.firstYear === e.lastYear ? e.firstYear : `${e.firstYear}–${e.lastYear}`;
  const tag = LANGUAGE_TAGS[locale];
  const countries = new Intl.ListFormat(tag, { type: 'conjunction' }).format(
    locale === 'en' ? tl.countries : tl.codes.map((code, i) => countryName(code, locale) ?? tl.countries[i]!),
  );
  const date = formatDate(tl.from, 'day', locale);
  const timeline =
    tl.count === e.count
      ? t(locale, 'data.summary.timelineAll')
      : t(locale, 'data.summary.timelineSome', { count: tl.count, countries, date });
  const likely =
    c.likely > 0 ? t(locale, 'data.summary.likely', { count: c.likely }) : t(locale, 'data.summary.checked');
  const text = t(locale, 'data.summary', {
    events: t(locale, 'data.summary.events', { count: e.count }),
    span,
    timeline,
    figures: t(locale, 'data.summary.figures', { count: c.figures }),
    scores: t(locale, 'data.summary.scores', { count: c.fotnScores }),
  });
  return `${text}${locale === 'zh' ? '' : ' '}${likely}`;
}
