/**
 * renderTimeline: a complete, deterministic SVG for a state, drawn with plain DOM calls into the
 * `document` it is given (linkedom at build time, the page in the browser). Colours come from
 * classes (timeline.css); every element that can move between states has a `data-key`.
 */
import type { RenderOptions } from '../types';
import type { TimelineData, TimelineEvent } from './data';
import { describeTimeline, svgTitle } from './describe';
import type { LabelLayout } from './geometry';
import { layoutTimeline, type TimelineLayout } from './layout';
import { eventsById } from './scales';
import type { TimelineState } from './constants';
import { formatDate, formatRange } from '../shared/format';
import { CHART_FONT } from '../shared/text';
import { categoryLabel } from './legend';
import { countryIn } from './data';
import { chartText, LANGUAGE_TAGS, type Locale } from '../shared/i18n';

const SVG_NS = 'http://www.w3.org/2000/svg';

type Attrs = Record<string, string | number>;

/** Appends an SVG element with these attributes, in this order (and text), to `parent`. */
function add(parent: Element, tag: string, attrs: Attrs, text?: string): Element {
  const el = parent.ownerDocument.createElementNS(SVG_NS, tag);
  for (const k in attrs) el.setAttribute(k, String(attrs[k]));
  if (text !== undefined) el.textContent = text;
  parent.appendChild(el);
  return el;
}

/** Accessible name of a mark: "4 May 2017, Russia: WeChat blocked (block)". */
export function markLabel(ev: TimelineEvent, data: TimelineData, locale: Locale = 'en'): string {
  return chartText(locale, 'charts.tl.markLabel', {
    date: formatDate(ev.date, ev.precision, locale),
    country: countryIn(data, ev.country, locale),
    title: ev.title,
    category: categoryLabel(ev.category, locale).toLocaleLowerCase(LANGUAGE_TAGS[locale]),
  });
}

function clusterLabel(n: number, from: string, to: string, lane: string, locale: Locale): string {
  return chartText(locale, 'charts.tl.clusterLabel', {
    count: n,
    lane,
    range: formatRange(from, to, locale),
  });
}

/** ids inside the SVG: unique per figure and per layout, so both variants can share a page. */
export function idBase(opts: Pick<RenderOptions, 'idPrefix' | 'layout'>): string {
  return `${opts.idPrefix ?? 'tl'}-${opts.layout === 'narrow' ? 'n' : 'w'}`;
}

/** Draws the timeline for `state` as a new <svg> owned by `opts.document`. */
export function renderTimeline(data: TimelineData, state: TimelineState, opts: RenderOptions): SVGSVGElement {
  const lay = layoutTimeline(data, state, {
    width: opts.width,
    height: opts.height,
    layout: opts.layout ?? 'wide',
    fit: opts.fit ?? false,
    locale: opts.locale ?? 'en',
  });
  return renderLayout(data, state, lay, opts);
}

