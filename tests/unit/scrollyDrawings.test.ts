/**
 * src/scrolly/drawings.ts: a step's drawing can be made ahead (in idle time, one step per call),
 * and the step change then only reads it: no rebuilding from the differences and no copying at
 * that moment, and none on a later visit to the same step.
 */
import { DOMParser, parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { encodeSteps } from '../../src/charts/shared/drawingDiff';
import { Drawings } from '../../src/scrolly/drawings';

const { document } = parseHTML('<html><body></body></html>') as unknown as { document: Document };

function svg(inner: string): SVGSVGElement {
  const box = document.createElement('div');
  box.innerHTML = `<svg viewBox="0 0 10 10">${inner}</svg>`;
  return box.firstElementChild as SVGSVGElement;
}

const steps = [1, 2, 3].map((x) => svg(`<g class="marks"><circle data-key="a" cx="${x}"></circle></g>`));

beforeEach(() => {
  const root = svg('');
  root.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  root.replaceChildren(...encodeSteps(steps[0]!, steps));
  vi.stubGlobal('DOMParser', DOMParser);
  vi.stubGlobal('fetch', async () => new Response(root.outerHTML, { status: 200 }));
});
afterEach(() => vi.unstubAllGlobals());

describe('Drawings', () => {
  it('makes drawings ahead one step per call, and hands out the one it made, without copying', async () => {
    const d = (await Drawings.load('/states/x/wide.svg', steps[0]!.cloneNode(true) as SVGSVGElement))!;
    expect(d.needs(2)).toBe(true);
    // Each drawing is built on the one before: one idle callback, one step's work.
    d.prepare(2);
    expect(d.needs(0)).toBe(false);
    expect(d.needs(2)).toBe(true);
    d.prepare(2);
    d.prepare(2);
    expect(d.needs(2)).toBe(false);
    const made = vi.spyOn(document, 'importNode');
    const copied = vi.spyOn(Object.getPrototypeOf(Object.getPrototypeOf(steps[0]!)), 'cloneNode');
    const got = d.step(2)!;
    expect(got.querySelector('circle')!.getAttribute('cx')).toBe('3');
    // The page only reads it (morph copies what it takes): the same drawing on every visit.
    expect(d.step(2)).toBe(got);
    expect(d.step(1)!.querySelector('circle')!.getAttribute('cx')).toBe('2');
    expect(made).not.toHaveBeenCalled();
    expect(copied).not.toHaveBeenCalled();
    expect(d.needs(3)).toBe(false);
    expect(d.needs(-1)).toBe(false);
  });
});
