/**
 * The timeline reads at a glance, in every state a reader can reach: every step of every chapter
 * that uses the timeline, and the embed's default state, in each layout at the sizes it is drawn at:
 *
 * - wide 960 (the build), wide 856 (the story's figure column on a 1280 × 800 laptop, where the
 *   client lays it out again at its width), wide 600 (the embed's middle drawing);
 * - narrow 360 × 300 (the build), narrow 351 × 300 and 296 × 275 (the sticky figure on 375 × 667
 *   and 320 × 640 phones, laid out to fit its box).
 *
 * Checked on the layout's output (no DOM), with the text measurement the chart itself uses
 * (src/charts/shared/text.ts: Arial/Liberation Sans advance widths, +4 %). Because that is an
 * approximation of the browser's text, each text box gets a safety margin: 1.5 px more on each
 * side, an ascent of 0.78 em and a descent of 0.24 em (Arial's are 0.72 and 0.21).
 *
 * 1. No two texts overlap (labels, callouts, period texts, lane names, axis ticks, legend).
 * 2. No text crosses a rule (grid line, lane track, lane separator, axis line, period bar).
 * 3. No text crosses the figure's edge.
 * 4. Every focusable mark and cluster has a hit target of at least 24 × 24 px, and no two hit
 *    targets overlap (each keeps its whole 24 × 24).
 * 5. WeChat's block and unblock are labelled in every overview state.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { timeline } from '../../src/charts/timeline/index';
import { FONT } from '../../src/charts/timeline/geometry';
import { layoutTimeline, type TimelineLayout } from '../../src/charts/timeline/layout';
import type { TimelineState } from '../../src/charts/timeline/state';
import { textWidth } from '../../src/charts/shared/text';
import { realData } from '../fixtures/timeline-data';
import type { TimelineData } from '../../src/charts/timeline/data';
import { checkContent } from '../../src/lib/content/loadContent';
import { localizedDataset } from '../../src/lib/i18n/localizedRecord';
import { LOCALES } from '../../src/lib/i18n/locales';

const english = realData();
const { dataset } = checkContent(new URL('../..', import.meta.url).pathname);
/** The timeline's data in each edition: its events' text in that language. */
const DATA = Object.fromEntries(
  LOCALES.map((l) => [l, l === 'en' ? english : timeline.select(localizedDataset(dataset!, l))]),
) as Record<(typeof LOCALES)[number], TimelineData>;
const data = english;
const MARGIN = 1.5;
const ASCENT = 0.78;
const DESCENT = 0.24;
/** Smallest hit target (WCAG 2.5.8), in px = layout units (the client lays out at screen px). */
const TARGET = 24;

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  what: string;
}

/** Every timeline state of the story, with the step that declares it, and the embed default. */
function storyStates(): { name: string; state: TimelineState }[] {
  const dir = new URL('../../content/chapters/', import.meta.url);
  const out: { name: string; state: TimelineState }[] = [
    { name: 'embed default', state: timeline.defaultState },
  ];
  for (const f of readdirSync(dir).sort()) {
    const text = readFileSync(new URL(f, dir), 'utf8');
    for (const section of text.split('<Scrolly').slice(1)) {
      if (!section.startsWith(' chart="timeline"')) continue;
      for (const m of section
        .split('</Scrolly>')[0]!
        .matchAll(/<Step id="([^"]+)"[^>]*state=\{(\{.*?\})\}>/g)) {
        const parsed = timeline.parseState(Function(`return (${m[2]})`)() as unknown);
        if (!parsed.ok) throw new Error(`${f}: ${m[1]}: bad state`);
        out.push({ name: `${f.slice(0, 2)} #${m[1]}`, state: parsed.state });
      }
    }
    for (const m of text.matchAll(/<Chart chart="timeline"[^>]*state=\{(\{.*?\})\}/g)) {
      const parsed = timeline.parseState(Function(`return (${m[1]})`)() as unknown);
      if (parsed.ok) out.push({ name: `${f.slice(0, 2)} <Chart>`, state: parsed.state });
    }
  }
  return out;
}

const SIZES: { name: string; size: Parameters<typeof layoutTimeline>[2] }[] = [
  { name: 'wide 960', size: { width: 960, height: 420, layout: 'wide' } },
  { name: 'wide 856 (laptop)', size: { width: 856, height: 374, layout: 'wide' } },
  { name: 'wide 600 (embed)', size: { width: 600, height: 440, layout: 'wide' } },
  { name: 'narrow 360', size: { width: 360, height: 300, layout: 'narrow' } },
  { name: 'narrow 351x300 (375 phone)', size: { width: 351, height: 300, layout: 'narrow', fit: true } },
  { name: 'narrow 296x275 (320 phone)', size: { width: 296, height: 275, layout: 'narrow', fit: true } },
];

