/** Build-time SVG of the world map (wide) and the dot plot (narrow). */
import { chartText, type Locale } from '../shared/i18n';
import { geoEqualEarth, geoPath } from 'd3-geo';
import type { RenderOptions } from '../types';
import { applyRoving } from '../roving';
import { centroidOf, compactPath, countries110 } from './geometry';
import { bandName, legend, MAP_TOP, markAttrs, narrowLabels, wideLabel } from './draw';
import { describeWorldMap, dotLayout, drawingNote, NARROW, scoreScale, type WorldMapData } from './model';
import type { WorldMapState } from './state';
import { el, hatch, r1, svgRoot } from '../shared/dom';
import { STORY_COUNTRIES } from '../shared/countries';

export { WORLD_SIZES } from './draw';

/** Where the Russia and China labels sit (lon, lat), inside each country. */
const KEY_ANCHORS: Record<string, [number, number]> = { RU: [96, 62], CN: [101, 34] };

/** Douglas–Peucker tolerance for the world map, in degrees (about 0.5 px at 960 px wide). */
export const WORLD_SIMPLIFY = 0.2;

interface Shape {
  code: string | null;
  name: string;
  d: string;
  label: [number, number] | null;
}

const shapeCache = new Map<
  string,
  {
    shapes: Shape[];
    small: { code: string; x: number; y: number }[];
    anchors: Record<string, [number, number]>;
  }
>();

/** Projected country shapes for a wide map of this size (cached; Antarctica left out). */
export function worldShapes(width: number, height: number) {
  const key = `${width}x${height}`;
  const hit = shapeCache.get(key);
  if (hit) return hit;
  const all = countries110(WORLD_SIMPLIFY).filter((f) => f.code !== 'AQ');
  // Centred on 11°E so that the cut runs through the Bering Strait: Chukotka stays with Russia.
  const projection = geoEqualEarth().rotate([-11, 0]);
  projection.fitExtent(
    [
      [4, MAP_TOP],
      [width - 4, height - 4],
    ],
    { type: 'FeatureCollection', features: all },
  );
  const path = geoPath(projection);
  const shapes: Shape[] = all.map((f) => {
    // Label anchor: centroid of the largest polygon.
    let label: [number, number] | null = null;
    if (f.code) {
      const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
      let best = -1;
      for (const coordinates of polys) {
        const g = { type: 'Polygon' as const, coordinates };
        const a = path.area(g);
        if (a > best) {
          best = a;
          const c = path.centroid(g);
          label = [Math.round(c[0]), Math.round(c[1])];
        }
      }
    }
    return { code: f.code, name: f.properties.name, d: compactPath(projection, f), label };
  });
  shapes.sort((a, b) => ((a.code ?? `~${a.name}`) < (b.code ?? `~${b.name}`) ? -1 : 1));
  const present = new Set(shapes.map((s) => s.code));
  const small: { code: string; x: number; y: number }[] = [];
  for (const code of ['BH', 'SG', 'MT', 'HK']) {
    if (present.has(code)) continue;
    const c = centroidOf(code);
    const p = c && projection(c);
    if (p) small.push({ code, x: r1(p[0]), y: r1(p[1]) });
  }
  const anchors: Record<string, [number, number]> = {};
  for (const [code, ll] of Object.entries(KEY_ANCHORS)) {
    const p = projection(ll)!;
    anchors[code] = [Math.round(p[0]), Math.round(p[1])];
  }
  const out = { shapes, small, anchors };
  shapeCache.set(key, out);
  return out;
}

export function renderWorldMap(data: WorldMapData, state: WorldMapState, opts: RenderOptions): SVGSVGElement {
  return opts.layout === 'narrow' ? renderNarrow(data, state, opts) : renderWide(data, state, opts);
}

function renderWide(data: WorldMapData, state: WorldMapState, opts: RenderOptions): SVGSVGElement {
  const doc = opts.document;
  const locale = opts.locale ?? 'en';
  const p = opts.idPrefix ?? 'world-map';
  const svg = svgRoot(doc, {
    ...opts,
    idPrefix: p,
    className: 'wm wm--wide',
    title: chartText(locale, 'charts.wm.svgTitle', { year: String(state.year) }),
    desc: describeWorldMap(data, state, locale),
  });
  svg.setAttribute('data-year', String(state.year));
  addDrawingNote(doc, svg, p, 'wide', locale);
  const defs = el(doc, svg, 'defs');
  hatch(doc, defs, `${p}-na`, 'wm-na-pat', 'var(--wm-na-bg)', 'var(--wm-na-line)');
  legend(doc, svg, data, state, p, 8, false, locale);
  const { shapes, small, anchors } = worldShapes(opts.width, opts.height);
  const land = el(doc, svg, 'g', { class: 'wm-land' });
  const emphasised = new Set<string>([...STORY_COUNTRIES, ...state.highlight]);
  const ordered = [
    ...shapes.filter((s) => !s.code || !emphasised.has(s.code)),
    ...shapes.filter((s) => s.code && emphasised.has(s.code)),
  ];
  for (const s of ordered) {
    el(doc, land, 'path', {
      d: s.d,
      'data-key': s.code ?? undefined,
      'data-l': s.code && s.label && data.names[s.code] ? `${s.label[0]} ${s.label[1]}` : undefined,
      ...markAttrs(data, state.year, s.code, p, state.highlight, locale),
    });
  }
  for (const s of small)
    el(doc, land, 'circle', {
      cx: s.x,
      cy: s.y,
      r: 3.5,
      'data-key': s.code,
      'data-l': `${Math.round(s.x)} ${Math.round(s.y)}`,
      ...markAttrs(data, state.year, s.code, p, state.highlight, locale),
    });
  const labels = el(doc, svg, 'g', { class: 'wm-labels', 'aria-hidden': 'true' });
  const anchorOf = (code: string): [number, number] | undefined =>
    anchors[code] ??
    shapes.find((s) => s.code === code)?.label ??
    (small.find((s) => s.code === code)
      ? [small.find((s) => s.code === code)!.x, small.find((s) => s.code === code)!.y]
      : undefined);
  for (const code of emphasised) {
    const at = anchorOf(code);
    if (at) wideLabel(doc, labels, data, state.year, code, at, locale);
  }
  // One Tab stop for the whole map; the arrow keys walk the countries by name (src/charts/roving.ts).
  svg.setAttribute('data-roving', 'name');
  applyRoving(svg);
  return svg;
}

