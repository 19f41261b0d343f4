/** SVG of the control-mechanisms matrix at a date. */
import { scaleBand } from 'd3-scale';
import { applyRoving } from '../roving';
import type { RenderOptions } from '../types';
import { el, svgRoot } from '../shared/dom';
import { dateLine, drawMmCell, drawMmLegend, MM_LAYOUTS } from './draw';
import { describeMechanismMatrix, type MechanismMatrixData, mmCellsAt } from './model';
import type { MechanismMatrixState } from './state';
import { STORY_COUNTRIES, storyCountryName } from '../shared/countries';
import { chartText } from '../shared/i18n';
import { wrap } from '../shared/text';

/**
 * A cell is a link to its rule's source, or "no rule recorded" (no link: an image with a name).
 * Every cell takes focus from the arrow keys, so the grid is walked whole (src/charts/roving.ts).
 */
function mmCellA11y(a: Element): void {
  if (a.hasAttribute('href')) a.removeAttribute('role');
  else a.setAttribute('role', 'img');
  if (!a.hasAttribute('tabindex')) a.setAttribute('tabindex', '-1');
}

export function renderMechanismMatrix(
  data: MechanismMatrixData,
  state: MechanismMatrixState,
  opts: RenderOptions,
): SVGSVGElement {
  const doc = opts.document;
  const narrow = opts.layout === 'narrow';
  const L = MM_LAYOUTS[narrow ? 'narrow' : 'wide'];
  const p = opts.idPrefix ?? 'mechanism-matrix';
  const locale = opts.locale ?? 'en';
  const svg = svgRoot(doc, {
    ...opts,
    idPrefix: p,
    className: `mm mm--${narrow ? 'narrow' : 'wide'}`,
    title: state.date
      ? chartText(locale, 'charts.mm.svgTitleYear', { year: state.date.slice(0, 4) })
      : chartText(locale, 'charts.mm.svgTitle'),
    desc: describeMechanismMatrix(data, state, locale),
  });
  if (state.date) svg.setAttribute('data-date', state.date);
  // Phones: the date heads the label column, level with "Russia" and "China", to save a line.
  el(
    doc,
    svg,
    'text',
    { x: narrow ? 4 : 0, y: narrow ? L.top - 6 : 18, class: 'mm-date' },
    dateLine(state.date, narrow, locale),
  );
  drawMmLegend(doc, svg, L, narrow, narrow ? 2 : 34, locale);
  const heads = el(doc, svg, 'g', { class: 'mm-heads', 'aria-hidden': 'true' });
  for (const c of STORY_COUNTRIES)
    el(
      doc,
      heads,
      'text',
      { x: L.cols[c].x + 2, y: L.top - (narrow ? 6 : 10), class: 'mm-head' },
      storyCountryName(c, locale),
    );
  const rh = Math.min(L.rowH, Math.floor((L.height - L.top - 4) / Math.max(1, data.mechanisms.length)));
  // One band per mechanism, top to bottom, rh apart.
  const rowY = scaleBand(
    data.mechanisms.map((m) => m.id),
    [L.top, L.top + data.mechanisms.length * rh],
  );
  const cells = mmCellsAt(data, state.date);
  const rows = el(doc, svg, 'g', { class: 'mm-rows' });
  data.mechanisms.forEach((m) => {
    const y = rowY(m.id)!;
    const hl = state.highlight.includes(m.id);
    const row = el(doc, rows, 'g', { class: `mm-row${hl ? ' mm-row--hl' : ''}`, 'data-key': m.id });
    el(doc, row, 'rect', { class: 'mm-band', x: 0, y: y - 1, width: L.width, height: rh, rx: 2 });
    // The row's whole name, on as many lines as it needs (two at most in every edition today:
    // labelsFit.test.ts), never cut: a cut name ("Регистрация серв…") loses the row. Measured bold,
    // as a highlighted row's label is. Phones: the short name, lines 11 apart in a 24-px row.
    const size = narrow ? 12 : 13;
    const lh = narrow ? 11 : 15;
    const lines = wrap(narrow ? (m.short ?? m.name) : m.name, size, L.labelW - (narrow ? 6 : 10), true);
    const label = el(doc, row, 'text', {
      class: 'mm-label',
      x: 4,
      y: y + rh / 2 + 3 - ((lines.length - 1) * lh) / 2,
    });
    lines.forEach((t, k) => {
      el(doc, label, 'tspan', { x: 4, dy: k === 0 ? undefined : lh }, t);
    });
    for (const c of STORY_COUNTRIES) {
      const cell = cells.find((x) => x.key === `${c}:${m.id}`)!;
      const w = L.cols[c].w - 4;
      mmCellA11y(drawMmCell(doc, row, cell, L.cols[c].x, y + 1, w, rh - 4, state.date, narrow, hl, locale));
    }
  });
  // One Tab stop for the whole grid: Left and Right move along a rule's row, Up and Down between
  // rules (src/charts/roving.ts).
  svg.setAttribute('data-roving', 'grid:2');
  applyRoving(svg);
  return svg;
}