function textBox(
  s: string,
  x: number,
  y: number,
  size: number,
  anchor: 'start' | 'middle' | 'end',
  bold: boolean,
  what: string,
): Box {
  const w = textWidth(s, size, bold);
  const x0 = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
  return {
    x0: x0 - MARGIN,
    x1: x0 + w + MARGIN,
    y0: y - size * ASCENT - MARGIN,
    y1: y + size * DESCENT + MARGIN,
    what,
  };
}

/** Every text the layout draws, as boxes; lines of one label are one group (they may touch). */
function texts(lay: TimelineLayout): { group: string; box: Box }[] {
  const out: { group: string; box: Box }[] = [];
  const wide = lay.layout === 'wide';
  for (const l of lay.labels)
    for (const line of l.lines) {
      const size = line.kind === 'title' ? FONT.callout : line.kind === 'date' ? FONT.date : FONT.label;
      // Lines of a flat callout sit side by side, start-anchored; the rest share the label's anchor.
      const anchor = l.lines.length > 1 && l.lines[1]!.y === l.lines[0]!.y ? 'start' : l.anchor;
      out.push({
        group: l.key,
        box: textBox(line.text, line.x, line.y, size, anchor, line.kind === 'title', `label "${line.text}"`),
      });
    }
  for (const s of lay.spans)
    if (s.text)
      out.push({
        group: s.key,
        box: textBox(
          s.text.value,
          s.text.x,
          s.text.y,
          FONT.span,
          s.text.anchor,
          false,
          `period "${s.text.value}"`,
        ),
      });
  for (const l of lay.lanes)
    out.push({
      group: l.key,
      box: textBox(l.label, l.tx, l.ty, wide ? FONT.lane : FONT.label, l.anchor, true, `lane "${l.label}"`),
    });
  for (const t of lay.ticks) {
    const x = wide ? t.tx : t.tx;
    out.push({
      group: t.key,
      box: textBox(t.label, x, t.ty, FONT.axis, t.anchor, false, `tick "${t.label}"`),
    });
    if (t.sub)
      out.push({
        group: t.key,
        box: textBox(t.sub, t.subX, t.subY, FONT.axis, t.anchor, true, `tick "${t.sub}"`),
      });
  }
  for (const it of lay.legend)
    out.push({
      group: it.key,
      box: textBox(
        it.label,
        it.x + (it.tx ?? 14),
        it.y + 4.5,
        FONT.legend,
        'start',
        false,
        `legend "${it.label}"`,
      ),
    });
  return out;
}

/** Rules as thin boxes: grid lines, tracks, lane separators, the axis line, period bars. */
function rules(lay: TimelineLayout): Box[] {
  const out: Box[] = [];
  const seg = (x1: number, y1: number, x2: number, y2: number, half: number, what: string) =>
    out.push({
      x0: Math.min(x1, x2) - half,
      x1: Math.max(x1, x2) + half,
      y0: Math.min(y1, y2) - half,
      y1: Math.max(y1, y2) + half,
      what,
    });
  const pieces = (
    line: [number, number, number, number],
    parts: [number, number][] | undefined,
    half: number,
    what: string,
  ) => {
    const [x1, y1, x2, y2] = line;
    const vertical = x1 === x2;
    for (const [a, b] of parts ?? [vertical ? [y1, y2] : [x1, x2]])
      if (vertical) seg(x1, a, x1, b, half, what);
      else seg(a, y1, b, y1, half, what);
  };
  for (const t of lay.ticks) pieces([t.x1, t.y1, t.x2, t.y2], t.segments, 0.5, `grid line ${t.key}`);
  for (const l of lay.lanes) {
    pieces(l.line, l.lineSegments, 0.5, `track of ${l.key}`);
    if (l.rule) pieces(l.rule, l.ruleSegments, 0.5, `separator above ${l.key}`);
  }
  if (lay.layout === 'wide') pieces(lay.axis, undefined, 0.5, 'axis line');
  for (const s of lay.spans) seg(s.x1, s.y1, s.x2, s.y2, 2.5, `period bar ${s.key}`);
  return out;
}

const hit = (a: Box, b: Box) => a.x0 < b.x1 && a.x1 > b.x0 && a.y0 < b.y1 && a.y1 > b.y0;