function renderNarrow(data: WorldMapData, state: WorldMapState, opts: RenderOptions): SVGSVGElement {
  const doc = opts.document;
  const locale = opts.locale ?? 'en';
  const p = opts.idPrefix ?? 'world-map';
  const { width, height } = opts;
  const svg = svgRoot(doc, {
    ...opts,
    idPrefix: p,
    className: 'wm wm--narrow',
    title: chartText(locale, 'charts.wm.svgTitleNarrow', { year: String(state.year) }),
    desc: describeWorldMap(data, state, locale),
  });
  svg.setAttribute('data-year', String(state.year));
  addDrawingNote(doc, svg, p, 'narrow', locale);
  const ndefs = el(doc, svg, 'defs');
  hatch(doc, ndefs, `${p}-na`, 'wm-na-pat', 'var(--wm-na-bg)', 'var(--wm-na-line)');
  legend(doc, svg, data, state, p, 0, true, locale);
  const { dots, r, baseline } = dotLayout(data, state.year, width, height);
  const xOf = scoreScale(width);
  // Axis: bands and ticks under the dots.
  const axis = el(doc, svg, 'g', { class: 'wm-axis', 'aria-hidden': 'true' });
  el(doc, axis, 'line', {
    x1: NARROW.left,
    x2: width - NARROW.right,
    y1: baseline + 1,
    y2: baseline + 1,
    class: 'wm-baseline',
  });
  for (const v of [0, 20, 40, 60, 80, 100])
    el(
      doc,
      axis,
      'text',
      {
        x: r1(xOf(v)),
        y: baseline + 15,
        class: 'wm-tick',
        'text-anchor': v === 0 ? 'start' : v === 100 ? 'end' : 'middle',
      },
      String(v),
    );
  for (const [label, from, to] of [
    [bandName('NotFree', locale), 0, 40],
    [bandName('PartlyFree', locale), 40, 70],
    [bandName('Free', locale), 70, 100],
  ] as const) {
    el(doc, axis, 'path', {
      d: `M${r1(xOf(from) + 1)} ${baseline + 22}v4h${r1(xOf(to) - xOf(from) - 2)}v-4`,
      class: 'wm-band',
    });
    el(
      doc,
      axis,
      'text',
      { x: r1(xOf((from + to) / 2)), y: baseline + 39, class: 'wm-band-label', 'text-anchor': 'middle' },
      label,
    );
  }
  const g = el(doc, svg, 'g', { class: 'wm-dots' });
  const byCode = new Map(dots.map((d) => [d.code, d]));
  const emphasised = new Set<string>([...STORY_COUNTRIES, ...state.highlight]);
  const all = Object.keys(data.names);
  for (const code of [...all.filter((c) => !emphasised.has(c)), ...all.filter((c) => emphasised.has(c))]) {
    const d = byCode.get(code);
    const attrs = markAttrs(data, state.year, code, p, state.highlight, locale);
    el(doc, g, 'circle', {
      'data-key': code,
      cx: d ? d.x : r1(xOf(50)),
      cy: d ? d.y : baseline,
      r: d ? r : 0,
      ...attrs,
      fill: d ? attrs.fill : 'none',
    });
  }
  narrowLabels(doc, svg, data, state, dots);
  svg.setAttribute('data-roving', 'name');
  applyRoving(svg);
  return svg;
}

/** A second <desc> saying how this drawing shows the scores, referenced after the first. */
function addDrawingNote(
  doc: Document,
  svg: SVGSVGElement,
  p: string,
  layout: 'wide' | 'narrow',
  locale: Locale,
) {
  el(doc, svg, 'desc', { id: `${p}-form` }, drawingNote(layout, locale));
  svg.setAttribute('aria-describedby', `${p}-desc ${p}-form`);
}
