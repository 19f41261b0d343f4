/**
 * The one way a figure moves, for every chart: from the drawing on screen to the next drawing the
 * build made (src/pages/states/). The browser never lays anything out.
 *
 * The drawing on screen takes the next drawing's structure, text and attributes at once, in place:
 * marks are matched by `data-key` within their parent (other elements by place and tag), a
 * matched element that did not change is not touched, one that did gets the new attributes, and
 * the browser's own animations (Web Animations, transform and opacity only: see MOVABLE) carry it
 * from the place, size and opacity it had to its new ones; a new keyed element fades in, a keyed
 * element that is gone fades out and is removed. An animation only overrides a property while it
 * runs, so when it ends the figure is the build's drawing, node for node, with nothing to clean
 * up but the marks that left.
 *
 * Why Web Animations rather than d3-interpolate on requestAnimationFrame: the compositor runs
 * transform and opacity animations, so a step change costs one swap and no main-thread work per
 * frame; and d3-interpolate, which cannot be tree-shaken from its bundled build here, with d3-color
 * is 6.2 kB gzip, 40 % of the story's 15 kB budget.
 *
 * Duration 0 (reduced motion, a layout that was hidden) swaps the drawing without animating. A
 * morph that starts while another runs ends that one first. While a morph runs the SVG carries
 * `data-morphing` (tests and the benchmark wait for it to go).
 */

/**
 * What moves, and how: only `transform` and `opacity`, the two properties Chromium, WebKit and
 * Gecko run on the compositor, also on SVG children. Any other animated property (fill, d, cx, r,
 * x, width…) runs on the main thread and repaints the whole figure every frame: measured in
 * Chromium at 4× CPU on a 3,000-mark SVG, one rect's `fill` animated for 1 s cost 46 paints and
 * 900 ms of paint; its `opacity` or a <g>'s `transform`, 2 paints and 23-37 ms.
 *
 * So a mark that moved or changed size takes its new attributes at once and a transform carries
 * it from where it was: the old box (from its own attributes, no layout read) mapped onto the new
 * one, then its own transform. Colours and path data change at once; opacity fades.
 */
const MOVABLE = new Set([
  'transform',
  'x',
  'y',
  'width',
  'height',
  'cx',
  'cy',
  'r',
  'rx',
  'ry',
  'x1',
  'y1',
  'x2',
  'y2',
]);

/** A number attribute (absent: `dflt`), or NaN when it is a list or not a number. */
function num(el: Element, name: string, dflt = 0): number {
  const v = el.getAttribute(name);
  if (v === null) return dflt;
  return /^\s*-?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?\s*$/i.test(v) ? Number(v) : Number.NaN;
}

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Where an element's geometry sits in its own coordinates, from its attributes; null if unknown. */
function boxOf(el: Element): Box | null {
  let b: Box;
  switch (el.localName) {
    case 'circle': {
      const r = num(el, 'r');
      b = { x: num(el, 'cx') - r, y: num(el, 'cy') - r, w: 2 * r, h: 2 * r };
      break;
    }
    case 'ellipse': {
      const rx = num(el, 'rx');
      const ry = num(el, 'ry');
      b = { x: num(el, 'cx') - rx, y: num(el, 'cy') - ry, w: 2 * rx, h: 2 * ry };
      break;
    }
    case 'line':
      b = {
        x: Math.min(num(el, 'x1'), num(el, 'x2')),
        y: Math.min(num(el, 'y1'), num(el, 'y2')),
        w: Math.abs(num(el, 'x2') - num(el, 'x1')),
        h: Math.abs(num(el, 'y2') - num(el, 'y1')),
      };
      break;
    default:
      b = { x: num(el, 'x'), y: num(el, 'y'), w: num(el, 'width'), h: num(el, 'height') };
  }
  return Object.values(b).every(Number.isFinite) ? b : null;
}

/** A line keeps its direction (a box mapping cannot turn it over). */
function sameDirection(o: Element, n: Element): boolean {
  if (o.localName !== 'line') return true;
  const sign = (el: Element, a: string, b: string) => Math.sign(num(el, b) - num(el, a));
  return sign(o, 'x1', 'x2') === sign(n, 'x1', 'x2') && sign(o, 'y1', 'y2') === sign(n, 'y1', 'y2');
}

const round = (v: number) => Math.round(v * 1000) / 1000;

