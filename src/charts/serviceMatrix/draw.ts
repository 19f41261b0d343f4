/** Browser-safe drawing for the services matrix, shared by render and client. */
import { type CellStatus, formatMonth, STATUS_LABEL, STATUS_SHORT } from '../serviceStatus';
import { textWidth } from '../worldMap/model';
import { el } from '../worldMap/svg';
import { type Cell, cellLabel, COUNTRY_NAMES, MATRIX_COUNTRIES, type ServiceMatrixData } from './model';

export interface MatrixLayout {
  width: number;
  height: number;
  labelW: number;
  cols: Record<(typeof MATRIX_COUNTRIES)[number], { x: number; w: number }>;
  top: number;
  legendRows: number;
}

export const SM_LAYOUTS: Record<'wide' | 'narrow', MatrixLayout> = {
  wide: {
    width: 720,
    height: 600,
    labelW: 200,
    cols: { RU: { x: 206, w: 254 }, CN: { x: 466, w: 254 } },
    top: 104,
    legendRows: 1,
  },
  narrow: {
    width: 375,
    height: 392,
    labelW: 116,
    cols: { RU: { x: 120, w: 128 }, CN: { x: 248, w: 127 } },
    top: 64,
    legendRows: 1,
  },
};

/** Row height for n rows. */
export function rowHeight(L: MatrixLayout, n: number): number {
  return Math.max(18, Math.min(32, Math.floor((L.height - L.top - 4) / Math.max(1, n))));
}

export const STATUS_FILL: Record<CellStatus, (p: string) => string> = {
  blocked: () => '#7a1f1f',
  throttled: (p) => `url(#${p}-thr)`,
  open: () => '#e3efe6',
  none: () => '#ffffff',
};

/** Words inside a cell: "Blocked since May 2017" (wide) or "Blocked 2017" (narrow). */
export function cellText(cell: Cell, narrow: boolean): string {
  if (cell.status === 'none' || !cell.since) return STATUS_SHORT.none;
  const when = narrow ? cell.since.date.slice(0, 4) : `since ${formatMonth(cell.since.date)}`;
  return `${STATUS_SHORT[cell.status]} ${when}`;
}

/** Where a cell's words start: after the cross when blocked (always on wide screens). */
export function textX(status: CellStatus, narrow: boolean): number {
  if (narrow) return status === 'blocked' ? 19 : 6;
  return 24;
}

/** A label cut to fit `width` px at `size` px, with an ellipsis. */
export function fitLabel(s: string, width: number, size = 13): string {
  const max = Math.floor(width / (size * 0.56));
  return s.length <= max ? s : `${s.slice(0, Math.max(1, max - 1)).trimEnd()}…`;
}

/** Attributes of a cell group for its status. */
export function cellAttrs(cell: Cell, day: string, hl: boolean) {
  return {
    class: `sm-cell sm-s-${cell.status}${hl ? ' sm-cell--hl' : ''}`,
    'aria-label': cellLabel(cell, day),
  };
}

/** One cell: box, cross (shown when blocked), words. */
export function drawCell(
  doc: Document,
  parent: Element,
  cell: Cell,
  x: number,
  y: number,
  w: number,
  h: number,
  day: string,
  p: string,
  narrow: boolean,
  hl: boolean,
) {
  const g = el(doc, parent, 'g', {
    'data-key': cell.key,
    transform: `translate(${x},${y})`,
    tabindex: 0,
    role: 'img',
    ...cellAttrs(cell, day, hl),
  });
  el(doc, g, 'rect', { class: 'sm-box', width: w, height: h, rx: 2, fill: STATUS_FILL[cell.status](p) });
  const m = Math.round(h / 2);
  const c = narrow ? 4 : 5;
  el(doc, g, 'path', {
    class: 'sm-x',
    d: `M${narrow ? 6 : 8} ${m - c}l${2 * c} ${2 * c}m0-${2 * c}l-${2 * c} ${2 * c}`,
    opacity: cell.status === 'blocked' ? 1 : 0,
  });
  el(
    doc,
    g,
    'text',
    { class: 'sm-t', x: textX(cell.status, narrow), y: m + (narrow ? 4 : 4.5) },
    cellText(cell, narrow),
  );
  return g;
}

/** Legend: four statuses, each a small sample cell with words. */
export function drawLegend(
  doc: Document,
  svg: Element,
  L: MatrixLayout,
  p: string,
  statuses: readonly CellStatus[],
  words: Record<CellStatus, string>,
  y0: number,
) {
  const g = el(doc, svg, 'g', { class: 'sm-legend', 'aria-hidden': 'true' });
  const perRow = Math.ceil(statuses.length / L.legendRows);
  const narrow = L.width < 400;
  const sw = narrow ? 16 : 22;
  const widths = statuses.map(
    (s) => sw + 5 + Math.round(textWidth(words[s], narrow ? 11 : 12) * 0.93) + (narrow ? 8 : 14),
  );
  const colW = Math.max(...widths);
  statuses.forEach((s, i) => {
    const col = i % perRow;
    const x = L.legendRows > 1 ? col * colW : widths.slice(0, col).reduce((a, b) => a + b, 0);
    const y = y0 + Math.floor(i / perRow) * 20;
    const item = el(doc, g, 'g', { class: `sm-s-${s}`, transform: `translate(${Math.round(x)},${y})` });
    el(doc, item, 'rect', { class: 'sm-box', width: sw, height: 14, rx: 2, fill: STATUS_FILL[s](p) });
    if (s === 'blocked')
      el(doc, item, 'path', { class: 'sm-x', d: narrow ? 'M4 3l8 8m0-8l-8 8' : 'M6 2.5l9 9m0-9l-9 9' });
    el(doc, item, 'text', { class: 'sm-legend-t', x: sw + 5, y: 11.5 }, words[s]);
  });
  return g;
}

/** Column heads. */
export function drawHeads(doc: Document, svg: Element, L: MatrixLayout) {
  const g = el(doc, svg, 'g', { class: 'sm-heads', 'aria-hidden': 'true' });
  for (const c of MATRIX_COUNTRIES)
    el(
      doc,
      g,
      'text',
      { x: L.cols[c].x + 2, y: L.top - (L.width < 400 ? 6 : 10), class: 'sm-head' },
      COUNTRY_NAMES[c],
    );
  return g;
}

export const LEGEND_WORDS: Record<CellStatus, string> = {
  blocked: STATUS_LABEL.blocked,
  throttled: 'Restricted: throttled or partly blocked',
  open: 'Open again',
  none: 'No restriction recorded',
};
export const LEGEND_WORDS_NARROW: Record<CellStatus, string> = {
  blocked: 'Blocked',
  throttled: 'Restricted',
  open: 'Open again',
  none: 'No record',
};

export type { ServiceMatrixData };
