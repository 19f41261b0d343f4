/**
 * The one way a figure moves, for every chart: from the drawing on screen to the next drawing the
 * build made (src/pages/states/). The browser never lays anything out.
 *
 * The next drawing's nodes go into the page at once, so the structure, text and every attribute
 * are the build's from the first frame. Marks are matched by `data-key` within their parent (other
 * elements by place and tag), and the browser's own animations (Web Animations) carry each
 * matched element from the place, size, path, colour and opacity it had to its new ones; a new
 * keyed element fades in, a keyed element that is gone fades out and is removed. An animation
 * only overrides the attribute while it runs, so when it ends the figure is the build's drawing,
 * node for node, with nothing to clean up but the marks that left.
 *
 * Why Web Animations rather than d3-interpolate on requestAnimationFrame: the browser interpolates
 * (transforms and opacity off the main thread), so a step change costs one swap and no script per
 * frame; and d3-interpolate, which cannot be tree-shaken from its bundled build here, with d3-color
 * is 6.2 kB gzip, 40 % of the story's 15 kB budget. What CSS cannot animate (a <line>'s ends, a
 * <text>'s x and y; path data in Safari) takes its new value at once.
 *
 * Duration 0 (reduced motion, a layout that was hidden) swaps the drawing without animating. A
 * morph that starts while another runs ends that one first. While a morph runs the SVG carries
 * `data-morphing` (tests and the benchmark wait for it to go).
 */

/** Attributes that are also CSS properties, as CSS values; null when this value cannot move. */
const CSS: Record<string, (v: string, el: Element) => string | null> = {
  transform: cssTransform,
  cx: px,
  cy: px,
  r: px,
  rx: px,
  ry: px,
  x: (v, el) => (el.localName === 'text' || el.localName === 'tspan' ? null : px(v)),
  y: (v, el) => (el.localName === 'text' || el.localName === 'tspan' ? null : px(v)),
  width: px,
  height: px,
  d: (v) => `path("${v}")`,
  fill: (v) => v,
  stroke: (v) => v,
  opacity: (v) => v,
};

function px(v: string): string | null {
  return /^-?(\d+\.?\d*|\.\d+)$/.test(v.trim()) ? `${v.trim()}px` : null;
}

/** An SVG transform attribute as a CSS transform (translate, scale, rotate about 0,0), or null. */
function cssTransform(v: string): string | null {
  const out: string[] = [];
  const rest = v.replace(/(translate|scale|rotate)\(([^)]*)\)\s*/g, (_, fn: string, args: string) => {
    const n = args.split(/[\s,]+/).filter(Boolean);
    if (fn === 'translate') out.push(`translate(${n[0]}px,${n[1] ?? 0}px)`);
    else if (fn === 'scale') out.push(`scale(${n.join(',')})`);
    else out.push(n.length === 1 ? `rotate(${n[0]}deg)` : '?');
    return '';
  });
  return rest.trim() || !out.length || out.includes('?') ? null : out.join(' ');
}

/** More matched elements than this (both drawings together) and the drawing changes at once. */
export const MAX_MOVING = 1500;

interface Run {
  animations: Animation[];
  exiting: Element[];
  finish(): void;
}

const running = new WeakMap<Element, Run>();

interface Matches {
  pairs: [Element, Element][];
  entering: Element[];
  exiting: [Element, Element][];
}

/** Pairs `n`'s children with `o`'s: by data-key, else by place and tag; recursively. */
function match(o: Element, n: Element, m: Matches): void {
  const keyed = new Map<string, Element>();
  for (const c of o.children) {
    const k = c.getAttribute('data-key');
    if (k !== null && !keyed.has(k)) keyed.set(k, c);
  }
  const used = new Set<Element>();
  const oc = o.children;
  const nc = n.children;
  for (let i = 0; i < nc.length; i++) {
    const c = nc[i]!;
    const k = c.getAttribute('data-key');
    const p = k !== null ? keyed.get(k) : oc[i];
    if (p && p.localName === c.localName && (k !== null || !p.hasAttribute('data-key'))) {
      used.add(p);
      m.pairs.push([p, c]);
      match(p, c, m);
    } else if (k !== null) m.entering.push(c);
  }
  for (const p of keyed.values()) if (!used.has(p)) m.exiting.push([p, n]);
}

