/** SVG of the services-by-country matrix at a date. */
import { range } from 'd3-array';
import { scaleBand } from 'd3-scale';
import { CELL_STATUSES } from '../serviceStatus';
import { formatDate } from '../shared/format';
import { applyRoving } from '../roving';
import type { RenderOptions } from '../types';
import { el, hatch, svgRoot } from '../shared/dom';
import { drawCell, drawHeads, drawLegend, legendWords, NARROW_BLOCKS, rowHeight, SM_LAYOUTS } from './draw';
import { cellsAt, dayOf, describeServiceMatrix, type ServiceMatrixData } from './model';
import type { ServiceMatrixState } from './state';
import { STORY_COUNTRIES } from '../shared/countries';
import { chartText } from '../shared/i18n';
import { wrap } from '../shared/text';

export function renderServiceMatrix(
  data: ServiceMatrixData,
  state: ServiceMatrixState,
  opts: RenderOptions,
): SVGSVGElement {
  const doc = opts.document;
  const narrow = opts.layout === 'narrow';
  const L = SM_LAYOUTS[narrow ? 'narrow' : 'wide'];
  const p = opts.idPrefix ?? 'service-matrix';
  const day = dayOf(data, state);
  const locale = opts.locale ?? 'en';
  const date = formatDate(day, undefined, locale);
  const svg = svgRoot(doc, {
    ...opts,
    idPrefix: p,
    className: `sm sm--${narrow ? 'narrow' : 'wide'}`,
    title: chartText(locale, 'charts.sm.svgTitle', { day: date }),
    desc: describeServiceMatrix(data, state, locale),
  });
  svg.setAttribute('data-date', day);
  const defs = el(doc, svg, 'defs');
  hatch(doc, defs, `${p}-thr`, 'sm-thr-pat', 'var(--sm-thr-bg)', 'var(--sm-thr-line)', 6);
  const status = chartText(locale, 'charts.sm.date', { day: date });
  el(doc, svg, 'text', { x: 0, y: narrow ? 14 : 18, class: 'sm-date' }, status);
  drawLegend(doc, svg, L, p, CELL_STATUSES, legendWords(narrow, locale), narrow ? 22 : 34);
  // Phones: the rows run down the first block, then the second.
  const perBlock = narrow ? Math.ceil(data.services.length / NARROW_BLOCKS.count) : data.services.length;
  const blockX = (b: number) => b * (NARROW_BLOCKS.width + NARROW_BLOCKS.gap);
  const blocks = narrow
    ? Array.from({ length: Math.ceil(data.services.length / perBlock) }, (_, b) => blockX(b))
    : [0];
  drawHeads(doc, svg, L, blocks, locale);
  const rh = narrow ? NARROW_BLOCKS.rowH : rowHeight(L, data.services.length);
  // Row bands down each block, rh apart.
  const rowY = scaleBand(range(perBlock), [L.top, L.top + perBlock * rh]);
  const cells = cellsAt(data, day);
  const rows = el(doc, svg, 'g', { class: 'sm-rows' });
  data.services.forEach((s, i) => {
    const dx = narrow ? blockX(Math.floor(i / perBlock)) : 0;
    const y = rowY(i % perBlock)!;
    const hl = state.highlight.includes(s.id);
    const row = el(doc, rows, 'g', { class: `sm-row${hl ? ' sm-row--hl' : ''}`, 'data-key': s.id });
    const bandW = narrow ? NARROW_BLOCKS.width : L.width;
    el(doc, row, 'rect', { class: 'sm-band', x: dx, y: y - 1, width: bandW, height: rh, rx: 2 });
    // The service's whole name, on two lines where one is too narrow ("BlackBerry Messenger" on
    // phones), never cut: a cut name loses the row. Measured bold, as a highlighted row's label is.
    const size = narrow ? 12 : 13;
    const lh = size - 1;
    const lines = wrap(s.name, size, L.labelW - (narrow ? 4 : 8), true);
    const lx = dx + (narrow ? 2 : 4);
    const label = el(doc, row, 'text', {
      class: 'sm-label',
      x: lx,
      y: y + rh / 2 + (narrow ? 3 : 3.5) - ((lines.length - 1) * lh) / 2,
    });
    if (lines.length === 1) label.textContent = lines[0]!;
    else
      lines.forEach((t, k) => {
        el(doc, label, 'tspan', { x: lx, dy: k === 0 ? undefined : lh }, t);
      });
    for (const c of STORY_COUNTRIES) {
      const cell = cells.find((x) => x.key === `${c}:${s.id}`)!;
      const [cx, w] = [dx + L.cols[c].x, L.cols[c].w - 3];
      drawCell(doc, row, cell, cx, y + 1, w, rh - 4, day, p, narrow, hl, locale);
    }
  });
  // One Tab stop for the whole grid: Left and Right move along a service's row (Russia, China), Up
  // and Down between services (src/charts/roving.ts).
  svg.setAttribute('data-roving', 'grid:2');
  applyRoving(svg);
  return svg;
}
