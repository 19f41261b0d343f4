/**
 * Browser half of the timeline: moves an SVG from state to state (updateTimeline) and wires the
 * details card and keyboard (attach). Never imports scrollama, `astro:*` or a global
 * `window`/`document`: it works on the elements it is given and their ownerDocument.
 *
 * updateTimeline draws the new state with the same renderLayout the build uses, then morphs the
 * SVG on the page towards it: elements are matched by `data-key` (event ids for marks), matched
 * ones tween position, size and opacity, new ones fade in from where the old scale would have put
 * them, gone ones fade out towards where the new scale puts them. When the transition ends (or at
 * once with duration 0) the SVG is made identical to a fresh render, element by element, without
 * replacing the element that has keyboard focus.
 */
import { interrupt, tween as tweenTo } from '../tween';
import type { ChartClient, UpdateOptions } from '../types';
import type { TimelineData, TimelineEvent } from './data';
import { CATEGORY_LABEL, eventsById, layoutTimeline } from './layout';
import { renderLayout } from './render';
import { drawnSize, idPrefixOf, syncRoot } from './size';
import type { TimelineState } from './constants';
import { endMs, formatDate, formatRange, startMs } from './time';

/** Longest transition between two states, in ms. */
export const MAX_DURATION = 750;
/** Above this many keyed elements (old and new state together), updates skip the transition (see the benchmark). */
export const MAX_ANIMATED = 800;
const LAYERS = ['legend', 'grid', 'axis', 'lanes', 'spans', 'leaders', 'marks', 'labels'] as const;
const TWEEN = new Set(['transform', 'x', 'y', 'x1', 'y1', 'x2', 'y2', 'd', 'r', 'opacity']);
/** Attributes attach() manages on marks; a morph leaves them until afterUpdate sets them. */
const OWNED = new Set(['tabindex', 'aria-expanded', 'aria-controls', 'class']);
const FOCUSABLE = '.tl-mark, .tl-cluster';

const generation = new WeakMap<SVGSVGElement, number>();

interface Scale {
  t0: number;
  t1: number;
  p0: number;
  p1: number;
}

function scaleOf(svg: Element): Scale | null {
  const focus = svg.getAttribute('data-focus')?.split(',');
  const range = svg.getAttribute('data-range')?.split(',').map(Number);
  if (focus?.length !== 2 || range?.length !== 2) return null;
  return { t0: startMs(focus[0]!), t1: endMs(focus[1]!), p0: range[0]!, p1: range[1]! };
}
const pos = (s: Scale, t: number) => s.p0 + ((t - s.t0) / (s.t1 - s.t0)) * (s.p1 - s.p0);
const time = (s: Scale, p: number) => s.t0 + ((p - s.p0) / (s.p1 - s.p0)) * (s.t1 - s.t0);

const TRANSLATE = /^translate\((-?[\d.]+),(-?[\d.]+)\)$/;

function layerOf(root: Element, name: string): Element | null {
  for (const c of root.children)
    if (c.tagName.toLowerCase() === 'g' && c.classList.contains(`tl-${name}`)) return c;
  return null;
}

function keyed(layer: Element): Map<string, Element> {
  const m = new Map<string, Element>();
  for (const c of [...layer.children]) {
    const k = c.getAttribute('data-key');
    if (k && !c.classList.contains('tl-exiting')) m.set(k, c);
    else c.remove();
  }
  return m;
}

/** Where an element would sit on another time scale, along the time axis; null when it does not move with time. */
function shifted(
  el: Element,
  from: Scale,
  to: Scale,
  axis: 'x' | 'y',
): { transform?: string; lines?: [string, string][] } | null {
  const tr = el.getAttribute('transform')?.match(TRANSLATE);
  if (tr) {
    let x = Number(tr[1]);
    let y = Number(tr[2]);
    if (axis === 'x') x = pos(to, time(from, x));
    else y = pos(to, time(from, y));
    return { transform: `translate(${Math.round(x * 10) / 10},${Math.round(y * 10) / 10})` };
  }
  if (el.classList.contains('tl-span')) {
    const line = el.querySelector('line');
    if (!line) return null;
    const [a, b] = axis === 'x' ? ['x1', 'x2'] : ['y1', 'y2'];
    return {
      lines: [a!, b!].map(
        (k) =>
          [k, String(Math.round(pos(to, time(from, Number(line.getAttribute(k)))) * 10) / 10)] as [
            string,
            string,
          ],
      ),
    };
  }
  return null;
}

