/**
 * The legend: what the drawing shows (categories, kinds of period) and how it draws things
 * (clusters, imprecise dates, dimmed events), in rows that wrap at the figure's width.
 */
import { chartText, type Locale } from '../shared/i18n';
import { textWidth } from '../shared/text';
import type { TimelineCategory } from './constants';
import type { TimelineEvent } from './data';
import {
  FONT,
  type LegendItem,
  type LegendKind,
  r1,
  type SpanLayout,
  type MarkLayout,
  type ClusterLayout,
} from './geometry';
import { DIM_PATH, shapePath } from './marks';
import { MARK } from './geometry';
import { type ResolvedState, shownInFull } from './scales';

/** Reader-facing category name (labels, table, details): "Law passed", "Принят закон", "通过法律". */
export function categoryLabel(c: TimelineCategory, locale: Locale = 'en'): string {
  return chartText(locale, `charts.tl.category.${c}`);
}

/** Shorter names for the legend, so it fits one line at 960 px. */
function legendLabel(c: TimelineCategory, locale: Locale): string {
  return chartText(locale, `charts.tl.legend.${c}`);
}

/** The part of a finished layout the legend checks. */
interface Drawn {
  marks: MarkLayout[];
  clusters: ClusterLayout[];
}

/** How the chart draws things, explained in the legend when the drawing shows them. */
export type Extra = 'cluster' | 'whisker' | 'dim';

type LegendEntry = { key: string; kind: LegendKind; label: string };

/**
 * Legend entries: the categories in view (all the state's when none is), the kinds of period in
 * view, then how clusters, imprecise dates and dimmed events are drawn, when the drawing has them.
 */
export function legendItems(
  rs: ResolvedState,
  spans: Pick<SpanLayout, 'status' | 'emph'>[],
  visible: TimelineEvent[],
  extras: Set<Extra>,
): LegendEntry[] {
  // Dimmed events are grey bars whatever their category: only the others' shapes need a key.
  const shown = visible.filter((e) => shownInFull(rs, e));
  const present = rs.categories.filter((c) => shown.some((e) => e.category === c));
  const items: LegendEntry[] = (present.length || rs.emphasis.size ? present : rs.categories).map((c) => ({
    key: `legend-${c}`,
    kind: c,
    label: legendLabel(c, rs.locale),
  }));
  const say = (key: string) => chartText(rs.locale, `charts.tl.legend.${key}`);
  if (spans.some((s) => s.status === 'blocked' && s.emph !== 'dim'))
    items.push({ key: 'legend-span-blocked', kind: 'span-blocked', label: say('spanBlocked') });
  if (spans.some((s) => s.status === 'throttled' && s.emph !== 'dim'))
    items.push({ key: 'legend-span-throttled', kind: 'span-throttled', label: say('spanThrottled') });
  for (const e of ['cluster', 'whisker', 'dim'] as const)
    if (extras.has(e)) items.push({ key: `legend-${e}`, kind: e, label: say(e) });
  return items;
}

function legendGeometry(kind: LegendKind): { d: string; d2?: string } {
  if (kind === 'span-blocked' || kind === 'span-throttled' || kind === 'whisker') return { d: 'M-9,0H9' };
  if (kind === 'cluster') return { d: 'M-9,0A9,9 0 1,0 9,0A9,9 0 1,0 -9,0Z' };
  if (kind === 'dim') return { d: DIM_PATH };
  return shapePath(kind, MARK);
}

/** Legend items flowing left to right from x0, wrapping at `maxW`, `row` px apart. */
export function layoutLegend(
  items: LegendEntry[],
  x0: number,
  y0: number,
  maxW: number,
  row = 20,
): { items: LegendItem[]; bottom: number } {
  const out: LegendItem[] = [];
  let x = x0;
  let y = y0 + 10;
  for (const it of items) {
    const tx = it.kind === 'cluster' ? 16 : 14;
    const w = 8 + tx + textWidth(it.label, FONT.legend) + 12;
    if (x > x0 && x + w - 12 > x0 + maxW) {
      x = x0;
      y += row;
    }
    const item: LegendItem = {
      key: it.key,
      kind: it.kind,
      label: it.label,
      x: r1(x + 8),
      y: r1(y),
      ...legendGeometry(it.kind),
    };
    if (tx !== 14) item.tx = tx;
    out.push(item);
    x += w;
  }
  return { items: out, bottom: items.length ? y + row - 10 : y0 };
}

/** Extras the drawing needs explained (from a finished layout). */
function extrasOf(lay: Drawn): Set<Extra> {
  const out = new Set<Extra>();
  if (lay.clusters.length) out.add('cluster');
  if (lay.marks.some((m) => m.whisker)) out.add('whisker');
  if (lay.marks.some((m) => m.emph === 'dim') || lay.clusters.some((c) => c.emph === 'dim')) out.add('dim');
  return out;
}

/** A layout drawn again, at most twice, until its legend explains exactly what it draws. */
export function withExtras<D extends Drawn>(draw: (extras: Set<Extra>) => D): D {
  let extras = new Set<Extra>();
  let lay = draw(extras);
  for (let i = 0; i < 3; i++) {
    const need = extrasOf(lay);
    if (need.size === extras.size && [...need].every((e) => extras.has(e))) break;
    extras = need;
    lay = draw(extras);
  }
  return lay;
}
