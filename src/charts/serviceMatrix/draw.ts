/** Browser-safe drawing for the services matrix, shared by render and client. */
import { type CellStatus, statusShort } from '../serviceStatus';
import { chartText, type Locale } from '../shared/i18n';
import { formatMonthSince } from '../shared/format';
// Arial advance widths, as the stylesheets ask for Arial first (build time: render and select only).
import { textWidth } from '../shared/text';
import { el } from '../shared/dom';
import { type Cell, cellLabel, type ServiceMatrixData } from './model';
import { STORY_COUNTRIES, storyCountryName } from '../shared/countries';

export interface MatrixLayout {
  width: number;
  height: number;
  labelW: number;
  cols: Record<(typeof STORY_COUNTRIES)[number], { x: number; w: number }>;
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
  // Phone: 350 × 280, the sticky figure's room (about 351 × 300 px), 12 px text. The services
  // run in two blocks side by side (NARROW_BLOCKS), rows 24 apart so each cell is a 24 px target.
  narrow: {
    width: 350,
    height: 280,
    labelW: 76,
    cols: { RU: { x: 78, w: 48 }, CN: { x: 126, w: 48 } },
    top: 60,
    legendRows: 1,
  },
};

/** Phone layout: two blocks of rows, each a label column and the two country columns. */
export const NARROW_BLOCKS = { count: 2, width: 174, gap: 2, rowH: 24 } as const;

/** Row height for n rows. */
export function rowHeight(L: MatrixLayout, n: number): number {
  return Math.max(18, Math.min(32, Math.floor((L.height - L.top - 4) / Math.max(1, n))));
}

/** A cell's fill by status: the colours of shared/theme.css; throttled is the hatch pattern. */
export const STATUS_FILL: Record<CellStatus, (p: string) => string> = {
  blocked: () => 'var(--sm-blocked)',
  throttled: (p) => `url(#${p}-thr)`,
  open: () => 'var(--sm-open)',
  none: () => 'var(--sm-none)',
};

/**
 * Words inside a cell: "Blocked since May 2017" (wide) or the year alone on phones, where the
 * status is the fill, the cross (blocked) or the hatching (restricted), named in the legend.
 */
export function cellText(cell: Cell, narrow: boolean, locale: Locale = 'en'): string {
  if (cell.status === 'none' || !cell.since) return statusShort('none', locale);
  if (narrow) return cell.since.date.slice(0, 4);
  return chartText(locale, 'charts.sm.cell', {
    status: statusShort(cell.status, locale),
    since: formatMonthSince(cell.since.date, locale),
  });
}

/** Where a cell's words start: after the cross when blocked (always on wide screens). */
export function textX(status: CellStatus, narrow: boolean): number {
  if (narrow) return status === 'blocked' ? 15 : 5;
  return 24;
}

/** Attributes of a cell group for its status. */
export function cellAttrs(cell: Cell, day: string, hl: boolean, locale: Locale = 'en') {
  return {
    class: `sm-cell sm-s-${cell.status}${hl ? ' sm-cell--hl' : ''}`,
    'aria-label': cellLabel(cell, day, locale),
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
  locale: Locale = 'en',
) {
  const g = el(doc, parent, 'g', {
    'data-key': cell.key,
    transform: `translate(${x},${y})`,
    tabindex: 0,
    role: 'img',
    ...cellAttrs(cell, day, hl, locale),
  });
  el(doc, g, 'rect', { class: 'sm-box', width: w, height: h, rx: 2, fill: STATUS_FILL[cell.status](p) });
  const m = Math.round(h / 2);
  const c = narrow ? 4 : 5;
  el(doc, g, 'path', {
    class: 'sm-x',
    d: `M${narrow ? 4 : 8} ${m - c}l${2 * c} ${2 * c}m0-${2 * c}l-${2 * c} ${2 * c}`,
    opacity: cell.status === 'blocked' ? 1 : 0,
  });
  el(
    doc,
    g,
    'text',
    { class: 'sm-t', x: textX(cell.status, narrow), y: m + (narrow ? 4 : 4.5) },
    cellText(cell, narrow, locale),
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
  const widths = statuses.map((s) => sw + 5 + Math.ceil(textWidth(words[s], 12)) + (narrow ? 8 : 14));
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

/** Column heads (on phones, over each block; `offsets` are the blocks' x). */
export function drawHeads(
  doc: Document,
  svg: Element,
  L: MatrixLayout,
  offsets: readonly number[] = [0],
  locale: Locale = 'en',
) {
  const g = el(doc, svg, 'g', { class: 'sm-heads', 'aria-hidden': 'true' });
  for (const dx of offsets)
    for (const c of STORY_COUNTRIES)
      el(
        doc,
        g,
        'text',
        { x: dx + L.cols[c].x + 2, y: L.top - (L.width < 400 ? 6 : 10), class: 'sm-head' },
        storyCountryName(c, locale),
      );
  return g;
}

/** The legend's words for each status, long (wide) or short (phones), in an edition. */
export function legendWords(narrow: boolean, locale: Locale = 'en'): Record<CellStatus, string> {
  const k = narrow ? 'charts.sm.legendNarrow' : 'charts.sm.legend';
  return {
    blocked: chartText(locale, `${k}.blocked`),
    throttled: chartText(locale, `${k}.throttled`),
    open: chartText(locale, `${k}.open`),
    none: chartText(locale, `${k}.none`),
  };
}

export type { ServiceMatrixData };
