/**
 * Browser half of the world map: recolours countries (or moves dots on phones), relabels and
 * re-describes the SVG for a new state. Ships no geometry: the paths are already in the page.
 */
import { applyRoving, attachRoving, keepFocus } from '../roving';
import { tween } from '../tween';
import type { ChartClient, UpdateOptions } from '../types';
import { legendSub, markAttrs, narrowLabels, wideLabel } from './draw';
import {
  countryDetails,
  countryLabel,
  describeWorldMap,
  dotLayout,
  KEY_COUNTRIES,
  scoresOf,
  type WorldMapData,
} from './model';
import type { WorldMapState } from './state';

function prefixOf(svg: SVGSVGElement): string {
  return (svg.querySelector('pattern')?.id ?? 'world-map-na').replace(/-na$/, '');
}

function setAttrs(node: Element, attrs: Record<string, string | number | undefined>) {
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'fill') continue;
    if (v === undefined) node.removeAttribute(k);
    else node.setAttribute(k, String(v));
  }
}

/** Moves the nodes whose key is in `keys` to the end of their parent (drawn on top), in order. */
function raise(nodes: NodeListOf<Element>, keys: Set<string>) {
  for (const n of nodes) if (keys.has(n.getAttribute('data-key') ?? '')) n.parentNode?.appendChild(n);
}

/** Transition `fill` unless either end is a pattern (those cannot be interpolated). */
function fillTo(node: SVGElement, fill: string, duration: number) {
  // A pattern or `none` at either end cannot move: tween() sets those at once with duration 0.
  const from = node.getAttribute('fill') ?? '';
  const still = from.startsWith('url(') || fill.startsWith('url(') || fill === 'none' || from === 'none';
  tween(node, { attr: { fill } }, still ? 0 : duration);
}

/** Moves the map to `state` (see worldMapClient.update). */
function moveWorldMap(
  svg: SVGSVGElement,
  data: WorldMapData,
  state: WorldMapState,
  opts: UpdateOptions,
): void {
  const duration = Math.min(750, Math.max(0, opts.duration));
  const prefix = prefixOf(svg);
  const narrow = svg.classList.contains('wm--narrow');
  const scores = scoresOf(data, state.year);
  svg.setAttribute('data-year', String(state.year));
  const desc = svg.querySelector('desc');
  if (desc) desc.textContent = describeWorldMap(data, state);
  const title = svg.querySelector('.wm-legend-title');
  if (title) title.textContent = `Freedom on the Net ${state.year}`;
  const sub = svg.querySelector('.wm-legend-sub');
  if (sub) sub.textContent = legendSub(scores.size, narrow);
  const emphasised = new Set<string>([...KEY_COUNTRIES, ...state.highlight]);
  const doc = svg.ownerDocument;

  if (!narrow) {
    for (const node of svg.querySelectorAll<SVGElement>('.wm-land [data-key]')) {
      const code = node.getAttribute('data-key');
      const attrs = markAttrs(data, state.year, code, prefix, state.highlight);
      setAttrs(node, attrs);
      fillTo(node, attrs.fill, duration);
    }
    raise(svg.querySelectorAll('.wm-land [data-key]'), emphasised);
    // markAttrs makes every scored country a Tab stop again: back to one.
    applyRoving(svg);
    const layer = svg.querySelector('.wm-labels');
    if (!layer) return;
    const anchors = new Map<string, [number, number]>();
    for (const g of layer.querySelectorAll('.wm-label')) {
      const m = /translate\(([-\d.]+),([-\d.]+)\)/.exec(g.getAttribute('transform') ?? '');
      if (m) anchors.set(g.getAttribute('data-key') ?? '', [Number(m[1]), Number(m[2])]);
    }
    layer.replaceChildren();
    for (const code of emphasised) {
      let at = (KEY_COUNTRIES as readonly string[]).includes(code) ? anchors.get(code) : undefined;
      if (!at) {
        const l = svg.querySelector(`.wm-land [data-key="${code}"]`)?.getAttribute('data-l');
        if (l) at = l.split(' ').map(Number) as [number, number];
      }
      if (at) {
        const g = wideLabel(doc, layer, data, state.year, code, at);
        if (duration > 0) {
          g.style.opacity = '0';
          tween(g, { style: { opacity: 1 } }, duration);
        }
      }
    }
    return;
  }

  const vb = svg.viewBox.baseVal;
  const { dots, r, baseline } = dotLayout(data, state.year, vb.width || opts.width, vb.height || opts.height);
  const byCode = new Map(dots.map((d) => [d.code, d]));
  for (const node of svg.querySelectorAll<SVGCircleElement>('.wm-dots [data-key]')) {
    const code = node.getAttribute('data-key') ?? '';
    const d = byCode.get(code);
    const attrs = markAttrs(data, state.year, code, prefix, state.highlight);
    setAttrs(node, attrs);
    const target = { cx: d ? d.x : Number(node.getAttribute('cx')), cy: d ? d.y : baseline, r: d ? r : 0 };
    const fill = d ? attrs.fill : (node.getAttribute('fill') ?? 'none');
    // A dot coming back takes its colour at once (`none` cannot be interpolated) and grows.
    if (d && node.getAttribute('fill') === 'none') node.setAttribute('fill', fill);
    tween(node, { attr: { ...target, fill: d || duration > 0 ? fill : 'none' } }, duration);
  }
  raise(svg.querySelectorAll('.wm-dots [data-key]'), emphasised);
  applyRoving(svg);
  svg.querySelector('.wm-labels')?.remove();
  narrowLabels(doc, svg, data, state, dots);
}

export const worldMapClient: ChartClient<WorldMapState, WorldMapData> = {
  update(svg, data, state, opts) {
    keepFocus(svg, () => moveWorldMap(svg, data, state, opts));
  },

  attach(figure, data) {
    let out = figure.querySelector<HTMLElement>('.wm-details');
    if (!out) {
      out = figure.ownerDocument.createElement('p');
      out.className = 'wm-details';
      out.setAttribute('aria-live', 'polite');
      const svgs = figure.querySelectorAll('svg.wm');
      // After both layouts, not inside the phone one (hidden on wide screens): its source link
      // must be on screen and in the Tab order wherever the chart is.
      const last = svgs[svgs.length - 1]?.closest('.figure-svgs') ?? svgs[svgs.length - 1];
      if (last?.parentNode) last.parentNode.insertBefore(out, last.nextSibling);
      else figure.appendChild(out);
    }
    const details = out;
    const show = (target: EventTarget | null) => {
      const node = (target as Element | null)?.closest?.('[data-key][tabindex]');
      const svg = node?.closest('svg');
      if (!node || !svg) return;
      const year = Number(svg.getAttribute('data-year'));
      const s = scoresOf(data, year).get(node.getAttribute('data-key') ?? '');
      details.textContent = s ? `${countryLabel(data, s)} (${year}). ${countryDetails(s)}` : '';
    };
    figure.addEventListener('focusin', (e) => show(e.target));
    figure.addEventListener('pointerover', (e) => show(e.target));
    attachRoving(figure);
  },
};

export default worldMapClient;
