/**
 * The world map's drawing code for an embed with a custom state in its URL (src/embed/queryState.ts,
 * loaded only then): recolours the countries (or moves the dots on phones), relabels and
 * re-describes the built SVG at once. The map's paths need build-time geometry (TopoJSON, never
 * shipped), so this redraws the ones already in the page instead of rendering anew. Story steps
 * and the default state are drawn at build time.
 */
import { applyRoving } from '../roving';
import { localeOf } from '../shared/dom';
import type { ChartClient, UpdateOptions } from '../types';
import { legendSub, legendTitle, markAttrs, narrowLabels, wideLabel } from './draw';
import { describeWorldMap, dotLayout, KEY_COUNTRIES, scoresOf, type WorldMapData } from './model';
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

/** Redraws the map in `state`, at once. */
function redrawWorldMap(
  svg: SVGSVGElement,
  data: WorldMapData,
  state: WorldMapState,
  opts: UpdateOptions,
): void {
  const prefix = prefixOf(svg);
  const narrow = svg.classList.contains('wm--narrow');
  const scores = scoresOf(data, state.year);
  svg.setAttribute('data-year', String(state.year));
  const locale = localeOf(svg);
  const desc = svg.querySelector('desc');
  if (desc) desc.textContent = describeWorldMap(data, state, locale);
  const title = svg.querySelector('.wm-legend-title');
  if (title) title.textContent = legendTitle(state.year, locale);
  const sub = svg.querySelector('.wm-legend-sub');
  if (sub) sub.textContent = legendSub(scores.size, narrow, locale);
  const emphasised = new Set<string>([...KEY_COUNTRIES, ...state.highlight]);
  const doc = svg.ownerDocument;

  if (!narrow) {
    for (const node of svg.querySelectorAll<SVGElement>('.wm-land [data-key]')) {
      const code = node.getAttribute('data-key');
      const attrs = markAttrs(data, state.year, code, prefix, state.highlight, locale);
      setAttrs(node, attrs);
      node.setAttribute('fill', attrs.fill);
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
      if (at) wideLabel(doc, layer, data, state.year, code, at, locale);
    }
    return;
  }

  const vb = svg.viewBox.baseVal;
  const { dots, r, baseline } = dotLayout(data, state.year, vb.width || opts.width, vb.height || opts.height);
  const byCode = new Map(dots.map((d) => [d.code, d]));
  for (const node of svg.querySelectorAll<SVGCircleElement>('.wm-dots [data-key]')) {
    const code = node.getAttribute('data-key') ?? '';
    const d = byCode.get(code);
    const attrs = markAttrs(data, state.year, code, prefix, state.highlight, locale);
    setAttrs(node, attrs);
    node.setAttribute('cx', String(d ? d.x : Number(node.getAttribute('cx'))));
    node.setAttribute('cy', String(d ? d.y : baseline));
    node.setAttribute('r', String(d ? r : 0));
    node.setAttribute('fill', d ? attrs.fill : 'none');
  }
  raise(svg.querySelectorAll('.wm-dots [data-key]'), emphasised);
  applyRoving(svg);
  svg.querySelector('.wm-labels')?.remove();
  narrowLabels(doc, svg, data, state, dots);
}

const worldMapRedraw: ChartClient<WorldMapState, WorldMapData> = { update: redrawWorldMap };

export default worldMapRedraw;
