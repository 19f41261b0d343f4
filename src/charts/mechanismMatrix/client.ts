/** Browser half of the mechanisms matrix: cells appear as their rules take effect. */
import { applyRoving, attachRoving } from '../roving';
import { interrupt, tween } from '../tween';
import type { ChartClient } from '../types';
import { cellLines, dateLine, KIND_FILL, MM_LAYOUTS, mmCellAttrs } from './draw';
import { cellKind, describeMechanismMatrix, type MechanismMatrixData, mmCellLabel, mmCellsAt } from './model';
import type { MechanismMatrixState } from './state';

/**
 * A cell is a link to its rule's source, or "no rule recorded" (no link: an image with a name).
 * Every cell takes focus from the arrow keys, so the grid is walked whole (src/charts/roving.ts).
 */
export function mmCellA11y(a: Element): void {
  if (a.hasAttribute('href')) a.removeAttribute('role');
  else a.setAttribute('role', 'img');
  if (!a.hasAttribute('tabindex')) a.setAttribute('tabindex', '-1');
}

export const mechanismMatrixClient: ChartClient<MechanismMatrixState, MechanismMatrixData> = {
  update(svg, data, state, opts) {
    const duration = Math.min(750, Math.max(0, opts.duration));
    const narrow = svg.classList.contains('mm--narrow');
    const L = MM_LAYOUTS[narrow ? 'narrow' : 'wide'];
    if (state.date) svg.setAttribute('data-date', state.date);
    else svg.removeAttribute('data-date');
    const desc = svg.querySelector('desc');
    if (desc) desc.textContent = describeMechanismMatrix(data, state);
    const head = svg.querySelector('.mm-date');
    if (head) head.textContent = dateLine(state.date, narrow);
    for (const row of svg.querySelectorAll('.mm-row'))
      row.classList.toggle('mm-row--hl', state.highlight.includes(row.getAttribute('data-key') ?? ''));
    for (const cell of mmCellsAt(data, state.date)) {
      const a = svg.querySelector<SVGAElement>(`.mm-cell[data-key="${cell.key}"]`);
      if (!a) continue;
      const before = a.getAttribute('class') ?? '';
      const w = L.cols[cell.country].w - 4;
      const attrs = mmCellAttrs(cell, state.date, state.highlight.includes(cell.mechanism.id), w, narrow);
      a.setAttribute('class', attrs.class);
      a.setAttribute('aria-label', attrs['aria-label']);
      if (attrs.href) {
        a.setAttribute('href', attrs.href);
        a.setAttribute('rel', 'noopener noreferrer');
      } else {
        a.removeAttribute('href');
        a.removeAttribute('rel');
      }
      mmCellA11y(a);
      const [l1, l2] = cellLines(cell, w, narrow);
      const t1 = a.querySelector('.mm-t1');
      const t2 = a.querySelector('.mm-t2');
      if (t1) t1.textContent = l1;
      if (t2) t2.textContent = l2 ? ` ${l2}` : '';
      a.querySelector('.mm-box')?.setAttribute('fill', KIND_FILL[cellKind(cell)]);
      const changed = !before.includes(`mm-k-${cellKind(cell)}`);
      interrupt(a);
      if (changed && duration > 0) {
        a.style.opacity = '0.15';
        tween(a, { style: { opacity: 1 } }, duration);
      } else a.style.removeProperty('opacity');
    }
    applyRoving(svg);
  },

  attach(figure, data) {
    let out = figure.querySelector<HTMLElement>('.mm-details');
    if (!out) {
      out = figure.ownerDocument.createElement('p');
      out.className = 'mm-details';
      out.setAttribute('aria-live', 'polite');
      const svgs = figure.querySelectorAll('svg.mm');
      // After both layouts, not inside the phone one (hidden on wide screens): its source link
      // must be on screen and in the Tab order wherever the chart is.
      const last = svgs[svgs.length - 1]?.closest('.figure-svgs') ?? svgs[svgs.length - 1];
      if (last?.parentNode) last.parentNode.insertBefore(out, last.nextSibling);
      else figure.appendChild(out);
    }
    const details = out;
    const show = (target: EventTarget | null) => {
      const node = (target as Element | null)?.closest?.('.mm-cell');
      const svg = node?.closest('svg');
      if (!node || !svg) return;
      const day = svg.getAttribute('data-date') ?? undefined;
      const cell = mmCellsAt(data, day).find((c) => c.key === node.getAttribute('data-key'));
      if (cell)
        details.textContent = `${mmCellLabel(cell, day)}${cell.step ? ` Record ${cell.step.id}.` : ''}`;
    };
    figure.addEventListener('focusin', (e) => show(e.target));
    figure.addEventListener('pointerover', (e) => show(e.target));
    attachRoving(figure);
  },
};

export default mechanismMatrixClient;
