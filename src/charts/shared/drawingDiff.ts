/**
 * A scrolly section's drawings, one per step, written as differences from the step before: an
 * element the previous drawing already has, unchanged (by `data-key` within its parent, else at the
 * same place), is written as `<same k="key"/>` or `<same i="index"/>`; an element that changed is
 * written with its own attributes and text and the same rule for its children; a new element is
 * written whole. The first step is written against the drawing already in the page.
 *
 * Why: consecutive steps share almost everything (the country-panel maps are 6 kB of path data
 * that never change), and gzip cannot see repeats more than 32 kB back, so a file of whole
 * drawings compresses badly. Measured on the story (wide layout, gzip -9): whole drawings 80 kB,
 * these differences 23 kB (see the comment in src/pages/states/[section]/[variant].svg.ts).
 *
 * `encodeSteps` runs at build time (linkedom), `decodeStep` in the browser; both only use the DOM.
 */

const SAME = 'same';

/** Same element name, whichever document made them (HTML documents may upper-case it). */
const sameTag = (a: Element, b: Element) => a.tagName.toLowerCase() === b.tagName.toLowerCase();

/** The element child of `prev` that `child` (at element index `index` of its parent) continues. */
function counterpart(prev: Element | null, child: Element, index: number): Element | null {
  if (!prev) return null;
  const key = child.getAttribute('data-key');
  if (key !== null) {
    for (const c of prev.children) if (c.getAttribute('data-key') === key && sameTag(c, child)) return c;
    return null;
  }
  const c = prev.children[index];
  return c && sameTag(c, child) && !c.hasAttribute('data-key') ? c : null;
}

/** `cur` written against `prev` (shallow copies; `cur` is left alone). */
export function encodeDrawing(prev: Element | null, cur: Element): Element {
  const doc = cur.ownerDocument;
  const out = cur.cloneNode(false) as Element;
  let index = 0;
  for (const node of cur.childNodes) {
    if (node.nodeType !== 1) {
      out.append(node.cloneNode(true));
      continue;
    }
    const child = node as Element;
    const p = counterpart(prev, child, index++);
    if (!p) out.append(child.cloneNode(true));
    else if (p.outerHTML === child.outerHTML) {
      const same = doc.createElementNS(cur.namespaceURI, SAME);
      const key = child.getAttribute('data-key');
      if (key !== null) same.setAttribute('k', key);
      else same.setAttribute('i', String([...prev!.children].indexOf(p)));
      out.append(same);
    } else out.append(encodeDrawing(p, child));
  }
  return out;
}

/** The drawing `enc` stands for, given the drawing before it; nodes are created in `doc`. */
export function decodeDrawing(prev: Element | null, enc: Element, doc: Document): Element {
  const out = doc.importNode(enc, false) as Element;
  let index = 0;
  for (const node of enc.childNodes) {
    if (node.nodeType !== 1) {
      out.append(doc.importNode(node, true));
      continue;
    }
    const child = node as Element;
    const at = index++;
    if (child.localName.toLowerCase() === SAME) {
      const key = child.getAttribute('k');
      const p =
        key !== null
          ? [...(prev?.children ?? [])].find((c) => c.getAttribute('data-key') === key)
          : prev?.children[Number(child.getAttribute('i'))];
      if (p) out.append(doc.importNode(p, true));
    } else out.append(decodeDrawing(counterpart(prev, child, at), child, doc));
  }
  return out;
}

/** Every step's drawing written against the one before; `base` is the drawing of the page. */
export function encodeSteps(base: Element, steps: Element[]): Element[] {
  return steps.map((s, i) => encodeDrawing(i === 0 ? base : steps[i - 1]!, s));
}
