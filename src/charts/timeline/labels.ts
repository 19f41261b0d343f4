/**
 * Labels, the part both layouts share: which events get one (callouts first, then the highlighted
 * or the story's subject, by category), their text broken into lines and measured in the chart
 * font. Where they go: labelsWide.ts (beside or above the mark) and labelsNarrow.ts (a column).
 */
import type { Locale } from '../shared/i18n';
import { max, sum } from 'd3-array';
import { formatDate } from '../shared/format';
import { textWidth, wrap } from '../shared/text';
import type { TimelineCategory } from './constants';
import type { TimelineEvent } from './data';
import { FONT, type LabelLine, r1 } from './geometry';
import type { MarkAnchor } from './marks';
import { isPriority, type ResolvedState } from './scales';

const LABEL_ORDER: Record<TimelineCategory, number> = {
  block: 0,
  unblock: 0,
  throttle: 1,
  'law-in-force': 2,
  law: 3,
  registry: 4,
  regulation: 4,
  other: 5,
};

export interface LabelJob {
  ev: TimelineEvent;
  kind: 'label' | 'callout';
  lines: { text: string; kind: LabelLine['kind']; size: number; bold: boolean }[];
  w: number;
  h: number;
  mark: MarkAnchor;
}

/** A text line's height: with the baseline at round(0.8 em) + 2, ascenders and descenders stay inside. */
export function lineHeight(size: number): number {
  return size + 4;
}

function labelJob(
  ev: TimelineEvent,
  kind: 'label' | 'callout',
  mark: LabelJob['mark'],
  maxW: number,
  locale: Locale,
): LabelJob {
  const lines: LabelJob['lines'] =
    kind === 'callout'
      ? [
          { text: formatDate(ev.date, ev.precision, locale), kind: 'date', size: FONT.date, bold: false },
          ...wrap(ev.title, FONT.callout, maxW, true).map((t) => ({
            text: t,
            kind: 'title' as const,
            size: FONT.callout,
            bold: true,
          })),
        ]
      : wrap(ev.title, FONT.label, maxW).map((t) => ({
          text: t,
          kind: 'label' as const,
          size: FONT.label,
          bold: false,
        }));
  const w = max(lines, (l) => textWidth(l.text, l.size, l.bold)) ?? 0;
  const h = sum(lines, (l) => lineHeight(l.size));
  return { ev, kind, lines, w, h, mark };
}

/** Text lines of a job laid out in a box whose top-left (or top-right for `end`) is x,y0. */
export function linesAt(job: LabelJob, x: number, y0: number): LabelLine[] {
  let y = y0;
  return job.lines.map((l) => {
    const base = y + Math.round(l.size * 0.8) + 2;
    y += lineHeight(l.size);
    return { text: l.text, kind: l.kind, x: r1(x), y: r1(base) };
  });
}

/** Which events get labels, most important first. */
export function labelJobs(visible: MarkAnchor[], rs: ResolvedState, maxW: number, cap: number): LabelJob[] {
  const jobs: LabelJob[] = [];
  const byId = new Map(visible.map((v) => [v.ev.id, v]));
  for (const id of rs.annotate) {
    const v = byId.get(id);
    if (v) jobs.push(labelJob(v.ev, 'callout', v, maxW, rs.locale));
  }
  const first = (v: (typeof visible)[number]) => (isPriority(rs, v.ev.id) ? 0 : 1);
  const rest = visible
    .filter((v) => !rs.annotate.includes(v.ev.id) && (rs.emphasis.size === 0 || rs.emphasis.has(v.ev.id)))
    .sort(
      (a, b) =>
        first(a) - first(b) ||
        LABEL_ORDER[a.ev.category] - LABEL_ORDER[b.ev.category] ||
        a.x - b.x ||
        a.y - b.y,
    );
  for (const v of rest.slice(0, cap)) jobs.push(labelJob(v.ev, 'label', v, maxW, rs.locale));
  return jobs;
}
