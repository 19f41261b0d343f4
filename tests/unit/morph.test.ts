/**
 * src/charts/shared/morph.ts on linkedom. linkedom has no Web Animations, so elements get a
 * recording `animate`: the tests see which marks move, fade in and fade out, and end the
 * animations by hand.
 */
import { parseHTML } from 'linkedom';
import { beforeEach, describe, expect, it } from 'vitest';
import { interrupt, isMorphing, MAX_MOVING, morph } from '../../src/charts/shared/morph';

interface Recorded {
  el: Element;
  keyframes: Keyframe[];
  animation: { onfinish: (() => void) | null; cancel(): void; cancelled: boolean };
}

/** An element tree as text, attributes sorted (their order is no part of a drawing). */
function canonical(el: Element): string {
  const attrs = [...el.attributes].map((a) => `${a.name}="${a.value}"`).sort();
  const kids = [...el.childNodes].map((n) => (n.nodeType === 1 ? canonical(n as Element) : n.textContent));
  return `<${el.localName} ${attrs.join(' ')}>${kids.join('')}</${el.localName}>`;
}

let recorded: Recorded[] = [];
let document: Document;

function svgOf(inner: string, attrs = 'viewBox="0 0 100 100"'): SVGSVGElement {
  const { document: d } = parseHTML(`<html><body><svg ${attrs}>${inner}</svg></body></html>`);
  return d.querySelector('svg') as unknown as SVGSVGElement;
}

beforeEach(() => {
  recorded = [];
  ({ document } = parseHTML('<html><body></body></html>') as unknown as { document: Document });
  const proto = Object.getPrototypeOf(
    Object.getPrototypeOf(document.createElementNS('http://www.w3.org/2000/svg', 'g')),
  );
  for (let p = proto; p; p = Object.getPrototypeOf(p))
    if (Object.hasOwn(p, 'getAttribute')) {
      p.animate = function (this: Element, keyframes: Keyframe[]) {
        const animation = {
          onfinish: null as (() => void) | null,
          cancelled: false,
          cancel() {
            this.cancelled = true;
          },
        };
        recorded.push({ el: this, keyframes, animation });
        return animation;
      };
      break;
    }
});

function page(inner: string): SVGSVGElement {
  document.body.innerHTML = `<svg viewBox="0 0 100 100">${inner}</svg>`;
  return document.querySelector('svg') as unknown as SVGSVGElement;
}

const A =
  '<g class="marks"><circle data-key="a" cx="10" cy="10" r="5"></circle><circle data-key="b" cx="20" cy="10" r="5"></circle></g><text x="1" y="2">One</text>';
const B =
  '<g class="marks"><circle data-key="b" cx="40" cy="10" r="5"></circle><circle data-key="c" cx="60" cy="10" r="5"></circle></g><text x="1" y="2">Two</text>';