/** Draws a layout already computed (the client reuses it for transitions). */
export function renderLayout(
  data: TimelineData,
  state: TimelineState,
  lay: TimelineLayout,
  opts: RenderOptions,
): SVGSVGElement {
  const doc = opts.document;
  const base = idBase(opts);
  const svg = doc.createElementNS(SVG_NS, 'svg') as SVGSVGElement;
  const byId = eventsById(data);
  svg.setAttributeNS('http://www.w3.org/2000/xmlns/', 'xmlns', SVG_NS);
  const root: Attrs = {
    class: `tl tl--${lay.layout}`,
    viewBox: `0 0 ${lay.width} ${lay.height}`,
    width: lay.width,
    height: lay.height,
    role: 'group',
    // Arrow keys move between marks in drawing order (src/charts/roving.ts).
    'data-roving': 'dom',
    'aria-describedby': `${base}-desc`,
    'data-layout': lay.layout,
    'data-focus': lay.state.focus.join(','),
    'data-range': lay.range.join(','),
    'font-family': CHART_FONT,
  };
  const locale = opts.locale ?? 'en';
  if (locale !== 'en') root.lang = LANGUAGE_TAGS[locale];
  for (const k in root) svg.setAttribute(k, String(root[k]));
  add(svg, 'title', { id: `${base}-title` }, svgTitle(data, state, locale));
  add(svg, 'desc', { id: `${base}-desc` }, describeTimeline(data, state, locale));

  const layer = (name: string, hidden = true) =>
    add(svg, 'g', hidden ? { class: `tl-${name}`, 'aria-hidden': 'true' } : { class: `tl-${name}` });

  // Legend
  const legend = layer('legend');
  for (const it of lay.legend) {
    const g = add(legend, 'g', {
      class: 'tl-legend-item',
      'data-key': it.key,
      transform: `translate(${it.x},${it.y})`,
    });
    if (it.kind === 'span-blocked' || it.kind === 'span-throttled')
      add(g, 'path', { class: `tl-span-bar tl-span--${it.kind.slice(5)}`, d: it.d });
    else if (it.kind === 'whisker') {
      // A month-precision mark: the line spans the month, the mark sits in its middle.
      add(g, 'path', { class: 'tl-whisker tl-cat-other', d: it.d });
      add(g, 'circle', { class: 'tl-shape tl-cat-other', r: 3 });
    } else if (it.kind === 'cluster') {
      add(g, 'path', { class: 'tl-cluster-dot', d: it.d });
      add(g, 'text', { class: 'tl-cluster-count', y: 4.2, 'text-anchor': 'middle' }, '3');
    } else {
      const cls = it.kind === 'dim' ? 'tl-dim' : `tl-cat-${it.kind}`;
      add(g, 'path', { class: `tl-shape ${cls}`, d: it.d });
      if (it.d2) add(g, 'path', { class: `tl-half ${cls}`, d: it.d2 });
    }
    add(g, 'text', { class: 'tl-legend-text', x: it.tx ?? 14, y: 4.5 }, it.label);
  }

  // Grid and axis
  const wide = lay.layout === 'wide';
  const grid = layer('grid');
  const axis = layer('axis');
  if (wide)
    add(axis, 'line', {
      class: 'tl-axis-line',
      'data-key': 'axis-line',
      x1: lay.axis[0],
      y1: lay.axis[1],
      x2: lay.axis[2],
      y2: lay.axis[3],
    });
  for (const t of lay.ticks) {
    const at = wide ? `translate(${t.x1},0)` : `translate(0,${t.y1})`;
    add(grid, 'path', {
      class: 'tl-gridline',
      'data-key': t.key,
      transform: at,
      d: pieces(t.segments, wide, 0),
    });
    const g = add(axis, 'g', { class: 'tl-tick', 'data-key': t.key, transform: at });
    const rel = (v: number, origin: number) => Math.round((v - origin) * 10) / 10;
    add(
      g,
      'text',
      {
        class: 'tl-tick-label',
        x: wide ? 0 : t.tx,
        y: wide ? t.ty : rel(t.ty, t.y1),
        'text-anchor': t.anchor,
      },
      t.label,
    );
    if (t.sub)
      add(
        g,
        'text',
        {
          class: 'tl-tick-sub',
          x: wide ? 0 : t.subX,
          y: wide ? t.subY : rel(t.subY, t.y1),
          'text-anchor': t.anchor,
        },
        t.sub,
      );
  }

  // Lanes
  const lanes = layer('lanes');
  for (const l of lay.lanes) {
    const g = add(lanes, 'g', { class: 'tl-lane', 'data-key': l.key });
    if (l.rule) add(g, 'path', { class: 'tl-lane-rule', d: pieces(l.ruleSegments ?? [], false, l.rule[1]) });
    const vertical = l.line[0] === l.line[2];
    add(g, 'path', {
      class: 'tl-track',
      d: pieces(l.lineSegments, vertical, vertical ? l.line[0] : l.line[1]),
    });
    add(g, 'text', { class: 'tl-lane-label', x: l.tx, y: l.ty, 'text-anchor': l.anchor }, l.label);
  }

  // Spans
  const spans = layer('spans');
  for (const s of lay.spans) {
    const g = add(spans, 'g', {
      class: `tl-span tl-span--${s.status}${s.emph === 'dim' ? ' is-dim' : ''}`,
      'data-key': s.key,
      opacity: 1,
    });
    add(g, 'line', { class: 'tl-span-bar', x1: s.x1, y1: s.y1, x2: s.x2, y2: s.y2 });
    if (s.text)
      add(
        g,
        'text',
        { class: 'tl-span-text', x: s.text.x, y: s.text.y, 'text-anchor': s.text.anchor },
        s.text.value,
      );
  }

  // Leaders (under the marks)
  const leaders = layer('leaders');
  for (const l of lay.labels)
    if (l.leader)
      add(leaders, 'path', {
        class: `tl-leader tl-leader--${l.kind}`,
        'data-key': `leader-${l.id}`,
        d: l.leader,
      });

  // Marks and clusters: the focusable layer
  const marks = layer('marks', false);
  let first = true;
  for (const m of lay.marks) {
    const ev = byId.get(m.id)!;
    const g = add(marks, 'g', {
      class: `tl-mark tl-cat-${m.category}${m.emph === 'hl' ? ' is-hl' : m.emph === 'dim' ? ' is-dim' : ''}`,
      'data-key': m.key,
      'data-id': m.id,
      transform: `translate(${m.x},${m.y})`,
      opacity: 1,
      // Dimmed marks open their details on hover or tap but are no keyboard stop.
      ...(m.emph === 'dim' ? {} : { tabindex: first ? 0 : -1 }),
      role: 'button',
      // The details card it opens (src/charts/shared/details.ts).
      'aria-expanded': 'false',
      'aria-label': markLabel(ev, data, locale),
    });
    if (m.emph !== 'dim') first = false;
    if (m.whisker)
      add(g, 'line', {
        class: 'tl-whisker',
        x1: m.whisker[0],
        y1: m.whisker[1],
        x2: m.whisker[2],
        y2: m.whisker[3],
      });
    add(g, 'path', { class: 'tl-shape', d: m.d });
    if (m.d2) add(g, 'path', { class: 'tl-half', d: m.d2 });
    hitTarget(g, m.hit);
  }
  for (const c of lay.clusters) {
    const lane = lay.lanes.find((l) => l.key === `lane-${c.lane}`)?.label ?? '';
    const g = add(marks, 'g', {
      class: `tl-cluster${c.emph === 'dim' ? ' is-dim' : ''}`,
      'data-key': c.key,
      'data-ids': c.ids.join(' '),
      transform: `translate(${c.x},${c.y})`,
      opacity: 1,
      ...(c.emph === 'dim' ? {} : { tabindex: first ? 0 : -1 }),
      role: 'button',
      'aria-expanded': 'false',
      'aria-label': clusterLabel(c.ids.length, c.from, c.to, lane, locale),
    });
    if (c.emph !== 'dim') first = false;
    add(g, 'line', {
      class: 'tl-cluster-extent',
      x1: c.extent[0],
      y1: c.extent[1],
      x2: c.extent[2],
      y2: c.extent[3],
    });
    add(g, 'circle', { class: 'tl-cluster-dot', r: c.r });
    add(g, 'text', { class: 'tl-cluster-count', y: 4.2, 'text-anchor': 'middle' }, String(c.ids.length));
    hitTarget(g, c.hit);
  }

  // Labels and callouts
  const labels = layer('labels');
  for (const l of lay.labels) drawLabel(labels, l);
  return svg;
}