/** Gives `el` exactly the attributes of `to`, except the namespace declaration. */
function copyAttributes(el: Element, to: Element): void {
  for (const a of [...el.attributes]) if (!to.hasAttribute(a.name)) el.removeAttribute(a.name);
  for (const a of to.attributes)
    if (a.name !== 'xmlns' && el.getAttribute(a.name) !== a.value) el.setAttribute(a.name, a.value);
}

function keyOf(el: Element | null): string | null {
  return el?.closest('[data-key]')?.getAttribute('data-key') ?? null;
}

/** Ends the morph running on `svg` at once: the figure is then the drawing it was moving to. */
export function interrupt(svg: Element): void {
  running.get(svg)?.finish();
}

/** Whether a morph is running on `svg`. */
export function isMorphing(svg: Element): boolean {
  return running.has(svg);
}

/** The keyframes that carry `o`'s look to `n`'s, or null when nothing CSS can animate changed. */
function keyframes(o: Element, n: Element): [Keyframe, Keyframe] | null {
  let from: Keyframe | null = null;
  const to: Keyframe = {};
  for (const a of n.attributes) {
    const css = Object.hasOwn(CSS, a.name) ? CSS[a.name]! : undefined;
    const before = o.getAttribute(a.name);
    if (!css || before === null || before === a.value) continue;
    const f = css(before, o);
    const t = css(a.value, n);
    if (!f || !t) continue;
    from ??= {};
    from[a.name] = f;
    to[a.name] = t;
  }
  return from ? [from, to] : null;
}

/**
 * Moves `svg` to the drawing `next` (an <svg> not in the page; its nodes are taken) over
 * `duration` ms. `settled` runs when the figure equals `next`: at once when duration is 0, else when
 * the animations end or a later morph ends them. Keyboard focus stays on the mark with the same key.
 */
export function morph(svg: SVGSVGElement, next: SVGSVGElement, duration: number, settled?: () => void): void {
  interrupt(svg);
  const doc = svg.ownerDocument;
  const active = doc.activeElement;
  const focusKey = active && active !== svg && svg.contains(active) ? keyOf(active) : undefined;

  const m: Matches = { pairs: [], entering: [], exiting: [] };
  const canAnimate = duration > 0 && typeof svg.animate === 'function';
  if (canAnimate) match(svg, next, m);
  const moves: [Element, [Keyframe, Keyframe]][] = [];
  for (const [o, n] of m.pairs) {
    const k = keyframes(o, n);
    if (k) moves.push([n, k]);
  }
  const animate =
    canAnimate && moves.length + m.entering.length + m.exiting.length > 0 && m.pairs.length <= MAX_MOVING;

  copyAttributes(svg, next);
  svg.replaceChildren(...next.childNodes);
  if (focusKey !== undefined) refocus(svg, focusKey);
  if (!animate) {
    settled?.();
    return;
  }

  const timing: KeyframeAnimationOptions = { duration, easing: 'cubic-bezier(0.65, 0, 0.35, 1)' };
  const animations = moves.map(([el, k]) => el.animate(k, timing));
  for (const el of m.entering) animations.push(el.animate([{ opacity: 0 }, {}], timing));
  const exiting: Element[] = [];
  for (const [o, parent] of m.exiting) {
    // Leaving marks take no focus and say nothing while they fade.
    for (const el of [o, ...o.querySelectorAll('[tabindex]')]) el.removeAttribute('tabindex');
    o.setAttribute('aria-hidden', 'true');
    parent.append(o);
    exiting.push(o);
    animations.push(o.animate([{}, { opacity: 0 }], { ...timing, fill: 'forwards' }));
  }
  svg.setAttribute('data-morphing', '');
  const run: Run = {
    animations,
    exiting,
    finish() {
      if (running.get(svg) !== run) return;
      running.delete(svg);
      for (const a of animations) a.cancel();
      for (const el of exiting) el.remove();
      svg.removeAttribute('data-morphing');
      settled?.();
    },
  };
  running.set(svg, run);
  // One timer for the whole figure: the first animation ends when they all do.
  const first = animations[0]!;
  first.onfinish = () => run.finish();
}

/** Puts focus back on the mark with `key` (or on the mark that takes Tab) after a swap. */
function refocus(svg: SVGSVGElement, key: string | null): void {
  const doc = svg.ownerDocument;
  if (doc.activeElement && svg.contains(doc.activeElement)) return;
  const marks = [...svg.querySelectorAll<SVGElement>('[tabindex]')];
  const again =
    (key !== null && marks.find((el) => keyOf(el) === key)) ||
    marks.find((el) => el.getAttribute('tabindex') === '0');
  again?.focus({ preventScroll: true });
}
