/** Tiny DOM helpers shared by the charts; they work on linkedom and in the browser. */
import { CHART_FONT } from './text';
import { LANGUAGE_TAGS, type Locale } from './i18n';

export const SVG_NS = 'http://www.w3.org/2000/svg';

type Attrs = Record<string, string | number | undefined | null | false>;

/** Create an SVG element with attributes (undefined, null and false are skipped) and append it. */
export function el<K extends keyof SVGElementTagNameMap>(
  doc: Document,
  parent: Element | null,
  tag: K,
  attrs: Attrs = {},
  text?: string,
): SVGElementTagNameMap[K] {
  const node = doc.createElementNS(SVG_NS, tag) as SVGElementTagNameMap[K];
  for (const [k, v] of Object.entries(attrs))
    if (v !== undefined && v !== null && v !== false) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  parent?.appendChild(node);
  return node;
}

/** The edition a drawing is in, from its `lang` (svgRoot): for redrawing it in its own language. */
export function localeOf(svg: Element): Locale {
  const lang = svg.getAttribute('lang') ?? '';
  return lang.startsWith('ru') ? 'ru' : lang.startsWith('zh') ? 'zh' : 'en';
}

/** Round to one decimal for stable output. */
export function r1(n: number): number {
  return Math.round(n * 10) / 10;
}

/**
 * The root <svg> with viewBox, <title> and <desc>; the figure's accessible name and description.
 * A drawing for another edition carries its language (`lang`), so an embed redrawing it in the
 * browser (localeOf) and the page's `:lang()` rules know it; English, the page's default, has none.
 */
export function svgRoot(
  doc: Document,
  opts: {
    width: number;
    height: number;
    idPrefix?: string;
    className: string;
    title: string;
    desc: string;
    locale?: Locale;
  },
): SVGSVGElement {
  const p = opts.idPrefix ?? 'fig';
  const svg = el(doc, null, 'svg', {
    xmlns: SVG_NS,
    viewBox: `0 0 ${opts.width} ${opts.height}`,
    width: opts.width,
    height: opts.height,
    class: opts.className,
    'font-family': CHART_FONT,
    role: 'group',
    'aria-labelledby': `${p}-title`,
    'aria-describedby': `${p}-desc`,
    lang: opts.locale && opts.locale !== 'en' ? LANGUAGE_TAGS[opts.locale] : undefined,
  });
  el(doc, svg, 'title', { id: `${p}-title` }, opts.title);
  el(doc, svg, 'desc', { id: `${p}-desc` }, opts.desc);
  return svg;
}

/** Diagonal hatch pattern (for "no score recorded", "throttled"). */
export function hatch(
  doc: Document,
  defs: Element,
  id: string,
  cls: string,
  bg: string,
  line: string,
  size = 6,
): void {
  const pat = el(doc, defs, 'pattern', {
    id,
    class: cls,
    width: size,
    height: size,
    patternUnits: 'userSpaceOnUse',
    patternTransform: 'rotate(45)',
  });
  el(doc, pat, 'rect', { width: size, height: size, fill: bg, class: `${cls}-bg` });
  el(doc, pat, 'line', {
    x1: 0,
    y1: 0,
    x2: 0,
    y2: size,
    stroke: line,
    'stroke-width': 2,
    class: `${cls}-line`,
  });
}