/** Hit targets of focusable marks and clusters: the layout's own, or the drawn shape's box. */
function targets(lay: TimelineLayout): Box[] {
  const out: Box[] = [];
  for (const m of lay.marks) {
    const nums = m.d.match(/-?\d+(\.\d+)?/g)!.map(Number);
    const half = m.hit ?? Math.max(...nums.map(Math.abs));
    out.push({ x0: m.x - half, x1: m.x + half, y0: m.y - half, y1: m.y + half, what: `mark ${m.id}` });
  }
  for (const c of lay.clusters) {
    const half = c.hit ?? c.r;
    out.push({ x0: c.x - half, x1: c.x + half, y0: c.y - half, y1: c.y + half, what: `cluster ${c.key}` });
  }
  return out;
}

const STATES = storyStates();

describe('timeline readability: every story state and the embed default', () => {
  it('finds the story’s timeline states', () => {
    expect(STATES.length).toBeGreaterThanOrEqual(14);
  });

  for (const locale of LOCALES)
    for (const { name: sizeName, size } of SIZES)
      describe(`${sizeName}${locale === 'en' ? '' : ` (${locale})`}`, () => {
        const check = (_name: string, state: TimelineState) => {
          const lay = layoutTimeline(DATA[locale], state, { ...size, locale });
          const problems: string[] = [];
          const all = texts(lay);
          for (let i = 0; i < all.length; i++) {
            const a = all[i]!;
            for (let j = i + 1; j < all.length; j++) {
              const b = all[j]!;
              if (a.group !== b.group && hit(a.box, b.box))
                problems.push(`${a.box.what} overlaps ${b.box.what}`);
            }
            const edge = a.box;
            if (
              edge.x0 + MARGIN < 0 ||
              edge.y0 + MARGIN < 0 ||
              edge.x1 - MARGIN > lay.width ||
              edge.y1 - MARGIN > lay.height
            )
              problems.push(`${edge.what} crosses the figure's edge`);
          }
          const lines = rules(lay);
          for (const t of all)
            for (const r of lines) if (hit(t.box, r)) problems.push(`${t.box.what} crosses ${r.what}`);
          const tg = targets(lay);
          for (let i = 0; i < tg.length; i++) {
            const a = tg[i]!;
            if (a.x1 - a.x0 < TARGET - 0.01 || a.y1 - a.y0 < TARGET - 0.01)
              problems.push(
                `${a.what}: hit target ${(a.x1 - a.x0).toFixed(1)} × ${(a.y1 - a.y0).toFixed(1)} px`,
              );
            for (let j = i + 1; j < tg.length; j++)
              if (hit(a, tg[j]!)) problems.push(`hit targets of ${a.what} and ${tg[j]!.what} overlap`);
          }
          expect([...new Set(problems)]).toEqual([]);
        };
        it.each(STATES.map((s) => [s.name, s.state] as const))('%s', check);
      });
});

describe('timeline overview', () => {
  const overview = STATES.filter(({ state }) => {
    const f = state.focus ?? ['2009-01-01', '2026-12-31'];
    return (
      f[0] <= '2017-05-04' && f[1] >= '2017-05-11' && Number(f[1].slice(0, 4)) - Number(f[0].slice(0, 4)) >= 3
    );
  });
  it('is in the story and the embed', () => {
    expect(overview.map((s) => s.name)).toEqual(expect.arrayContaining(['embed default']));
    expect(overview.length).toBeGreaterThanOrEqual(2);
  });
  for (const { name: sizeName, size } of SIZES)
    it.each(overview.map((s) => [s.name, s.state] as const))(
      `labels WeChat's block and unblock (${sizeName}): %s`,
      (_n, state) => {
        const lay = layoutTimeline(data, state, size);
        const labelled = lay.labels.map((l) => l.id);
        expect(labelled).toEqual(expect.arrayContaining(['ru-wechat-block-2017', 'ru-wechat-unblock-2017']));
      },
    );
});

// A wide drawing grows while labels are missing, but only while growing places more of them:
// #telegram-fight once grew to the 600-px cap for a label that fit at no height, and the sticky
// figure showed 400 px of empty plot above its marks.
describe('timeline height: a wide drawing is no taller than its labels need', () => {
  const labels = (state: TimelineState, height: number) =>
    layoutTimeline(data, state, { width: 960, height, layout: 'wide', fit: height > 0 }).labels.length;
  for (const { name, state } of storyStates())
    it(name, () => {
      const h = layoutTimeline(data, state, { width: 960, height: 0, layout: 'wide' }).height;
      // Nothing is lost by not growing further…
      expect(labels(state, 0)).toBeGreaterThanOrEqual(labels(state, 600));
      // …and a drawing at the 600-px cap needed it: 20 px less places fewer labels.
      if (h >= 600)
        expect(labels(state, 580), `${name} grew to 600 px for nothing`).toBeLessThan(labels(state, 600));
    });
});