/** Gives `o` exactly the attributes of `n`, in the same order (unless `o` holds focus). */
function syncAttributes(o: Element, n: Element): void {
  const names = (el: Element) => [...el.attributes].map((a) => a.name).join(' ');
  const focused = o.ownerDocument.activeElement === o;
  if (!focused && names(o) !== names(n)) for (const a of [...o.attributes]) o.removeAttribute(a.name);
  for (const a of [...o.attributes]) if (!n.hasAttribute(a.name)) o.removeAttribute(a.name);
  for (const a of [...n.attributes]) if (o.getAttribute(a.name) !== a.value) o.setAttribute(a.name, a.value);
}

/** Puts `order` into `layer` in that order, never moving the element that holds focus. */
function reorder(layer: Element, order: Element[], focused: Element | null): void {
  const current = [...layer.children];
  if (current.length === order.length && current.every((c, i) => c === order[i])) return;
  const fixed = focused ? order.find((el) => el === focused || el.contains(focused)) : undefined;
  if (!fixed) {
    layer.append(...order);
    return;
  }
  const i = order.indexOf(fixed);
  for (let k = 0; k < i; k++) layer.insertBefore(order[k]!, fixed);
  let ref: Element = fixed;
  for (let k = i + 1; k < order.length; k++) {
    ref.after(order[k]!);
    ref = order[k]!;
  }
}

/** Makes `layer` identical to `next` (a freshly rendered layer), keeping matched elements. */
function settle(layer: Element, next: Element, focused: Element | null): void {
  const old = keyed(layer);
  const order: Element[] = [];
  for (const n of [...next.children]) {
    const k = n.getAttribute('data-key');
    const o = k ? old.get(k) : undefined;
    if (o && o.tagName === n.tagName) {
      old.delete(k!);
      syncAttributes(o, n);
      o.replaceChildren(...n.childNodes);
      order.push(o);
    } else order.push(n);
  }
  for (const o of old.values()) o.remove();
  reorder(layer, order, focused);
}

/** Starts tweens from `o` to `n`, recursively when both have the same children. */
function tween(o: Element, n: Element, duration: number): void {
  const moves: [string, string][] = [];
  for (const a of [...n.attributes]) {
    const now = o.getAttribute(a.name);
    if (now === a.value) continue;
    if (OWNED.has(a.name) && o.matches(FOCUSABLE)) {
      if (a.name === 'class') o.setAttribute('class', keepActive(o, a.value));
      continue;
    }
    if (TWEEN.has(a.name) && now !== null) moves.push([a.name, a.value]);
    else o.setAttribute(a.name, a.value);
  }
  if (o.hasAttribute('opacity') && !n.hasAttribute('opacity') && o.getAttribute('opacity') !== '1')
    moves.push(['opacity', '1']);
  // Only elements that change get a transition (thousands of still marks cost nothing).
  if (moves.length) tweenTo(o, { attr: Object.fromEntries(moves) }, duration);
  const oc = o.children;
  const nc = n.children;
  let same = oc.length === nc.length;
  for (let i = 0; same && i < oc.length; i++) same = oc[i]!.tagName === nc[i]!.tagName;
  if (same) {
    for (let i = 0; i < oc.length; i++) {
      const c = oc[i]!;
      const m = nc[i]!;
      if (m.children.length === 0 && c.textContent !== m.textContent) c.textContent = m.textContent;
      tween(c, m, duration);
    }
  } else if (nc.length === 0) {
    if (o.textContent !== n.textContent) o.textContent = n.textContent;
  } else o.replaceChildren(...[...nc].map((c) => c.cloneNode(true)));
}

function keepActive(o: Element, cls: string): string {
  return o.classList.contains('is-active') ? `${cls} is-active` : cls;
}

function reducedMotion(svg: SVGSVGElement): boolean {
  const win = svg.ownerDocument.defaultView;
  return Boolean(win?.matchMedia?.('(prefers-reduced-motion: reduce)').matches);
}

const lastDrawn = new WeakMap<
  SVGSVGElement,
  { state: TimelineState; data: TimelineData; opts: UpdateOptions }
>();

/**
 * Moves `svg` to `state`. Transitions last `opts.duration` ms (at most 750); 0, or reduced motion,
 * changes the state at once. Marks are keyed by event id, so the same event glides to its new
 * place and nothing unrelated moves. Afterwards the SVG equals renderTimeline's output.
 */
