/** src/charts/shared/drawingDiff.ts: steps written as differences decode to the drawings. */
import { DOMParser, parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { decodeDrawing, encodeSteps } from '../../src/charts/shared/drawingDiff';

/** An element tree as text, whatever document made it (XML and HTML serialise empty tags apart). */
function canonical(el: Element): string {
  const attrs = [...el.attributes].filter((a) => a.name !== 'xmlns').map((a) => `${a.name}="${a.value}"`);
  const kids = [...el.childNodes].map((n) => (n.nodeType === 1 ? canonical(n as Element) : n.textContent));
  return `<${el.localName} ${attrs.join(' ')}>${kids.join('')}</${el.localName}>`;
}

const { document } = parseHTML('<html><body></body></html>') as unknown as { document: Document };

function svg(inner: string, attrs = ''): Element {
  const box = document.createElement('div');
  box.innerHTML = `<svg viewBox="0 0 10 10" ${attrs}>${inner}</svg>`;
  return box.firstElementChild!;
}

const MAP = `<path data-key="RU" d="${'M1,1L2,2'.repeat(200)}" fill="#111"></path>`;
const steps = [
  svg(
    `<title>One</title><g class="map">${MAP}</g><g class="marks"><circle data-key="a" cx="1"></circle></g>`,
  ),
  svg(
    `<title>Two</title><g class="map">${MAP}</g><g class="marks"><circle data-key="a" cx="2"></circle><circle data-key="b" cx="3"></circle></g>`,
    'data-year="2"',
  ),
  svg(
    `<title>Two</title><g class="map">${MAP.replace('#111', '#222')}</g><g class="marks"><circle data-key="b" cx="3"></circle></g>`,
  ),
];

describe('drawingDiff', () => {
  it('decodes every step back to its drawing, through XML as the browser reads it', () => {
    const encoded = encodeSteps(steps[0]!, steps);
    const root = svg('');
    root.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
    root.replaceChildren(...encoded);
    const xml = new DOMParser().parseFromString(root.outerHTML, 'image/svg+xml').toString();
    const parsed = new DOMParser().parseFromString(xml, 'image/svg+xml') as unknown as Document;
    let prev = steps[0]!;
    [...parsed.documentElement.children].forEach((enc, i) => {
      const out = decodeDrawing(prev, enc, document);
      expect(canonical(out)).toBe(canonical(steps[i]!));
      prev = out;
    });
  });

  it('writes what did not change as a reference, and only that', () => {
    const [first, second, third] = encodeSteps(steps[0]!, steps).map((e) => e.outerHTML);
    // The first step is the page's drawing: nothing but references.
    expect(first).not.toContain('<circle');
    expect(first).not.toContain('M1,1');
    // The map did not change, the marks did.
    expect(second).toContain('<same i="1"');
    expect(second).toContain('cx="2"');
    expect(second).not.toContain('M1,1');
    // A changed colour ships the element again, but an unchanged mark is a reference by key.
    expect(third).toContain('#222');
    expect(third).toContain('<same k="b"');
  });
});
