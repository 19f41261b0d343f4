/** Browser-safe drawing for the mechanisms matrix, shared by render and client. */
import { formatDate, formatDayShort } from '../shared/format';
import { chartText, type Locale } from '../shared/i18n';
// Arial advance widths, as the stylesheets ask for Arial first (build time: render and select only).
import { textWidth } from '../shared/text';
import { el } from '../shared/dom';
import { cellKind, type MmCell, type MmKind, mmCellLabel, stageLine } from './model';

export interface MmLayout {
  width: number;
  height: number;
  labelW: number;
  cols: Record<'RU' | 'CN', { x: number; w: number }>;
  top: number;
  rowH: number;
  legendRows: number;
}

export const MM_LAYOUTS: Record<'wide' | 'narrow', MmLayout> = {
  wide: {
    width: 720,
    height: 600,
    labelW: 206,
    cols: { RU: { x: 210, w: 255 }, CN: { x: 467, w: 253 } },
    top: 112,
    rowH: 44,
    legendRows: 2,
  },
  // Phone: 350 × 302, the sticky figure's room (about 351 × 300 px), so 12 px text stays 12 px and
  // rows 24 px apart keep each cell a 24 px target (WCAG 2.5.8). One line per row and per cell:
  // the short row name and "In force 2015"; the law's name is in the cell's label and the table.
  narrow: {
    width: 350,
    height: 302,
    labelW: 140,
    cols: { RU: { x: 142, w: 104 }, CN: { x: 246, w: 104 } },
    top: 34,
    rowH: 24,
    legendRows: 1,
  },
};

/** A cell's fill by stage: the colours of shared/theme.css. */
export const KIND_FILL: Record<MmKind, string> = {
  'in-effect': 'var(--mm-force)',
  pending: 'var(--mm-none)',
  undated: 'var(--mm-applied)',
  none: 'none',
};

/** What an empty cell says: our dataset has no record, which is not a claim that no rule exists. */
const noneWords = (locale: Locale) => chartText(locale, 'charts.mm.none');

/** A cell's attributes; its accessible name starts with the words it shows (WCAG 2.5.3). */
export function mmCellAttrs(
  cell: MmCell,
  day: string | undefined,
  hl: boolean,
  w: number,
  narrow: boolean,
  locale: Locale = 'en',
) {
  const [l1, l2] = cellLines(cell, w, narrow, locale);
  const shown = cell.step ? `${l1} ${l2}`.trim() : noneWords(locale);
  return {
    class: `mm-cell mm-k-${cellKind(cell)}${hl ? ' mm-cell--hl' : ''}`,
    href: cell.step?.source.url,
    rel: cell.step ? 'noopener noreferrer' : undefined,
    'aria-label': chartText(locale, 'charts.mm.cellName', { shown, label: mmCellLabel(cell, day, locale) }),
  };
}

/** Lines inside a cell: stage and year, then the law's name (fitted at build time; `_w` kept for callers). */
export function cellLines(
  cell: MmCell,
  _w: number,
  narrow: boolean,
  locale: Locale = 'en',
): [string, string] {
  if (!cell.step) return [noneWords(locale), ''];
  if (narrow) return [stageLine(cell.step, true, locale), ''];
  // Fitted at build time (selectMechanismMatrix: lawShown), so the browser needs no text metrics.
  return [stageLine(cell.step, false, locale), cell.step.shown ?? cell.step.law];
}

/** One cell: a link to the record's source (no link when empty). */
export function drawMmCell(
  doc: Document,
  parent: Element,
  cell: MmCell,
  x: number,
  y: number,
  w: number,
  h: number,
  day: string | undefined,
  narrow: boolean,
  hl: boolean,
  locale: Locale = 'en',
) {
  const attrs = mmCellAttrs(cell, day, hl, w, narrow, locale);
  const a = el(doc, parent, 'a', { 'data-key': cell.key, transform: `translate(${x},${y})`, ...attrs });
  el(doc, a, 'rect', { class: 'mm-box', width: w, height: h, rx: 2, fill: KIND_FILL[cellKind(cell)] });
  const [l1, l2] = cellLines(cell, w, narrow, locale);
  el(
    doc,
    a,
    'text',
    { class: 'mm-t1', x: narrow ? 5 : 7, y: narrow ? Math.round(h / 2) + 4 : Math.round(h / 2) - 3 },
    l1,
  );
  // The leading space is not drawn, but keeps the two lines apart in the link's text (WCAG 2.5.3).
  el(doc, a, 'text', { class: 'mm-t2', x: 7, y: Math.round(h / 2) + 12 }, l2 ? ` ${l2}` : '');
  return a;
}

/** The date the matrix shows: a title line (wide), or the label column's head on phones. */
export function dateLine(day: string | undefined, narrow = false, locale: Locale = 'en'): string {
  if (narrow)
    return day
      ? chartText(locale, 'charts.mm.dateNarrow', { day: formatDayShort(day, locale) })
      : chartText(locale, 'charts.mm.latestNarrow');
  return day
    ? chartText(locale, 'charts.mm.dateWide', { day: formatDate(day, undefined, locale) })
    : chartText(locale, 'charts.mm.latestWide');
}

export const MM_KINDS = ['in-effect', 'pending', 'undated', 'none'] as const;
/**
 * Legend words, wide and narrow. "none" says plainly that an empty cell is a gap in our data; on
 * phones its words are the empty cells' own, so legend and cells read alike.
 */
export function mmLegend(locale: Locale = 'en'): Record<MmKind, [string, string]> {
  const words = (k: string): [string, string] => [
    chartText(locale, `charts.mm.legend.${k}`),
    chartText(locale, `charts.mm.legendNarrow.${k}`),
  ];
  return {
    'in-effect': words('inEffect'),
    pending: words('pending'),
    undated: words('undated'),
    none: words('none'),
  };
}

/** Legend: sample cells with words, in `legendRows` rows, each row laid out left to right. */
export function drawMmLegend(
  doc: Document,
  svg: Element,
  L: MmLayout,
  narrow: boolean,
  y0: number,
  locale: Locale = 'en',
) {
  const g = el(doc, svg, 'g', { class: 'mm-legend', 'aria-hidden': 'true' });
  const perRow = Math.ceil(MM_KINDS.length / L.legendRows);
  const sw = narrow ? 14 : 22;
  const sh = narrow ? 12 : 14;
  const legend = mmLegend(locale);
  const words = MM_KINDS.map((k) => legend[k][narrow ? 1 : 0]);
  const widths = words.map((w) => sw + 5 + Math.ceil(textWidth(w, 12)) + (narrow ? 5 : 16));
  MM_KINDS.forEach((k, i) => {
    const col = i % perRow;
    const rowStart = i - col;
    const x = widths.slice(rowStart, i).reduce((a, b) => a + b, 0);
    const item = el(doc, g, 'g', {
      class: `mm-k-${k}`,
      transform: `translate(${Math.round(x)},${y0 + Math.floor(i / perRow) * 20})`,
    });
    el(doc, item, 'rect', { class: 'mm-box', width: sw, height: sh, rx: 2, fill: KIND_FILL[k] });
    el(doc, item, 'text', { class: 'mm-legend-t', x: sw + 5, y: sh - 2 }, words[i]!);
  });
  return g;
}