export function updateTimeline(
  svg: SVGSVGElement,
  data: TimelineData,
  state: TimelineState,
  opts: UpdateOptions,
): void {
  const doc = svg.ownerDocument;
  // States come validated: from the build (data-state) or from an embed's query (query.ts).
  const st: TimelineState = state ?? {};
  const layout = opts.layout;
  const { width, height, fit } = drawnSize(svg, opts);
  lastDrawn.set(svg, { state: st, data, opts: { ...opts } });
  const lay = layoutTimeline(data, st, { width, height, layout, fit });
  const next = renderLayout(data, st, lay, {
    document: doc,
    width,
    height,
    layout,
    idPrefix: idPrefixOf(svg),
  });

  const gen = (generation.get(svg) ?? 0) + 1;
  generation.set(svg, gen);
  interrupt(svg, true);
  svg.removeAttribute('data-t');

  const from = scaleOf(svg);
  const to = scaleOf(next)!;
  const sameLayout = svg.getAttribute('data-layout') === layout;
  const duration = Math.max(0, Math.min(MAX_DURATION, opts.duration || 0));
  // Hundreds of moving elements at once (thousands of events in view) would stutter: change at once.
  const crowded =
    next.querySelectorAll('[data-key]').length + svg.querySelectorAll('[data-key]').length > MAX_ANIMATED;
  const animate =
    duration > 0 && sameLayout && from !== null && !crowded && !reducedMotion(svg) && svg.isConnected;

  // The root: keep attributes the page added (aria-label, role from the figure), take the rest.
  syncRoot(svg, next, layout);
  for (const tag of ['title', 'desc']) {
    const o = svg.querySelector(`:scope > ${tag}`);
    const n = next.querySelector(`:scope > ${tag}`);
    if (o && n) {
      o.textContent = n.textContent;
      syncAttributes(o, n);
    } else if (n) svg.prepend(n);
  }

  const pairs = LAYERS.map((name) => {
    let layer = layerOf(svg, name);
    const nextLayer = layerOf(next, name)!;
    if (!layer) {
      layer = nextLayer.cloneNode(false) as Element;
      svg.append(layer);
    }
    return { layer, nextLayer };
  });

  const hadFocus = Boolean(doc.activeElement && svg.contains(doc.activeElement));
  const finish = () => {
    if (generation.get(svg) !== gen) return;
    const focused = doc.activeElement && svg.contains(doc.activeElement) ? doc.activeElement : null;
    for (const { layer, nextLayer } of pairs) settle(layer, nextLayer, focused);
    afterUpdate(svg);
    // The focused mark left the view: keep focus in the chart, on the mark that takes Tab.
    if (hadFocus && !(doc.activeElement && svg.contains(doc.activeElement)))
      focusables(svg)
        .find((m) => m.getAttribute('tabindex') === '0')
        ?.focus();
  };

  if (!animate) {
    finish();
    return;
  }

  const axis = layout === 'wide' ? 'x' : 'y';
  for (const { layer, nextLayer } of pairs) {
    const old = keyed(layer);
    for (const n of nextLayer.children) {
      const k = n.getAttribute('data-key');
      const o = k ? old.get(k) : undefined;
      if (o && o.tagName === n.tagName) {
        old.delete(k!);
        tween(o, n, duration);
        continue;
      }
      // Enter: a copy of the new element starts where the old scale would have drawn it.
      const copy = n.cloneNode(true) as Element;
      const start = shifted(n, to, from!, axis);
      if (start?.transform) copy.setAttribute('transform', start.transform);
      if (start?.lines) for (const [a, v] of start.lines) copy.querySelector('line')?.setAttribute(a, v);
      copy.setAttribute('opacity', '0');
      layer.append(copy);
      tween(copy, n, duration);
    }
    // Exit: what is left fades out on its way to where the new scale puts it.
    for (const o of old.values()) {
      o.classList.add('tl-exiting');
      o.removeAttribute('tabindex');
      const end = shifted(o, from!, to, axis);
      tweenTo(
        o,
        { attr: end?.transform ? { opacity: 0, transform: end.transform } : { opacity: 0 } },
        duration,
      );
      const line = end?.lines && o.querySelector('line');
      if (line) tweenTo(line, { attr: Object.fromEntries(end.lines!) }, duration);
    }
  }
  // One timer for the whole figure: when it ends (and no newer update started), settle.
  // data-t="1" marks a transition in progress (tests and the benchmark wait for it to go).
  svg.setAttribute('data-t', '1');
  tweenTo(svg, {}, duration, () => {
    if (generation.get(svg) !== gen) return;
    svg.removeAttribute('data-t');
    finish();
  });
}