/** The CSS transform that puts `n`'s geometry where `o`'s was, or null when it cannot. */
function fromTransform(o: Element, n: Element): { from: string; to: string } | null {
  const to = cssTransform(n.getAttribute('transform'));
  const before = cssTransform(o.getAttribute('transform'));
  const bo = boxOf(o);
  const bn = boxOf(n);
  if (to === null || before === null || !bo || !bn || !sameDirection(o, n)) return null;
  const scale = (a: number, b: number) => (a > 0 && b > 0 ? round(a / b) : 1);
  const sx = scale(bo.w, bn.w);
  const sy = scale(bo.h, bn.h);
  const parts = [before];
  if (sx !== 1 || sy !== 1)
    parts.push(
      `translate(${round(bo.x)}px,${round(bo.y)}px) scale(${sx},${sy}) translate(${round(-bn.x)}px,${round(-bn.y)}px)`,
    );
  else if (bo.x !== bn.x || bo.y !== bn.y)
    parts.push(`translate(${round(bo.x - bn.x)}px,${round(bo.y - bn.y)}px)`);
  const from = parts.filter(Boolean).join(' ') || 'none';
  const end = to || 'none';
  return from === end ? null : { from, to: end };
}

/**
 * An SVG transform attribute as a CSS transform (translate, scale, rotate, also about a point);
 * '' for none, null when CSS cannot say it (skew, matrix).
 */
function cssTransform(v: string | null): string | null {
  if (v === null) return '';
  const out: string[] = [];
  const rest = v.replace(/(translate|scale|rotate)\(([^)]*)\)\s*/g, (_, fn: string, args: string) => {
    const n = args.split(/[\s,]+/).filter(Boolean);
    if (fn === 'translate') out.push(`translate(${n[0]}px,${n[1] ?? 0}px)`);
    else if (fn === 'scale') out.push(`scale(${n.join(',')})`);
    else if (n.length === 1) out.push(`rotate(${n[0]}deg)`);
    else out.push(`translate(${n[1]}px,${n[2]}px) rotate(${n[0]}deg) translate(${-n[1]!}px,${-n[2]!}px)`);
    return '';
  });
  return rest.trim() ? null : out.join(' ');
}

/**
 * More moving marks than this and the drawing changes at once: each moving mark is a compositor
 * layer while it moves, and a change that big (a re-zoomed timeline) reads as a new picture.
 */
export const MAX_MOVING = 150;

interface Run {
  animations: Animation[];
  exiting: Element[];
  finish(): void;
}

const running = new WeakMap<Element, Run>();

/** What one reconcile did: the marks it moved (with keyframes), brought in, and left out. */
interface Changes {
  moves: [Element, [Keyframe, Keyframe]][];
  entering: Element[];
  exiting: Element[];
}

/**
 * Makes `o` (in the page) equal to `n` (the next drawing) in place: a child of `o` that `n` still
 * has (by data-key, else by place and tag) is kept and updated, attribute by attribute, and only
 * if it differs; a new child is copied from `n` (which is only read); a keyed child that is gone is set aside in
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
      // Most marks do not change between steps: one native comparison, and nothing to do.
      if (!p.isEqualNode(el)) {
        const f = animate && keyframes(p, el);
        if (f) c.moves.push([p, f]);
        copyAttributes(p, el);
        reconcile(p, el, c, animate);
      }
      want.push(p);
    } else {
      // `n` stays as it is (the section keeps its drawings for later steps): the page takes a copy.
      const copy = o.ownerDocument.importNode(el, true);
      want.push(copy);
      if (k !== null) c.entering.push(copy);
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

/**
 * The keyframes that carry `o`'s look to `n`'s with transform and opacity only, or null when
 * nothing that can move changed (colours, path data and text then change at once).
 */
function keyframes(o: Element, n: Element): [Keyframe, Keyframe] | null {
  const from: Keyframe = {};
  const to: Keyframe = {};
  const changed = (a: string) => o.getAttribute(a) !== n.getAttribute(a);
  if ([...MOVABLE].some(changed)) {
    const t = fromTransform(o, n);
    if (t) {
      from.transform = t.from;
      to.transform = t.to;
    }
  }
  if (changed('opacity')) {
    from.opacity = o.getAttribute('opacity') ?? '1';
    to.opacity = n.getAttribute('opacity') ?? '1';
  }
  return Object.keys(from).length ? [from, to] : null;
}

/**
 * Moves `svg` to the drawing `next` (an <svg> not in the page, only read: what is new is copied) over
 * `duration` ms. `settled` runs when the figure equals `next`: at once when duration is 0, else when
 * the animations end or a later morph ends them. Keyboard focus stays on the mark with the same key.
 */
export function morph(svg: SVGSVGElement, next: SVGSVGElement, duration: number, settled?: () => void): void {
  interrupt(svg);
  const doc = svg.ownerDocument;
  const active = doc.activeElement;
  const focusKey = active && active !== svg && svg.contains(active) ? keyOf(active) : undefined;

  const canAnimate = duration > 0 && typeof svg.animate === 'function';
  const c: Changes = { moves: [], entering: [], exiting: [] };
  copyAttributes(svg, next);
  reconcile(svg, next, c, canAnimate);
  const moving = c.moves.length + c.entering.length + c.exiting.length;
  const animate = canAnimate && moving > 0 && moving <= MAX_MOVING;
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
