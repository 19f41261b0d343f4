/** Control mechanisms by country: data slice, cell at a date, words. Browser-safe. */
import type { Dataset } from '../../lib/dataset';
import { formatDate, type MechanismStep, mechanismAt, mechanismSteps, stageWords } from '../serviceStatus';
import type { DataTable } from '../types';
import type { MechanismMatrixState } from './state';

export const MM_COUNTRIES = ['RU', 'CN'] as const;
export type MmCountry = (typeof MM_COUNTRIES)[number];
export const MM_NAMES: Record<MmCountry, string> = { RU: 'Russia', CN: 'China' };

export interface MechanismMatrixData {
  mechanisms: { id: string; name: string; description: string }[];
  /** Steps by `COUNTRY:mechanism`, oldest first (see mechanismSteps). */
  steps: Record<string, MechanismStep[]>;
}

export function selectMechanismMatrix(ds: Dataset): MechanismMatrixData {
  const steps: Record<string, MechanismStep[]> = {};
  for (const m of ds.mechanisms)
    for (const c of MM_COUNTRIES) steps[`${c}:${m.id}`] = mechanismSteps(ds.events, c, m.id);
  return {
    mechanisms: ds.mechanisms.map((m) => ({ id: m.id, name: m.name, description: m.description })),
    steps,
  };
}

export interface MmCell {
  key: string;
  country: MmCountry;
  mechanism: { id: string; name: string };
  step?: MechanismStep;
  /** The cell's final answer, when the date shows an earlier stage. */
  final?: MechanismStep;
}

export function mmCellsAt(data: MechanismMatrixData, day?: string): MmCell[] {
  const out: MmCell[] = [];
  for (const m of data.mechanisms)
    for (const country of MM_COUNTRIES) {
      const key = `${country}:${m.id}`;
      const steps = data.steps[key] ?? [];
      out.push({ key, country, mechanism: m, step: mechanismAt(steps, day), final: steps[steps.length - 1] });
    }
  return out;
}

/**
 * `in-force`; `adopted` = an earlier record while the law is not yet in force at this date;
 * `applied` = the cell's answer is a record other than law-in-force (none exists); `none`.
 */
export function cellKind(cell: MmCell): 'in-force' | 'adopted' | 'applied' | 'none' {
  if (!cell.step) return 'none';
  if (cell.step.stage === 'in-force') return 'in-force';
  return cell.final?.stage === 'in-force' ? 'adopted' : 'applied';
}

const SHORT: Record<string, string> = {
  'first applied': 'applied',
  'first recorded': 'recorded',
  'register entry': 'register',
};

/** First line of a cell: "In force 2015", "Adopted 2014" (shorter words on narrow screens). */
export function stageLine(step: MechanismStep, narrow = false): string {
  const long = stageWords(step);
  const w = narrow ? (SHORT[long] ?? long) : long;
  return `${w.charAt(0).toUpperCase()}${w.slice(1)} ${step.date.slice(0, 4)}`;
}

function when(day?: string): string {
  return day ? `on ${formatDate(day)}` : 'in our latest records';
}

export function mmCellLabel(cell: MmCell, day?: string): string {
  const where = `${cell.mechanism.name}, ${MM_NAMES[cell.country]}`;
  if (!cell.step) return `${where}: no rule recorded ${when(day)}.`;
  const pending = cellKind(cell) === 'adopted' ? ' (not yet in force)' : '';
  return `${where}: ${stageWords(cell.step)} ${formatDate(cell.step.date)}${pending}, ${cell.step.law}. Source: ${cell.step.source.publisher}.`;
}

export function describeMechanismMatrix(data: MechanismMatrixData, state: MechanismMatrixState): string {
  const cells = mmCellsAt(data, state.date);
  const n = data.mechanisms.length;
  const per = MM_COUNTRIES.map((c) => {
    const mine = cells.filter((x) => x.country === c);
    const inForce = mine.filter((x) => cellKind(x) === 'in-force').length;
    const other = mine.filter((x) => cellKind(x) === 'applied' || cellKind(x) === 'adopted').length;
    return `${MM_NAMES[c]} ${inForce} of ${n} in force${other ? ` and ${other} more adopted or applied without an in-force record` : ''}`;
  });
  const hl = state.highlight
    .map((id) => data.mechanisms.find((m) => m.id === id))
    .filter((m): m is MechanismMatrixData['mechanisms'][number] => !!m)
    .map((m) => {
      const bits = MM_COUNTRIES.map((c) => {
        const cell = cells.find((x) => x.key === `${c}:${m.id}`)!;
        return cell.step
          ? `${MM_NAMES[c]} ${stageWords(cell.step)} ${cell.step.date.slice(0, 4)} (${cell.step.law})`
          : `${MM_NAMES[c]} none recorded`;
      });
      return `${m.name}: ${bits.join(', ')}`;
    });
  return `Control mechanisms in Russia and China ${when(state.date)}, each cell the year a rule took effect and its law: ${per.join('; ')}.${hl.length ? ` ${hl.join('. ')}.` : ''}`;
}

export function mechanismMatrixTable(data: MechanismMatrixData, state: MechanismMatrixState): DataTable {
  const cells = mmCellsAt(data, state.date);
  const words = (c: MmCell) =>
    c.step ? `${stageWords(c.step)} ${formatDate(c.step.date)}: ${c.step.law}` : 'No rule recorded';
  const src = (c: MmCell) =>
    c.step ? { text: `${c.step.source.publisher} (${c.step.id})`, href: c.step.source.url } : '—';
  return {
    caption: `Control mechanisms in Russia and China ${when(state.date)}: the year each rule took effect and the law`,
    columns: ['Mechanism', 'Russia', 'Source, Russia', 'China', 'Source, China'],
    rows: data.mechanisms.map((m) => {
      const ru = cells.find((c) => c.key === `RU:${m.id}`)!;
      const cn = cells.find((c) => c.key === `CN:${m.id}`)!;
      return [m.name, words(ru), src(ru), words(cn), src(cn)];
    }),
  };
}