// ---------------------------------------------------------------------------------------------
// Details card, roving focus

interface Wiring {
  figure: HTMLElement;
  data: TimelineData;
  card: HTMLElement;
  /** Key of the mark that takes Tab focus in each SVG. */
  roving: WeakMap<SVGSVGElement, string>;
  open: SVGGElement | null;
  pinned: boolean;
  closeTimer: number | undefined;
}

const wired = new WeakMap<SVGSVGElement, Wiring>();
let cardCount = 0;

/** After an update: one focusable mark per SVG (the roving one), and the card follows its mark. */
function afterUpdate(svg: SVGSVGElement): void {
  const w = wired.get(svg);
  if (!w) return;
  applyRoving(w, svg);
  if (w.open && w.open.ownerSVGElement === svg) {
    const key = w.open.getAttribute('data-key');
    const again = focusables(svg).find((m) => m.getAttribute('data-key') === key);
    if (again) {
      w.open = again;
      again.classList.add('is-active');
      again.setAttribute('aria-expanded', 'true');
      again.setAttribute('aria-controls', w.card.id);
      place(w, again);
    } else closeCard(w, false);
  }
}

/** A mark the state de-emphasises (drawn grey, `is-dim`): not a Tab or arrow-key stop. */
function dimmed(el: Element): boolean {
  return el.classList.contains('is-dim');
}

/** The marks the keyboard walks: the ones on show, not leaving and not dimmed. */
function focusables(svg: SVGSVGElement): SVGGElement[] {
  return [...svg.querySelectorAll<SVGGElement>(FOCUSABLE)].filter(
    (el) => !el.classList.contains('tl-exiting') && !dimmed(el),
  );
}

function applyRoving(w: Wiring, svg: SVGSVGElement): void {
  // Dimmed marks still open their card on hover or tap, but take no focus.
  for (const m of svg.querySelectorAll(FOCUSABLE)) if (dimmed(m)) m.removeAttribute('tabindex');
  const marks = focusables(svg);
  const want = w.roving.get(svg);
  const current = marks.find((m) => m.getAttribute('data-key') === want) ?? marks[0];
  for (const m of marks) {
    m.setAttribute('tabindex', m === current ? '0' : '-1');
    m.setAttribute('aria-expanded', String(m === w.open));
    if (m !== w.open) m.classList.remove('is-active');
  }
}

function text(doc: Document, tag: string, cls: string, value: string): HTMLElement {
  const el = doc.createElement(tag);
  el.className = cls;
  el.textContent = value;
  return el;
}