describe('morph', () => {
  it('with duration 0 (reduced motion) swaps the drawing at once, attributes and all', () => {
    const svg = page(A);
    const next = svgOf(B, 'viewBox="0 0 200 100" class="x"');
    const want = canonical(next);
    let settled = 0;
    morph(svg, next, 0, () => settled++);
    expect(canonical(svg)).toBe(want);
    expect(settled).toBe(1);
    expect(recorded).toHaveLength(0);
    expect(isMorphing(svg)).toBe(false);
  });

  it('only reads the next drawing: it stays whole, so a later visit to the step can use it again', () => {
    const svg = page(A);
    const next = svgOf(B);
    const want = canonical(next);
    morph(svg, next, 600);
    // c is new on the page: a copy of the drawing's node, not the node itself
    expect(canonical(next)).toBe(want);
    expect(svg.querySelector('[data-key="c"]')).not.toBe(next.querySelector('[data-key="c"]'));
    morph(svg, svgOf(A), 0);
    morph(svg, next, 0);
    expect(canonical(svg)).toBe(want);
  });

  it('moves marks kept by key, fades new ones in and gone ones out', () => {
    const svg = page(A);
    const b = svg.querySelector('[data-key="b"]')!;
    morph(svg, svgOf(B), 600);
    expect(isMorphing(svg)).toBe(true);
    expect(svg.hasAttribute('data-morphing')).toBe(true);
    // update: b moves from cx 20 to 40 (the attribute is already the new one), by a transform
    const moved = recorded.find((r) => r.el.getAttribute('data-key') === 'b')!;
    expect(moved.keyframes).toEqual([{ transform: 'translate(-20px,0px)' }, { transform: 'none' }]);
    // updated in place: the mark on screen is kept, not replaced by the next drawing's node
    expect(moved.el).toBe(b);
    expect(moved.el.getAttribute('cx')).toBe('40');
    // enter: c fades in
    const entered = recorded.find((r) => r.el.getAttribute('data-key') === 'c')!;
    expect(entered.keyframes[0]).toEqual({ opacity: 0 });
    // exit: a fades out, in the page until the end, hidden from assistive technology
    const exited = recorded.find((r) => r.el.getAttribute('data-key') === 'a')!;
    expect(exited.keyframes[1]).toEqual({ opacity: 0 });
    expect(exited.el.isConnected).toBe(true);
    expect(exited.el.getAttribute('aria-hidden')).toBe('true');
    // text changes at once
    expect(svg.querySelector('text')!.textContent).toBe('Two');
    expect(recorded).toHaveLength(3);
  });

  it('settles on exactly the target drawing when the animations end', () => {
    const svg = page(A);
    const next = svgOf(B);
    const want = canonical(next);
    let settled = 0;
    morph(svg, next, 600, () => settled++);
    expect(settled).toBe(0);
    recorded[0]!.animation.onfinish!();
    expect(settled).toBe(1);
    expect(canonical(svg)).toBe(want);
    expect(recorded.every((r) => r.animation.cancelled)).toBe(true);
    expect(isMorphing(svg)).toBe(false);
  });

  it('a new morph ends the running one first, and ends on its own target', () => {
    const svg = page(A);
    let first = 0;
    morph(svg, svgOf(B), 600, () => first++);
    const next = svgOf(A);
    const want = canonical(next);
    morph(svg, next, 0);
    expect(first).toBe(1);
    expect(canonical(svg)).toBe(want);
    interrupt(svg);
    expect(canonical(svg)).toBe(want);
  });

  it('turns SVG transforms into CSS ones (rotation about a point too), and leaves skew to change at once', () => {
    const svg = page(
      '<g data-key="m" transform="translate(10,20)"></g><text data-key="t" transform="rotate(-45, 5, 6)">T</text><g data-key="r" transform="skewX(3)"></g>',
    );
    morph(
      svg,
      svgOf(
        '<g data-key="m" transform="translate(30,5) scale(2)"></g><text data-key="t" transform="rotate(-30, 5, 6)">T</text><g data-key="r" transform="skewX(5)"></g>',
      ),
      600,
    );
    expect(recorded.map((r) => r.keyframes)).toEqual([
      [{ transform: 'translate(10px,20px)' }, { transform: 'translate(30px,5px) scale(2)' }],
      [
        { transform: 'translate(5px,6px) rotate(-45deg) translate(-5px,-6px)' },
        { transform: 'translate(5px,6px) rotate(-30deg) translate(-5px,-6px)' },
      ],
    ]);
  });

  it('matches elements without a key by place and tag, inside matched parents', () => {
    const svg = page('<g data-key="p"><rect width="10"></rect><path d="M0,0H5"></path></g>');
    morph(svg, svgOf('<g data-key="p"><rect width="20"></rect><path d="M0,0H9"></path></g>'), 600);
    // The rect is matched and scaled from its old width; the path's data changes at once.
    expect(recorded.map((r) => r.keyframes)).toEqual([
      [{ transform: 'translate(0px,0px) scale(0.5,1) translate(0px,0px)' }, { transform: 'none' }],
    ]);
  });

  it('animates only what the compositor runs: transform and opacity', () => {
    const svg = page(
      '<rect data-key="a" x="0" y="0" width="10" height="10" fill="red"></rect><circle data-key="b" cx="5" cy="5" r="2" opacity="0.3"></circle><text data-key="c" x="1" y="2">C</text><line data-key="d" x1="0" y1="0" x2="10" y2="0"></line><path data-key="e" d="M0,0H5" stroke="blue"></path>',
    );
    const next = svgOf(
      '<rect data-key="a" x="5" y="0" width="20" height="10" fill="blue"></rect><circle data-key="b" cx="9" cy="5" r="4" opacity="1"></circle><text data-key="c" x="4" y="8">C</text><line data-key="d" x1="3" y1="0" x2="13" y2="0"></line><path data-key="e" d="M0,0H9" stroke="green"></path>',
    );
    const want = canonical(next);
    morph(svg, next, 600);
    const props = new Set(recorded.flatMap((r) => r.keyframes.flatMap((k) => Object.keys(k))));
    expect([...props].sort()).toEqual(['opacity', 'transform']);
    const by = (k: string) => recorded.find((r) => r.el.getAttribute('data-key') === k)?.keyframes;
    // A rect that moved and grew: its new box mapped back onto the old one.
    expect(by('a')).toEqual([
      { transform: 'translate(0px,0px) scale(0.5,1) translate(-5px,0px)' },
      { transform: 'none' },
    ]);
    expect(by('b')).toEqual([
      { transform: 'translate(3px,3px) scale(0.5,0.5) translate(-5px,-1px)', opacity: '0.3' },
      { transform: 'none', opacity: '1' },
    ]);
    // Text and lines move too (CSS cannot animate their x or ends); colour and path data do not.
    expect(by('c')).toEqual([{ transform: 'translate(-3px,-6px)' }, { transform: 'none' }]);
    expect(by('d')).toEqual([{ transform: 'translate(-3px,0px)' }, { transform: 'none' }]);
    expect(by('e')).toBeUndefined();
    expect(svg.querySelector('[data-key="a"]')!.getAttribute('fill')).toBe('blue');
    recorded[0]!.animation.onfinish!();
    expect(canonical(svg)).toBe(want);
  });

  it('a line that turns over, or a mark placed by a list of numbers, changes at once', () => {
    const svg = page(
      '<line data-key="l" x1="0" y1="0" x2="10" y2="0"></line><text data-key="t" x="1 2 3" y="0">abc</text>',
    );
    morph(
      svg,
      svgOf(
        '<line data-key="l" x1="10" y1="0" x2="0" y2="0"></line><text data-key="t" x="4 5 6" y="0">abc</text>',
      ),
      600,
    );
    expect(recorded).toHaveLength(0);
    expect(isMorphing(svg)).toBe(false);
  });

  it(`swaps at once when more than ${MAX_MOVING} marks would move (a new picture, not a move)`, () => {
    const marks = (dx: number) =>
      Array.from(
        { length: MAX_MOVING + 1 },
        (_, i) => `<circle data-key="k${i}" cx="${i + dx}" cy="0" r="1"></circle>`,
      ).join('');
    const svg = page(marks(0));
    const next = svgOf(marks(5));
    const want = canonical(next);
    let settled = 0;
    morph(svg, next, 600, () => settled++);
    expect(recorded).toHaveLength(0);
    expect(settled).toBe(1);
    expect(canonical(svg)).toBe(want);
    // One fewer moves.
    const few = page(marks(0).replace(/<circle data-key="k0"[^>]*><\/circle>/, ''));
    morph(few, svgOf(marks(5).replace(/<circle data-key="k0"[^>]*><\/circle>/, '')), 600);
    expect(recorded).toHaveLength(MAX_MOVING);
  });

  it('updates in place: a mark that did not change is the same node, with no attribute written', () => {
    const svg = page(A);
    const a = svg.querySelector('[data-key="a"]')!;
    const b = svg.querySelector('[data-key="b"]')!;
    const text = svg.querySelector('text')!;
    const writes: string[] = [];
    for (const el of [a, b])
      for (const m of ['setAttribute', 'setAttributeNS', 'removeAttribute', 'removeAttributeNS'] as const) {
        const orig = el[m] as (...args: unknown[]) => void;
        (el as unknown as Record<string, unknown>)[m] = function (this: Element, ...args: unknown[]) {
          writes.push(
            `${this.getAttribute('data-key')} ${m} ${String(m.endsWith('NS') ? args[1] : args[0])}`,
          );
          return orig.apply(this, args);
        };
      }
    const next = svgOf(
      '<g class="marks"><circle data-key="a" cx="10" cy="10" r="5"></circle><circle data-key="b" cx="30" cy="10" r="5"></circle></g><text x="1" y="2">Two</text>',
    );
    const want = canonical(next);
    morph(svg, next, 600);
    expect(svg.querySelector('[data-key="a"]')).toBe(a);
    expect(svg.querySelector('[data-key="b"]')).toBe(b);
    expect(svg.querySelector('text')).toBe(text);
    expect(writes.filter((w) => w.startsWith('a '))).toEqual([]);
    // (linkedom's setAttributeNS calls its setAttribute: one write may be seen twice)
    expect(new Set(writes.filter((w) => w.startsWith('b ')).map((w) => w.split(' ')[2]))).toEqual(
      new Set(['cx']),
    );
    expect(recorded.map((r) => r.el)).toEqual([b]);
    recorded[0]!.animation.onfinish!();
    expect(canonical(svg)).toBe(want);
  });

  it("keeps the new drawing's order when marks change places", () => {
    const svg = page(A);
    const next = svgOf(
      '<text x="1" y="2">One</text><g class="marks"><circle data-key="c" cx="1"></circle><circle data-key="b" cx="20" cy="10" r="5"></circle><circle data-key="a" cx="10" cy="10" r="5"></circle></g>',
    );
    const want = canonical(next);
    morph(svg, next, 0);
    expect(canonical(svg)).toBe(want);
  });
});
