/**
 * Boxes of the text in a rendered chart SVG, measured the way the charts lay text out
 * (worldMap/model textWidth: Arial advance widths, bold aware) with font sizes and weights read
 * from the chart's stylesheet, so a test can say that no label overlaps another or leaves the
 * drawing. Handles what the maps and matrices use: translate() on ancestors, x/y/dx/dy on text and
 * tspans, text-anchor start/middle/end.
 */
import { textWidth } from '../../src/charts/shared/text';
import { cssRules } from './contrast';

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}
export interface TextBox extends Box {
  text: string;
  el: Element;
}

interface Rule {
  chain: { tag?: string; classes: string[] }[];
  decls: Record<string, string>;
  specificity: number;
  order: number;
}

/** Top-level rules of a stylesheet (colour-scheme blocks change colours, never sizes). */
export function styleRules(css: string): Rule[] {
  const out: Rule[] = [];
  cssRules(css).forEach((r, order) => {
    if (r.media) return;
    for (const sel of r.selector.split(',')) {
      const chain = sel
        .trim()
        .split(/\s+/)
        .map((part) => {
          const tag = /^[a-z]+/.exec(part)?.[0];
          const classes = [...part.matchAll(/\.([\w-]+)/g)].map((m) => m[1]!);
          return { tag, classes };
        });
      if (sel.includes(':')) continue;
      const specificity = chain.reduce((n, c) => n + c.classes.length * 10 + (c.tag ? 1 : 0), 0);
      out.push({ chain, decls: r.decls, specificity, order });
    }
  });
  return out;
}

const matchesOne = (el: Element, c: { tag?: string; classes: string[] }) =>
  (!c.tag || el.tagName.toLowerCase() === c.tag) && c.classes.every((k) => el.classList.contains(k));

function matches(el: Element, rule: Rule): boolean {
  const last = rule.chain[rule.chain.length - 1]!;
  if (!matchesOne(el, last)) return false;
  let node: Element | null = el.parentElement;
  for (let i = rule.chain.length - 2; i >= 0; i--) {
    while (node && !matchesOne(node, rule.chain[i]!)) node = node.parentElement;
    if (!node) return false;
    node = node.parentElement;
  }
  return true;
}

/** A property's computed value from the rules (inherited from the parent when no rule sets it). */
function computed(el: Element, prop: string, rules: Rule[]): string | undefined {
  let best: Rule | undefined;
  for (const r of rules)
    if (r.decls[prop] !== undefined && matches(el, r))
      if (
        !best ||
        r.specificity > best.specificity ||
        (r.specificity === best.specificity && r.order > best.order)
      )
        best = r;
  if (best) return best.decls[prop];
  return el.parentElement ? computed(el.parentElement, prop, rules) : undefined;
}

function translateOf(el: Element): [number, number] {
  let x = 0;
  let y = 0;
  for (let n: Element | null = el; n; n = n.parentElement) {
    const m = /translate\(\s*(-?[\d.]+)[\s,]+(-?[\d.]+)\s*\)/.exec(n.getAttribute('transform') ?? '');
    if (m) {
      x += Number(m[1]);
      y += Number(m[2]);
    }
  }
  return [x, y];
}

const num = (el: Element, a: string) => (el.hasAttribute(a) ? Number(el.getAttribute(a)) : undefined);

/** Every drawn piece of text (each tspan chunk) with its box in viewBox units. */
export function textBoxes(svg: Element, css: string): TextBox[] {
  const rules = styleRules(css);
  const out: TextBox[] = [];
  for (const t of svg.querySelectorAll('text')) {
    if (t.closest('defs, title, desc')) continue;
    const [tx, ty] = translateOf(t);
    const anchor = t.getAttribute('text-anchor') ?? 'start';
    const spans = [...t.querySelectorAll('tspan')];
    const pieces: { el: Element; text: string }[] = spans.length
      ? spans.map((s) => ({ el: s, text: s.textContent ?? '' }))
      : [{ el: t, text: t.textContent ?? '' }];
    let penX = num(t, 'x') ?? 0;
    let penY = num(t, 'y') ?? 0;
    let chunk: TextBox[] = [];
    const flush = () => {
      const w = chunk.reduce((a, b) => a + b.w, 0);
      const shift = anchor === 'middle' ? -w / 2 : anchor === 'end' ? -w : 0;
      for (const b of chunk) b.x += shift;
      out.push(...chunk);
      chunk = [];
    };
    for (const p of pieces) {
      if (p.el !== t) {
        const x = num(p.el, 'x');
        if (x !== undefined) {
          flush();
          penX = x;
        }
        penX += num(p.el, 'dx') ?? 0;
        penY += num(p.el, 'dy') ?? 0;
        if (num(p.el, 'y') !== undefined) penY = num(p.el, 'y')!;
      }
      // Leading spaces are not drawn (xml:space default collapses them).
      const text = p.text.replace(/^\s+/, '').replace(/\s+$/, '');
      const size = Number.parseFloat(computed(p.el, 'font-size', rules) ?? '16');
      const weight = computed(p.el, 'font-weight', rules) ?? '400';
      const bold = weight === 'bold' || Number(weight) >= 600;
      const w = text ? textWidth(text, size, bold) : 0;
      if (text) chunk.push({ text, el: p.el, x: tx + penX, y: ty + penY - size * 0.8, w, h: size });
      penX += w;
    }
    flush();
  }
  return out;
}

export const overlaps = (a: Box, b: Box, margin = 0) =>
  a.x < b.x + b.w + margin &&
  b.x < a.x + a.w + margin &&
  a.y < b.y + b.h + margin &&
  b.y < a.y + a.h + margin;

/** Boxes of <rect>s matching `selector`, with their ancestors' translations. */
export function rectBoxes(svg: Element, selector: string): (Box & { el: Element })[] {
  return [...svg.querySelectorAll(selector)].map((r) => {
    const [tx, ty] = translateOf(r);
    return {
      el: r,
      x: tx + (num(r, 'x') ?? 0),
      y: ty + (num(r, 'y') ?? 0),
      w: num(r, 'width') ?? 0,
      h: num(r, 'height') ?? 0,
    };
  });
}