function fillCard(w: Wiring, target: Element): void {
  const doc = w.card.ownerDocument;
  const { data } = w;
  const byId = eventsById(data);
  const close = doc.createElement('button');
  close.type = 'button';
  close.className = 'tl-card-close';
  close.setAttribute('aria-label', 'Close details');
  close.textContent = '×';
  close.addEventListener('click', () => closeCard(w, true));
  const parts: Node[] = [close];
  if (target.classList.contains('tl-cluster')) {
    const ids = (target.getAttribute('data-ids') ?? '').split(' ');
    const events = ids.map((id) => byId.get(id)).filter((e): e is TimelineEvent => e !== undefined);
    const first = events[0];
    const last = events[events.length - 1];
    const country = first ? (data.names.countries[first.country] ?? first.country) : '';
    parts.push(
      text(
        doc,
        'p',
        'tl-card-meta',
        `${country}${first && last ? ` · ${formatRange(first.date, last.date)}` : ''}`,
      ),
    );
    parts.push(text(doc, 'p', 'tl-card-title', `${events.length} events`));
    const list = doc.createElement('ul');
    list.className = 'tl-card-list';
    for (const e of events.slice(0, 8))
      list.append(text(doc, 'li', '', `${formatDate(e.date, e.precision)}: ${e.title}`));
    if (events.length > 8) list.append(text(doc, 'li', '', `and ${events.length - 8} more`));
    parts.push(list);
    parts.push(
      text(doc, 'p', 'tl-card-note', 'Zoom in on these dates, or open the table of events, to see each one.'),
    );
  } else {
    const e = byId.get(target.getAttribute('data-id') ?? '');
    if (!e) return;
    const country = data.names.countries[e.country] ?? e.country;
    parts.push(
      text(
        doc,
        'p',
        'tl-card-meta',
        `${formatDate(e.date, e.precision)} · ${country} · ${CATEGORY_LABEL[e.category]}`,
      ),
    );
    parts.push(text(doc, 'p', 'tl-card-title', e.title));
    parts.push(text(doc, 'p', 'tl-card-summary', e.summary));
    if (e.dateNote) parts.push(text(doc, 'p', 'tl-card-note', `Date: ${e.dateNote}`));
    if (e.confidence === 'likely')
      parts.push(text(doc, 'p', 'tl-card-note', 'Widely reported, but not found in a stored source.'));
    const list = doc.createElement('ul');
    list.className = 'tl-card-sources';
    list.setAttribute('aria-label', 'Sources');
    for (const s of e.sources) {
      if (!/^https?:\/\//i.test(s.url)) continue;
      const li = doc.createElement('li');
      const a = doc.createElement('a');
      a.href = s.url;
      a.rel = 'noopener noreferrer';
      a.textContent = s.publisher;
      li.append(a);
      list.append(li);
    }
    parts.push(list);
  }
  w.card.replaceChildren(...parts);
}

/** Positions the card under (or above) its mark, inside the card's positioned ancestor. */
function place(w: Wiring, target: Element): void {
  const card = w.card;
  const host = (card.offsetParent as HTMLElement | null) ?? card.ownerDocument.body;
  const hr = host.getBoundingClientRect();
  const mr = target.getBoundingClientRect();
  const cw = card.offsetWidth;
  const ch = card.offsetHeight;
  const viewH = card.ownerDocument.defaultView?.innerHeight ?? 800;
  let left = mr.left + mr.width / 2 - hr.left - cw / 2;
  left = Math.max(4, Math.min(left, hr.width - cw - 4));
  const below = mr.bottom + 10 + ch <= viewH;
  const top = below ? mr.bottom - hr.top + 10 : mr.top - hr.top - ch - 10;
  card.style.left = `${Math.round(left)}px`;
  card.style.top = `${Math.round(top)}px`;
}

function openCard(w: Wiring, target: SVGGElement, pinned: boolean): void {
  const win = w.figure.ownerDocument.defaultView;
  if (w.closeTimer !== undefined) win?.clearTimeout(w.closeTimer);
  w.closeTimer = undefined;
  if (w.open === target) {
    w.pinned ||= pinned;
    return;
  }
  if (w.open) {
    w.open.classList.remove('is-active');
    w.open.setAttribute('aria-expanded', 'false');
  }
  w.open = target;
  w.pinned = pinned;
  const svg = target.ownerSVGElement;
  if (svg && w.card.previousElementSibling !== svg) svg.after(w.card);
  fillCard(w, target);
  target.classList.add('is-active');
  target.setAttribute('aria-expanded', 'true');
  target.setAttribute('aria-controls', w.card.id);
  w.card.hidden = false;
  place(w, target);
}

function closeCard(w: Wiring, refocus: boolean): void {
  const was = w.open;
  w.open = null;
  w.pinned = false;
  w.card.hidden = true;
  if (was) {
    was.classList.remove('is-active');
    was.setAttribute('aria-expanded', 'false');
    if (refocus && was.isConnected) was.focus();
  }
}

function scheduleClose(w: Wiring): void {
  const win = w.figure.ownerDocument.defaultView;
  if (!win || w.pinned) return;
  if (w.closeTimer !== undefined) win.clearTimeout(w.closeTimer);
  w.closeTimer = win.setTimeout(() => {
    w.closeTimer = undefined;
    if (!w.card.matches(':hover') && !w.card.contains(w.card.ownerDocument.activeElement))
      closeCard(w, false);
  }, 300);
}

/**
 * Wires every timeline SVG in `figure` once: marks become a roving-tabindex group (arrow keys,
 * Home, End), and hovering, focusing or tapping a mark opens a card with its title, date, summary
 * and sources (Escape or × closes it). The card is built with textContent only.
 */
export function attachTimeline(figure: HTMLElement, data: TimelineData): void {
  const doc = figure.ownerDocument;
  const svgs = [...figure.querySelectorAll<SVGSVGElement>('svg.tl')];
  if (!svgs.length || svgs.every((s) => wired.has(s))) return;
  const card = doc.createElement('div');
  card.className = 'tl-card';
  card.id = `tl-card-${++cardCount}`;
  card.hidden = true;
  card.setAttribute('role', 'group');
  card.setAttribute('aria-label', 'Event details');
  const w: Wiring = {
    figure,
    data,
    card,
    roving: new WeakMap(),
    open: null,
    pinned: false,
    closeTimer: undefined,
  };
  for (const svg of svgs) {
    wired.set(svg, w);
    // An interactive chart: a group of buttons, not a single image.
    svg.setAttribute('role', 'group');
    svg.removeAttribute('focusable');
    applyRoving(w, svg);
  }
  svgs[0]!.after(card);

  // Re-draw a variant at its width on screen when that changes (no transition).
  const RO = doc.defaultView?.ResizeObserver;
  if (RO) {
    const ro = new RO((entries) => {
      for (const entry of entries) {
        const svg = entry.target as SVGSVGElement;
        const width = Math.round(entry.contentRect.width);
        const height = Math.round(entry.contentRect.height);
        const box = svg.viewBox.baseVal;
        if (!width || (Math.abs(box.width - width) < 2 && Math.abs(box.height - height) < 2)) continue;
        const last = lastDrawn.get(svg);
        if (last) updateTimeline(svg, last.data, last.state, { ...last.opts, duration: 0 });
      }
    });
    for (const svg of svgs) ro.observe(svg);
  }

  const markOf = (t: EventTarget | null) => (t instanceof Element ? t.closest<SVGGElement>(FOCUSABLE) : null);

  figure.addEventListener('focusin', (e) => {
    const m = markOf(e.target);
    const svg = m?.ownerSVGElement;
    if (!m || !svg || !wired.has(svg)) return;
    w.roving.set(svg, m.getAttribute('data-key') ?? '');
    applyRoving(w, svg);
    openCard(w, m, false);
  });
  figure.addEventListener('focusout', (e) => {
    const to = e.relatedTarget as Node | null;
    if (to && (card.contains(to) || markOf(to))) return;
    if (!w.pinned || (to && !figure.contains(to))) closeCard(w, false);
  });
  figure.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && w.open) {
      e.preventDefault();
      e.stopPropagation();
      closeCard(w, card.contains(doc.activeElement));
      return;
    }
    const m = markOf(e.target);
    const svg = m?.ownerSVGElement;
    if (!m || !svg || e.altKey || e.ctrlKey || e.metaKey) return;
    const marks = focusables(svg);
    const i = marks.indexOf(m);
    let target: SVGGElement | undefined;
    if (e.key === 'ArrowRight' || e.key === 'ArrowDown') target = marks[Math.min(marks.length - 1, i + 1)];
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') target = marks[Math.max(0, i - 1)];
    else if (e.key === 'Home') target = marks[0];
    else if (e.key === 'End') target = marks[marks.length - 1];
    else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      if (w.open === m) closeCard(w, false);
      else openCard(w, m, true);
      return;
    } else return;
    e.preventDefault();
    e.stopPropagation(); // arrow keys inside the chart move between marks, not steps
    if (target && target !== m) target.focus();
  });
  figure.addEventListener('pointerover', (e) => {
    if (e.pointerType !== 'mouse') return;
    const m = markOf(e.target);
    if (m) openCard(w, m, false);
    else if (card.contains(e.target as Node) && w.closeTimer !== undefined) {
      doc.defaultView?.clearTimeout(w.closeTimer);
      w.closeTimer = undefined;
    }
  });
  figure.addEventListener('pointerout', (e) => {
    if (e.pointerType !== 'mouse' || !w.open) return;
    const to = e.relatedTarget as Node | null;
    if (to && (card.contains(to) || markOf(to) === w.open)) return;
    scheduleClose(w);
  });
  figure.addEventListener('click', (e) => {
    const m = markOf(e.target);
    if (!m) return;
    if (w.open === m && w.pinned) closeCard(w, false);
    else openCard(w, m, true);
  });
  doc.addEventListener('click', (e) => {
    if (!w.open) return;
    const t = e.target as Node;
    if (card.contains(t) || markOf(t)) return;
    closeCard(w, false);
  });
}

/** The timeline's browser half for the scroll engine and embeds. */
export const timelineClient: ChartClient<TimelineState, TimelineData> = {
  update: updateTimeline,
  attach: attachTimeline,
};

export default timelineClient;
