/** Services by country: data slice, statuses at a date, words. Browser-safe. */
import type { Dataset } from '../../schemas/dataset';
import { type CellStatus, STATUS_LABEL, type StatusChange, statusAt, statusChanges } from '../serviceStatus';
import { formatDate } from '../shared/format';
import type { DataTable } from '../types';
import type { ServiceMatrixState } from './state';
import { STORY_COUNTRIES, type StoryCountry, STORY_COUNTRY_NAMES } from '../shared/countries';

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
export function cellLabel(cell: Cell, day: string): string {
  const since = cell.since ? ` since ${formatDate(cell.since.date)}` : '';
  const what = cell.status === 'none' ? 'no restriction recorded' : STATUS_LABEL[cell.status].toLowerCase();
  return `${cell.service.name} in ${STORY_COUNTRY_NAMES[cell.country]} on ${formatDate(day)}: ${what}${since}.`;
}

/** Source line for the focus details. */
export function cellSource(cell: Cell): string {
  return cell.change
    ? `Record ${cell.change.id}: ${cell.change.title}. Source: ${cell.change.source.publisher}.`
    : 'No event in our records.';
}

export function describeServiceMatrix(data: ServiceMatrixData, state: ServiceMatrixState): string {
  const day = dayOf(data, state);
  const cells = cellsAt(data, day);
  const count = (c: StoryCountry, s: CellStatus) =>
    cells.filter((x) => x.country === c && x.status === s).length;
  const per = STORY_COUNTRIES.map(
    (c) =>
      `${STORY_COUNTRY_NAMES[c]}: ${count(c, 'blocked')} blocked, ${count(c, 'throttled')} throttled or partly blocked`,
  ).join('; ');
  const hl = state.highlight
    .map((id) => data.services.find((s) => s.id === id))
    .filter((s): s is { id: string; name: string } => !!s)
    .map((s) => {
      const bits = STORY_COUNTRIES.map((c) => {
        const cell = cells.find((x) => x.key === `${c}:${s.id}`)!;
        return `${cell.status === 'none' ? 'no restriction recorded' : STATUS_LABEL[cell.status].toLowerCase()} in ${STORY_COUNTRY_NAMES[c]}`;
      });
      return `${s.name} ${bits.join(', ')}`;
    });
  return `Status of ${data.services.length} online services in Russia and China on ${formatDate(day)}, from our records of blocks and unblocks. ${per}.${hl.length ? ` ${hl.join('; ')}.` : ''}`;
}

export function serviceMatrixTable(data: ServiceMatrixData, state: ServiceMatrixState): DataTable {
  const day = dayOf(data, state);
  const cells = cellsAt(data, day);
  const words = (cell: Cell) =>
    cell.status === 'none'
      ? 'No restriction recorded'
      : `${STATUS_LABEL[cell.status]} since ${formatDate(cell.since!.date)}`;
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
    caption: `Online services in Russia and China on ${formatDate(day)} (from dated records; "no restriction recorded" is not a claim that a service was open)`,
    columns: ['Service', 'Russia', 'Source, Russia', 'China', 'Source, China'],
    rows,
  };
}
