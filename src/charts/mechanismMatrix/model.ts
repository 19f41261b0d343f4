/** Control mechanisms by country: data slice, cell at a date, words. Browser-safe. */
import type { Dataset } from '../../schemas/dataset';
import { type MechanismStep, mechanismAt, mechanismSteps, stageKey, stageWords } from '../serviceStatus';
import { formatDate } from '../shared/format';
import { chartText, joinList, joinSentences, type Locale } from '../shared/i18n';
import type { DataTable } from '../types';
// Arial advance widths, as the stylesheets ask for Arial first (build time: render and select only).
import { textWidth, wrap } from '../shared/text';
import type { MechanismMatrixState } from './state';
import { STORY_COUNTRIES, type StoryCountry, storyCountryName } from '../shared/countries';

export interface MechanismMatrixData {
  mechanisms: { id: string; name: string; short?: string; description: string }[];
  /** Steps by `COUNTRY:mechanism`, oldest first (see mechanismSteps). */
  steps: Record<string, MmStep[]>;
}

/** A step with the law's name as a wide cell shows it (lawShown), at build time (no text metrics in the browser). */
export type MmStep = MechanismStep & { shown?: string };

/** Room for the law's name in a wide cell: the narrower column (249) less its padding. */
export const MM_LAW_WIDTH = 235;

/**
 * A law's name as a wide cell shows it, in `width` px at `size` px: whole when it fits; else
 * without its bracketed gloss or the other name after " / " (what the dataset's own law key leaves
 * out: "Federal Law 242-FZ (personal data localisation)" → "Federal Law 242-FZ"), which the
 * cell's label, the details and the table still give whole; else the words that fit, then "…".
 * Never a word cut in two.
 */
