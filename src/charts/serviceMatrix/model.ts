/** Services by country: data slice, statuses at a date, words. Browser-safe. */
import type { Dataset } from '../../schemas/dataset';
import {
  type CellStatus,
  statusLabel,
  statusWords,
  type StatusChange,
  statusAt,
  statusChanges,
} from '../serviceStatus';
import { formatDate } from '../shared/format';
import { chartText, joinList, type Locale } from '../shared/i18n';
import type { DataTable } from '../types';
import type { ServiceMatrixState } from './state';
import { STORY_COUNTRIES, type StoryCountry, storyCountryName } from '../shared/countries';

export interface ServiceMatrixData {
  /** Rows: services shown in the matrix, in order of their first recorded restriction. */
  services: { id: string; name: string }[];
  /** Status changes by `COUNTRY:service`, oldest first. */
  changes: Record<string, StatusChange[]>;
  /** Last day with a recorded change (the default date). */
  latest: string;
}

export function selectServiceMatrix(ds: Dataset): ServiceMatrixData {
  const changes: Record<string, StatusChange[]> = {};
  const first = new Map<string, string>();
  let latest = '0000-00-00';
  const rows = ds.services.filter((s) => s.matrix);
  for (const s of rows)
    for (const c of STORY_COUNTRIES) {
      const list = statusChanges(ds.events, c, s.id);
      changes[`${c}:${s.id}`] = list;
      for (const ch of list) {
        if (ch.day > latest) latest = ch.day;
        if (ch.status !== 'open' && (!first.has(s.id) || ch.day < first.get(s.id)!)) first.set(s.id, ch.day);
      }
    }
  const order = rows
    .map((s, i) => ({ s, i, f: first.get(s.id) ?? '9999' }))
    .sort((a, b) => (a.f < b.f ? -1 : a.f > b.f ? 1 : a.i - b.i))
    .map(({ s }) => ({ id: s.id, name: s.name }));
  return { services: order, changes, latest };
}

/** The day a state shows: its date, or the latest recorded change. */
export function dayOf(data: ServiceMatrixData, state: ServiceMatrixState): string {
  return state.date ?? data.latest;
}

export interface Cell {
  key: string;
  country: StoryCountry;
  service: { id: string; name: string };
  status: CellStatus;
  /** Latest change on or before the day (its record is the cell's source). */
  change?: StatusChange;
  /** First change of the current run of this status ("blocked since"). */
  since?: StatusChange;
}

export function cellsAt(data: ServiceMatrixData, day: string): Cell[] {
  const out: Cell[] = [];
  for (const service of data.services)
    for (const country of STORY_COUNTRIES) {
      const key = `${country}:${service.id}`;
      const { status, change, since } = statusAt(data.changes[key] ?? [], day);
      out.push({ key, country, service, status, change, since });
    }
  return out;
}

/** Accessible name of a cell: "WeChat in Russia on 4 May 2017: blocked since 4 May 2017." */
export function cellLabel(cell: Cell, day: string, locale: Locale = 'en'): string {
  const vars = {
    service: cell.service.name,
    country: storyCountryName(cell.country, locale),
    day: formatDate(day, undefined, locale),
    status: statusWords(cell.status, locale),
  };
  return cell.since
    ? chartText(locale, 'charts.sm.cellLabelSince', {
        ...vars,
        since: formatDate(cell.since.date, undefined, locale),
      })
    : chartText(locale, 'charts.sm.cellLabel', vars);
}

/** Source line for the focus details. */
export function cellSource(cell: Cell, locale: Locale = 'en'): string {
  return cell.change
    ? chartText(locale, 'charts.sm.source', {
        id: cell.change.id,
        title: cell.change.title,
        publisher: cell.change.source.publisher,
      })
    : chartText(locale, 'charts.sm.noSource');
}

export function describeServiceMatrix(
  data: ServiceMatrixData,
  state: ServiceMatrixState,
  locale: Locale = 'en',
): string {
  const day = dayOf(data, state);
  const cells = cellsAt(data, day);
  const count = (c: StoryCountry, s: CellStatus) =>
    cells.filter((x) => x.country === c && x.status === s).length;
  const per = STORY_COUNTRIES.map((c) =>
    chartText(locale, 'charts.sm.describe.country', {
      country: storyCountryName(c, locale),
      blocked: count(c, 'blocked'),
      throttled: count(c, 'throttled'),
    }),
  );
  const hl = state.highlight
    .map((id) => data.services.find((s) => s.id === id))
    .filter((s): s is { id: string; name: string } => !!s)
    .map((s) => {
      const bits = STORY_COUNTRIES.map((c) => {
        const cell = cells.find((x) => x.key === `${c}:${s.id}`)!;
        return chartText(locale, 'charts.sm.describe.in', {
          status: statusWords(cell.status, locale),
          country: storyCountryName(c, locale),
        });
      });
      return chartText(locale, 'charts.sm.describe.service', {
        service: s.name,
        statuses: joinList(locale, bits),
      });
    });
  return chartText(locale, 'charts.sm.describe', {
    count: data.services.length,
    day: formatDate(day, undefined, locale),
    countries: joinList(locale, per, 'semicolon'),
    highlighted: hl.length
      ? chartText(locale, 'charts.sm.describe.highlighted', {
          services: joinList(locale, hl, 'semicolon'),
        })
      : '',
  });
}

export function serviceMatrixTable(
  data: ServiceMatrixData,
  state: ServiceMatrixState,
  locale: Locale = 'en',
): DataTable {
  const day = dayOf(data, state);
  const cells = cellsAt(data, day);
  const words = (cell: Cell) =>
    cell.status === 'none'
      ? statusLabel('none', locale)
      : chartText(locale, 'charts.sm.since', {
          status: statusLabel(cell.status, locale),
          since: formatDate(cell.since!.date, undefined, locale),
        });
  const src = (cell: Cell) =>
    cell.change
      ? { text: `${cell.change.source.publisher} (${cell.change.id})`, href: cell.change.source.url }
      : '—';
  const rows = data.services.map((s) => {
    const ru = cells.find((c) => c.key === `RU:${s.id}`)!;
    const cn = cells.find((c) => c.key === `CN:${s.id}`)!;
    return [s.name, words(ru), src(ru), words(cn), src(cn)];
  });
  return {
    caption: chartText(locale, 'charts.sm.caption', { day: formatDate(day, undefined, locale) }),
    columns: [
      chartText(locale, 'charts.sm.column.service'),
      ...STORY_COUNTRIES.flatMap((c) => [
        storyCountryName(c, locale),
        chartText(locale, 'charts.column.source', { country: storyCountryName(c, locale) }),
      ]),
    ],
    rows,
  };
}
