/**
 * The one way a figure moves, for every chart: from the drawing on screen to the next drawing the
 * build made (src/pages/states/). The browser never lays anything out.
 *
 * The drawing on screen takes the next drawing's structure, text and attributes at once, in place:
 * marks are matched by `data-key` within their parent (other elements by place and tag), a
 * matched element that did not change is not touched, one that did gets the new attributes, and
 * the browser's own animations (Web Animations) carry it from the place, size, path, colour and
 * opacity it had to its new ones; a new keyed element fades in, a keyed element that is gone
 * fades out and is removed. An animation only overrides the attribute while it runs, so when it
 * ends the figure is the build's drawing, node for node, with nothing to clean up but the marks
 * that left.
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

/** What one reconcile did: the marks it moved (with keyframes), brought in, and left out. */
interface Changes {
  /** Matched elements (both drawings together), to compare with MAX_MOVING. */
  pairs: number;
  moves: [Element, [Keyframe, Keyframe]][];
  entering: Element[];
  exiting: Element[];
}

/**
 * Makes `o` (in the page) equal to `n` (the next drawing) in place: a child of `o` that `n` still
 * has (by data-key, else by place and tag) is kept and updated, attribute by attribute, and only
 * if it differs; a new child is taken from `n`; a keyed child that is gone is set aside in
 * `c.exiting` (to fade out), any other is removed. Why in place: a node that is not touched keeps
 * its computed style, layout and recorded paint, so the browser redoes only what changed (a
 * whole-drawing swap made it restyle, lay out and repaint every mark of the figure).
 */
function reconcile(o: Element, n: Element, c: Changes, animate: boolean): void {
  // Text only in leaves (<text>, <title>, <desc>): the drawings mix no text with elements.
  if (!n.firstElementChild) {
    if (o.firstElementChild || o.textContent !== n.textContent) o.textContent = n.textContent;
    return;
  }
  const keyed = new Map<string, Element>();
  // Read before anything moves: `o`'s children change only after the loop.
  const olds = o.children;
  for (const p of olds) {
    const k = p.getAttribute('data-key');
    if (k !== null && !keyed.has(k)) keyed.set(k, p);
  }
  const want: Element[] = [];
  const used = new Set<Element>();
  let i = 0;
  for (const el of [...n.children]) {
    const k = el.getAttribute('data-key');
    const p = k !== null ? keyed.get(k) : olds[i];
    i++;
    if (p && !used.has(p) && p.localName === el.localName && (k !== null || !p.hasAttribute('data-key'))) {
      used.add(p);
      c.pairs++;
      // Most marks do not change between steps: one native comparison, and nothing to do.
      if (!p.isEqualNode(el)) {
        const f = animate && keyframes(p, el);
        if (f) c.moves.push([p, f]);
        copyAttributes(p, el);
        reconcile(p, el, c, animate);
      }
      want.push(p);
    } else {
      want.push(el);
      if (k !== null) c.entering.push(el);
    }
  }
  for (const p of keyed.values()) if (!used.has(p)) c.exiting.push(p);
  // Put the wanted nodes in order, in place; what is left after them is not wanted.
  let ref: ChildNode | null = o.firstChild;
  for (const node of want) {
    if (node === ref) ref = ref.nextSibling;
    else o.insertBefore(node, ref);
  }
  while (ref) {
    const next: ChildNode | null = ref.nextSibling;
    if (!c.exiting.includes(ref as Element)) ref.remove();
    ref = next;
  }
}

/** Gives `el` exactly the attributes of `to`, except the namespace declaration. */
function copyAttributes(el: Element, to: Element): void {
  for (const a of [...el.attributes])
    if (!to.hasAttributeNS(a.namespaceURI, a.localName)) el.removeAttributeNode(a);
  for (const a of to.attributes)
    if (a.name !== 'xmlns' && el.getAttributeNS(a.namespaceURI, a.localName) !== a.value)
      el.setAttributeNS(a.namespaceURI, a.name, a.value);
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
 * Moves `svg` to the drawing `next` (an <svg> not in the page; its new nodes are taken) over
 * `duration` ms. `settled` runs when the figure equals `next`: at once when duration is 0, else when
 * the animations end or a later morph ends them. Keyboard focus stays on the mark with the same key.
 */
export function morph(svg: SVGSVGElement, next: SVGSVGElement, duration: number, settled?: () => void): void {
  interrupt(svg);
  const doc = svg.ownerDocument;
  const active = doc.activeElement;
  const focusKey = active && active !== svg && svg.contains(active) ? keyOf(active) : undefined;

  const canAnimate = duration > 0 && typeof svg.animate === 'function';
  const c: Changes = { pairs: 0, moves: [], entering: [], exiting: [] };
  copyAttributes(svg, next);
  reconcile(svg, next, c, canAnimate);
  const animate =
    canAnimate && c.moves.length + c.entering.length + c.exiting.length > 0 && c.pairs <= MAX_MOVING;
  if (!animate) {
    for (const el of c.exiting) el.remove();
    if (focusKey !== undefined) refocus(svg, focusKey);
    settled?.();
    return;
  }

  const timing: KeyframeAnimationOptions = { duration, easing: 'cubic-bezier(0.65, 0, 0.35, 1)' };
  const animations = c.moves.map(([el, k]) => el.animate(k, timing));
  for (const el of c.entering) animations.push(el.animate([{ opacity: 0 }, {}], timing));
  for (const o of c.exiting) {
    // Leaving marks take no focus and say nothing while they fade.
    for (const el of [o, ...o.querySelectorAll('[tabindex]')]) el.removeAttribute('tabindex');
    o.setAttribute('aria-hidden', 'true');
    animations.push(o.animate([{}, { opacity: 0 }], { ...timing, fill: 'forwards' }));
  }
  if (focusKey !== undefined) refocus(svg, focusKey);
  svg.setAttribute('data-morphing', '');
  const run: Run = {
    animations,
    exiting: c.exiting,
    finish() {
      if (running.get(svg) !== run) return;
      running.delete(svg);
      for (const a of animations) a.cancel();
      for (const el of c.exiting) el.remove();
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
  const active = doc.activeElement;
  // Focus stays where it is unless its mark left (gone, or fading out and hidden).
  if (active && svg.contains(active) && !active.closest('[aria-hidden="true"]')) return;
  const marks = [...svg.querySelectorAll<SVGElement>('[tabindex]')];
  const again =
    (key !== null && marks.find((el) => keyOf(el) === key)) ||
    marks.find((el) => el.getAttribute('tabindex') === '0');
  again?.focus({ preventScroll: true });
}