export function lawShown(s: string, width: number, size: number): string {
  const fits = (t: string) => textWidth(t, size) <= width;
  if (fits(s)) return s;
  const bare = s.split(/\s*[(（]|\s+\/\s+/u)[0]!.trim();
  if (bare && fits(bare)) return bare;
  // The first line the shared wrap would set (whole words; Chinese between characters).
  return `${wrap(bare, size, width - textWidth('…', size))[0]!.replace(/-$/, '')}…`;
}

export function selectMechanismMatrix(ds: Dataset): MechanismMatrixData {
  const steps: Record<string, MmStep[]> = {};
  for (const m of ds.mechanisms)
    for (const c of STORY_COUNTRIES)
      steps[`${c}:${m.id}`] = mechanismSteps(ds.events, c, m.id).map((st) => ({
        ...st,
        shown: lawShown(st.law, MM_LAW_WIDTH, 12),
      }));
  // Rows in the order the controls first appear in either country (oldest first, then by name),
  // the same at every date: the long-standing controls, the Great Firewall's among them, lead.
  const first = (id: string) =>
    STORY_COUNTRIES.map((c) => steps[`${c}:${id}`]?.[0]?.day ?? '9999').sort()[0]!;
  const rows = [...ds.mechanisms].sort(
    (a, b) => first(a.id).localeCompare(first(b.id)) || a.name.localeCompare(b.name),
  );
  return {
    mechanisms: rows.map((m) => ({ id: m.id, name: m.name, short: m.short, description: m.description })),
    steps,
  };
}

export interface MmCell {
  key: string;
  country: StoryCountry;
  mechanism: { id: string; name: string };
  step?: MmStep;
  /** The cell's final answer, when the date shows an earlier stage. */
  final?: MmStep;
}

export function mmCellsAt(data: MechanismMatrixData, day?: string): MmCell[] {
  const out: MmCell[] = [];
  for (const m of data.mechanisms)
    for (const country of STORY_COUNTRIES) {
      const key = `${country}:${m.id}`;
      const steps = data.steps[key] ?? [];
      out.push({ key, country, mechanism: m, step: mechanismAt(steps, day), final: steps[steps.length - 1] });
    }
  return out;
}

/** How a cell is drawn: see MM_LEGEND in draw.ts for the words. */
export type MmKind = 'in-effect' | 'pending' | 'undated' | 'none';

/**
 * `in-effect` = a law in force, or a rule in use (register, blocks, a filtering system, an issued
 * regulation); `pending` = a law or regulation adopted whose own in-force date is still ahead;
 * `undated` = a law adopted whose in-force date our records lack; `none` = nothing in our
 * dataset, which is not evidence that no such rule exists.
 */
export function cellKind(cell: MmCell): MmKind {
  return cell.step ? KIND_OF_STAGE[cell.step.stage] : 'none';
}
const KIND_OF_STAGE = {
  'in-force': 'in-effect',
  applied: 'in-effect',
  adopted: 'pending',
  undated: 'undated',
} as const;

/** First line of a cell: "In force 2015", "Adopted 2014" (shorter words on narrow screens). */
export function stageLine(step: MechanismStep, narrow = false, locale: Locale = 'en'): string {
  const k = narrow ? 'charts.mm.stageLineShort' : 'charts.mm.stageLine';
  return chartText(locale, `${k}.${stageKey(step)}`, { year: step.date.slice(0, 4) });
}

function when(day: string | undefined, locale: Locale): string {
  return day
    ? chartText(locale, 'charts.mm.onDay', { day: formatDate(day, undefined, locale) })
    : chartText(locale, 'charts.mm.latest');
}

export function mmCellLabel(cell: MmCell, day?: string, locale: Locale = 'en'): string {
  const where = chartText(locale, 'charts.mm.where', {
    mechanism: cell.mechanism.name,
    country: storyCountryName(cell.country, locale),
  });
  if (!cell.step) return chartText(locale, 'charts.mm.cellLabel.none', { where, when: when(day, locale) });
  const stage = cell.step.stage;
  return chartText(locale, 'charts.mm.cellLabel', {
    where,
    stage: stageWords(cell.step, locale),
    date: formatDate(cell.step.date, undefined, locale),
    pending:
      stage === 'adopted' || stage === 'undated' ? chartText(locale, `charts.mm.pending.${stage}`) : '',
    law: cell.step.law,
    publisher: cell.step.source.publisher,
  });
}

export function describeMechanismMatrix(
  data: MechanismMatrixData,
  state: MechanismMatrixState,
  locale: Locale = 'en',
): string {
  const cells = mmCellsAt(data, state.date);
  const n = data.mechanisms.length;
  const per = STORY_COUNTRIES.map((c) => {
    const mine = cells.filter((x) => x.country === c);
    const inEffect = mine.filter((x) => cellKind(x) === 'in-effect').length;
    const other = mine.filter((x) => cellKind(x) === 'pending' || cellKind(x) === 'undated').length;
    return chartText(locale, 'charts.mm.describe.country', {
      country: storyCountryName(c, locale),
      inEffect,
      n,
      other: other ? chartText(locale, 'charts.mm.describe.other', { count: other }) : '',
    });
  });
  const hl = state.highlight
    .map((id) => data.mechanisms.find((m) => m.id === id))
    .filter((m): m is MechanismMatrixData['mechanisms'][number] => !!m)
    .map((m) => {
      const bits = STORY_COUNTRIES.map((c) => {
        const cell = cells.find((x) => x.key === `${c}:${m.id}`)!;
        const country = storyCountryName(c, locale);
        return cell.step
          ? chartText(locale, 'charts.mm.describe.rule', {
              country,
              stage: stageWords(cell.step, locale),
              year: cell.step.date.slice(0, 4),
              law: cell.step.law,
            })
          : chartText(locale, 'charts.mm.describe.noRule', { country });
      });
      return chartText(locale, 'charts.sentence', {
        text: chartText(locale, 'charts.mm.describe.item', {
          mechanism: m.name,
          rules: joinList(locale, bits),
        }),
      });
    });
  const summary = chartText(locale, 'charts.mm.describe', {
    when: when(state.date, locale),
    countries: joinList(locale, per, 'semicolon'),
  });
  return joinSentences(locale, [summary, ...hl]);
}

export function mechanismMatrixTable(
  data: MechanismMatrixData,
  state: MechanismMatrixState,
  locale: Locale = 'en',
): DataTable {
  const cells = mmCellsAt(data, state.date);
  const words = (c: MmCell) =>
    c.step
      ? chartText(locale, 'charts.mm.tableRule', {
          stage: stageWords(c.step, locale),
          date: formatDate(c.step.date, undefined, locale),
          law: c.step.law,
        })
      : chartText(locale, 'charts.mm.noRecord');
  const src = (c: MmCell) =>
    c.step ? { text: `${c.step.source.publisher} (${c.step.id})`, href: c.step.source.url } : '—';
  return {
    caption: chartText(locale, 'charts.mm.caption', { when: when(state.date, locale) }),
    columns: [
      chartText(locale, 'charts.mm.column.mechanism'),
      ...STORY_COUNTRIES.flatMap((c) => [
        storyCountryName(c, locale),
        chartText(locale, 'charts.column.source', { country: storyCountryName(c, locale) }),
      ]),
    ],
    rows: data.mechanisms.map((m) => {
      const ru = cells.find((c) => c.key === `RU:${m.id}`)!;
      const cn = cells.find((c) => c.key === `CN:${m.id}`)!;
      return [m.name, words(ru), src(ru), words(cn), src(cn)];
    }),
  };
}
