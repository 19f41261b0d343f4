import type { Dataset } from './dataset';
import { toCsv } from './csv';
import { publisherNames } from './sourceGroups';
import { isThinlySourced } from '../schemas/thinlySourced';
import type { Locale } from './i18n/locales';
import { t } from './i18n/ui';

/**
 * A file readers can download from /data/ (and /ru/data/, /zh/data/), generated at build time
 * from an edition's dataset (`localizedDataset`): the same columns, ids, dates, numbers and source
 * URLs in every edition; only the reader's text differs. Its title and description are the
 * edition's (`downloadText`).
 */
export interface Download {
  /** File name under the edition's /data/. */
  file: string;
  contentType: string;
  body: (ds: Dataset) => string;
}

/** A download's title and one-line description in an edition (src/i18n/<locale>/data.json). */
export function downloadText(d: Download, locale: Locale): { title: string; description: string } {
  return { title: t(locale, `data.file.${d.file}`), description: t(locale, `data.file.${d.file}.about`) };
}

const urls = (sources: { url: string; publisher: string }[]) => sources.map((s) => s.url).join(' ');
/** Each publisher once ("TASS", not "TASS; TASS" for two TASS pages); every URL is in source_urls. */
const publishers = (sources: { url: string; publisher: string }[]) => publisherNames(sources).join('; ');
const json = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;
/** Each source's kind, in the order of source_urls ("news official"). */
const kinds = (sources: { kind?: string }[]) => sources.map((s) => s.kind ?? '').join(' ');
/** "yes" when every source is secondary (see thinlySourced.ts); empty otherwise. */
const thin = (r: Parameters<typeof isThinlySourced>[0]) => (isThinlySourced(r) ? 'yes' : '');
/** JSON records carry the same flag as the CSV column. */
const flagged = <T extends Parameters<typeof isThinlySourced>[0]>(records: T[]) =>
  records.map((r) => ({ ...r, thinlySourced: isThinlySourced(r) }));

/**
 * Every download: each collection as JSON and CSV (sources flattened into publisher, URL and
 * kind columns). A record resting only on secondary sources is flagged `thinly_sourced`.
 */
export const downloads: Download[] = [
  {
    file: 'events.csv',
    contentType: 'text/csv; charset=utf-8',
    body: (ds) =>
      toCsv(
        [
          'id',
          'date',
          'precision',
          'country',
          'category',
          'actor',
          'subject',
          'service',
          'service_status',
          'mechanisms',
          'title',
          'summary',
          'confidence',
          'thinly_sourced',
          'date_note',
          'note',
          'source_publishers',
          'source_urls',
          'source_kinds',
        ],
        ds.events.map((e) => [
          e.id,
          e.date,
          e.precision,
          e.country,
          e.category,
          e.actor,
          e.subject,
          e.service,
          e.serviceStatus,
          e.mechanisms?.join(' '),
          e.title,
          e.summary,
          e.confidence,
          thin(e),
          e.dateNote,
          e.note,
          publishers(e.sources),
          urls(e.sources),
          kinds(e.sources),
        ]),
      ),
  },
  {
    file: 'events.json',
    contentType: 'application/json',
    body: (ds) => json(flagged(ds.events)),
  },
  {
    file: 'figures.csv',
    contentType: 'text/csv; charset=utf-8',
    body: (ds) =>
      toCsv(
        [
          'id',
          'series',
          'date',
          'precision',
          'country',
          'value',
          'unit',
          'actor',
          'title',
          'summary',
          'confidence',
          'thinly_sourced',
          'note',
          'source_publishers',
          'source_urls',
          'source_kinds',
        ],
        ds.figures.map((f) => [
          f.id,
          f.series,
          f.date,
          f.precision,
          f.country,
          f.value,
          f.unit,
          f.actor,
          f.title,
          f.summary,
          f.confidence,
          thin(f),
          f.note,
          publishers(f.sources),
          urls(f.sources),
          kinds(f.sources),
        ]),
      ),
  },
  {
    file: 'figures.json',
    contentType: 'application/json',
    body: (ds) => json(flagged(ds.figures)),
  },
  {
    file: 'freedom-on-the-net.csv',
    contentType: 'text/csv; charset=utf-8',
    body: (ds) =>
      toCsv(
        [
          'id',
          'country',
          'country_name',
          'edition',
          'score_as_published',
          'scale_as_published',
          'score_0_least_free',
          'status',
          'confidence',
          'thinly_sourced',
          'note',
          'source_publishers',
          'source_urls',
          'source_kinds',
        ],
        ds.fotnScores.map((s) => [
          s.id,
          s.country,
          s.countryName,
          s.edition,
          s.score,
          s.scale,
          s.scale === '0=most-free' ? 100 - s.score : s.score,
          s.status,
          s.confidence,
          thin(s),
          s.note,
          publishers(s.sources),
          urls(s.sources),
          kinds(s.sources),
        ]),
      ),
  },
  {
    file: 'freedom-on-the-net.json',
    contentType: 'application/json',
    body: (ds) => json({ scales: flagged(ds.fotnScales), scores: flagged(ds.fotnScores) }),
  },
];
