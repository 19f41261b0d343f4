/**
 * Roving focus for a chart's marks (world map countries, country-panel markers, matrix cells): the
 * whole chart is one Tab stop, the arrow keys move between its marks, Home and End go to the first
 * and last. Without it every mark is a Tab stop (hundreds on the page) and a keyboard reader has to
 * tab through each chart to get past it. The timeline does the same in its own client.
 *
 * A chart opts in at build time with `data-roving` on its <svg>: "dom" (document order), "name"
 * (by accessible name, A to Z) or "grid:<columns>" (Up and Down move by a row). Its marks are the
 * elements in it with a tabindex. The mark that takes Tab is remembered per SVG by key (data-key),
 * so it survives an update that redraws or re-attributes marks: a client calls `applyRoving` at the
 * end of every update. Works on the elements it is given (never a global `document`), so render.ts
 * runs it at build time too and the built page already has one Tab stop per chart.
 */

const current = new WeakMap<Element, string>();
const wired = new WeakSet<Element>();

/**
 * Index of the mark a key moves to from mark `i` of `n`, or null when the key does not move focus.
 * In a grid of `columns`, Up and Down move by a row; every move stops at the edges.
 */
export function rovingTarget(key: string, i: number, n: number, columns = 0): number | null {
  const row = columns > 0 ? columns : 1;
  const to =
    key === 'ArrowRight'
      ? i + 1
      : key === 'ArrowLeft'
        ? i - 1
        : key === 'ArrowDown'
          ? i + row
          : key === 'ArrowUp'
            ? i - row
            : key === 'Home'
              ? 0
              : key === 'End'
                ? n - 1
                : null;
  if (to === null || n <= 0) return null;
  return to < 0 || to >= n ? Math.max(0, Math.min(n - 1, i)) : to;
}

const keyOf = (m: Element) => m.closest('[data-key]')?.getAttribute('data-key') ?? '';

/** The marks of a roving SVG in arrow-key order. */
export function rovingMarks(svg: Element): Element[] {
  const marks = [...svg.querySelectorAll('[tabindex]')];
  if (svg.getAttribute('data-roving') !== 'name') return marks;
  const name = (m: Element) => m.getAttribute('aria-label') ?? '';
  return marks.sort((a, b) => name(a).localeCompare(name(b), 'en'));
}

/** One mark of `svg` takes Tab (the remembered one, else the first); the others take focus from code. */
export function applyRoving(svg: Element): void {
  const marks = rovingMarks(svg);
  const want = current.get(svg);
  const active = marks.find((m) => keyOf(m) === want) ?? marks[0];
  for (const m of marks) {
    const value = m === active ? '0' : '-1';
    if (m.getAttribute('tabindex') !== value) m.setAttribute('tabindex', value);
  }
}

/**
 * Wires the arrow keys and focus tracking of every roving SVG in `figure`, once. Keys that move
 * focus between marks do not reach the scroll engine (which would go to another step).
 */
export function attachRoving(figure: Element): void {
  if (wired.has(figure)) return;
  wired.add(figure);
  const hit = (t: EventTarget | null) => {
    const svg = t instanceof Element ? t.closest('svg[data-roving]') : null;
    return svg && t !== svg ? { svg, mark: (t as Element).closest('[tabindex]')! } : null;
  };
  figure.addEventListener('focusin', (e) => {
    const h = hit(e.target);
    if (!h) return;
    current.set(h.svg, keyOf(h.mark));
    applyRoving(h.svg);
  });
  figure.addEventListener('keydown', (e) => {
    const h = hit(e.target);
    const ev = e as KeyboardEvent;
    if (!h || ev.altKey || ev.ctrlKey || ev.metaKey || ev.shiftKey) return;
    const marks = rovingMarks(h.svg);
    const columns = Number(h.svg.getAttribute('data-roving')?.split(':')[1] ?? 0);
    const to = rovingTarget(ev.key, marks.indexOf(h.mark), marks.length, columns);
    if (to === null) return;
    e.preventDefault();
    e.stopPropagation();
    (marks[to] as SVGElement | undefined)?.focus();
  });
}

/**
 * Runs an update of `svg` without losing keyboard focus: moving or redrawing the focused mark
 * (raising it, replacing a marker) would drop focus to <body>. Afterwards focus goes back to the
 * mark with the same key, or to the mark that takes Tab.
 */
export function keepFocus(svg: SVGSVGElement, update: () => void): void {
  const doc = svg.ownerDocument;
  const before = doc.activeElement;
  const key = before && before !== svg && svg.contains(before) ? keyOf(before) : null;
  update();
  if (key === null || (doc.activeElement && svg.contains(doc.activeElement))) return;
  const marks = rovingMarks(svg);
  const again = marks.find((m) => keyOf(m) === key) ?? marks.find((m) => m.getAttribute('tabindex') === '0');
  (again as SVGElement | undefined)?.focus({ preventScroll: true });
}