/** An invisible square, `2 × half` wide, that takes taps and clicks for its mark. */
function hitTarget(g: Element, half: number): void {
  add(g, 'rect', { class: 'tl-hit', x: -half, y: -half, width: 2 * half, height: 2 * half });
}

/** Path of a rule drawn in pieces along x (or y when `vertical`), at `at` across it. */
function pieces(segs: [number, number][], vertical: boolean, at: number): string {
  return segs.map(([a, b]) => (vertical ? `M${at},${a}V${b}` : `M${a},${at}H${b}`)).join('') || 'M0,0';
}

function drawLabel(parent: Element, l: LabelLayout): void {
  const first = l.lines[0];
  if (!first) return;
  const g = add(parent, 'g', {
    class: `tl-label tl-label--${l.kind}${l.emph === 'hl' ? ' is-hl' : ''}`,
    'data-key': `label-${l.id}`,
    transform: `translate(${first.x},${first.y})`,
  });
  const text = add(g, 'text', { 'text-anchor': l.anchor });
  for (const line of l.lines)
    add(
      text,
      'tspan',
      {
        class: `tl-label-${line.kind}`,
        x: Math.round((line.x - first.x) * 10) / 10,
        y: Math.round((line.y - first.y) * 10) / 10,
      },
      line.text,
    );
}
