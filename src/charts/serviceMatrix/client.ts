/** Browser half of the services matrix: moves every cell to its status at the new date. */
import { applyRoving, attachRoving } from '../roving';
import { interrupt, tween } from '../tween';
import { formatDate } from '../serviceStatus';
import type { ChartClient } from '../types';
import { cellAttrs, cellText, STATUS_FILL, textX } from './draw';
import {
  cellSource,
  cellsAt,
  cellLabel,
  dayOf,
  describeServiceMatrix,
  type ServiceMatrixData,
} from './model';
import type { ServiceMatrixState } from './state';

export const serviceMatrixClient: ChartClient<ServiceMatrixState, ServiceMatrixData> = {
  update(svg, data, state, opts) {
    const duration = Math.min(750, Math.max(0, opts.duration));
    const narrow = svg.classList.contains('sm--narrow');
    const prefix = (svg.querySelector('pattern')?.id ?? 'service-matrix-thr').replace(/-thr$/, '');
    const day = dayOf(data, state);
    svg.setAttribute('data-date', day);
    const desc = svg.querySelector('desc');
    if (desc) desc.textContent = describeServiceMatrix(data, state);
    const head = svg.querySelector('.sm-date');
    if (head) head.textContent = `Status on ${formatDate(day)}`;
    for (const row of svg.querySelectorAll('.sm-row')) {
      const hl = state.highlight.includes(row.getAttribute('data-key') ?? '');
      row.classList.toggle('sm-row--hl', hl);
    }
    for (const cell of cellsAt(data, day)) {
      const g = svg.querySelector<SVGGElement>(`.sm-cell[data-key="${cell.key}"]`);
      if (!g) continue;
      const hl = state.highlight.includes(cell.service.id);
      const before = g.getAttribute('class') ?? '';
      const attrs = cellAttrs(cell, day, hl);
      g.setAttribute('class', attrs.class);
      g.setAttribute('aria-label', attrs['aria-label']);
      const text = g.querySelector('.sm-t');
      if (text) {
        text.textContent = cellText(cell, narrow);
        text.setAttribute('x', String(textX(cell.status, narrow)));
      }
      const box = g.querySelector<SVGRectElement>('.sm-box');
      const cross = g.querySelector<SVGPathElement>('.sm-x');
      const fill = STATUS_FILL[cell.status](prefix);
      const changed = !before.includes(`sm-s-${cell.status}`);
      if (box) box.setAttribute('fill', fill);
      if (cross) {
        const o = cell.status === 'blocked' ? 1 : 0;
        if (duration > 0 && changed) cross.setAttribute('opacity', '0');
        tween(cross, { attr: { opacity: o } }, changed ? duration : 0);
      }
      if (changed && duration > 0) {
        // A changed cell fades in, so new blocks visibly arrive.
        g.style.opacity = '0.15';
        tween(g, { style: { opacity: 1 } }, duration);
      } else {
        interrupt(g);
        g.style.removeProperty('opacity');
      }
    }
    applyRoving(svg);
  },

  attach(figure, data) {
    let out = figure.querySelector<HTMLElement>('.sm-details');
    if (!out) {
      out = figure.ownerDocument.createElement('p');
      out.className = 'sm-details';
      out.setAttribute('aria-live', 'polite');
      const svgs = figure.querySelectorAll('svg.sm');
      // After both layouts, not inside the phone one (hidden on wide screens): its source link
      // must be on screen and in the Tab order wherever the chart is.
      const last = svgs[svgs.length - 1]?.closest('.figure-svgs') ?? svgs[svgs.length - 1];
      if (last?.parentNode) last.parentNode.insertBefore(out, last.nextSibling);
      else figure.appendChild(out);
    }
    const details = out;
    const show = (target: EventTarget | null) => {
      const node = (target as Element | null)?.closest?.('.sm-cell');
      const svg = node?.closest('svg');
      if (!node || !svg) return;
      const day = svg.getAttribute('data-date') ?? data.latest;
      const cell = cellsAt(data, day).find((c) => c.key === node.getAttribute('data-key'));
      if (!cell) return;
      details.replaceChildren();
      details.append(`${cellLabel(cell, day)} ${cellSource(cell)}`);
      if (cell.change) {
        const a = figure.ownerDocument.createElement('a');
        a.href = cell.change.source.url;
        a.rel = 'noopener noreferrer';
        a.textContent = 'Open the source';
        details.append(' ', a);
      }
    };
    figure.addEventListener('focusin', (e) => show(e.target));
    figure.addEventListener('pointerover', (e) => show(e.target));
    attachRoving(figure);
  },
};

export default serviceMatrixClient;
