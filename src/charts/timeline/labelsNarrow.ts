/**
 * Labels in the narrow layout: one column right of the lanes, each label as near its mark's
 * height as it fits, in time order, with a leader from the mark. What does not fit end to end
 * gives way, least important first (never the first callout).
 */
import { formatDayShort } from '../shared/format';
import { textWidth } from '../shared/text';
import { type Box, FONT, type LabelLayout, Occupancy, r1 } from './geometry';
import { type LabelJob, labelJobs, lineHeight, linesAt } from './labels';
import type { MarkAnchor } from './marks';
import { emphasisOf, isPriority, type ResolvedState } from './scales';

/**
 * The labels of `anchors` in a column at x = LX, `maxW` wide, between `lo` and `hi` (px down the
 * figure); returns them and the boxes their texts take.
 */
export function placeNarrowLabels(
  anchors: MarkAnchor[],
  rs: ResolvedState,
  LX: number,
  maxW: number,
  lo: number,
  hi: number,
): { labels: LabelLayout[]; boxes: Box[] } {
  const labels: LabelLayout[] = [];
  const text = new Occupancy();
  const jobs = labelJobs(anchors, rs, maxW, 40);
  // A date wider than the column ("10 February 2026") is abbreviated ("10 Feb 2026").
  for (const j of jobs)
    for (const l of j.lines)
      if (l.kind === 'date' && textWidth(l.text, l.size) > maxW) {
        l.text =
          rs.locale === 'en' || j.ev.precision !== 'day'
            ? l.text.replace(/([A-Z][a-z]{2})[a-z]+/, '$1')
            : formatDayShort(j.ev.date, rs.locale);
        j.w = Math.max(...j.lines.map((x) => textWidth(x.text, x.size, x.bold)));
      }
  // First pass: which labels fit, most important first (each as near its mark as it can be).
  const chosen: LabelJob[] = [];
  for (const job of jobs) {
    const my = job.mark.y;
    let fits = false;
    for (let k = 0; k <= 60 && !fits; k++) {
      const cy = my + (k === 0 ? 0 : (k % 2 ? 1 : -1) * Math.ceil(k / 2) * 7);
      const b: Box = { x0: LX, y0: cy - job.h / 2, x1: LX + job.w, y1: cy + job.h / 2 };
      if (b.y0 < lo || b.y1 > hi) continue;
      if (!text.hits({ ...b, y0: b.y0 - 2, y1: b.y1 + 2 })) {
        text.add(b);
        fits = true;
      }
    }
    if (fits || job.kind === 'callout' || isPriority(rs, job.ev.id)) chosen.push(job);
  }
  // The column holds what fits end to end: the least important labels give way (never a callout).
  const GAP = 3;
  const total = () => chosen.reduce((s, j) => s + j.h + GAP, -GAP);
  // First the labels nothing asked for, then the callouts' date lines (the card and the axis give
  // the date), then the highlighted events' labels, from the least important.
  const lastOf = (ok: (j: LabelJob) => boolean) => chosen.findLastIndex(ok);
  let dated = true;
  while (total() > hi - lo) {
    let k = lastOf((j) => j.kind === 'label' && !isPriority(rs, j.ev.id));
    if (k < 0 && dated) {
      dated = false;
      for (const j of chosen)
        if (j.lines[0]?.kind === 'date') {
          j.lines = j.lines.slice(1);
          j.h -= lineHeight(FONT.date);
        }
      continue;
    }
    if (k < 0) k = lastOf((j) => j.kind === 'label');
    // Last resort (a crowded state in a small figure): the last callouts, never the first.
    if (k < 0 && chosen.length > 1) k = chosen.length - 1;
    if (k < 0) break;
    chosen.splice(k, 1);
  }
  // Second pass: the chosen labels in time order, pushed apart as little as possible, so the
  // column reads top to bottom in the same order as the marks.
  chosen.sort((a, b) => a.mark.y - b.mark.y || a.mark.x - b.mark.x);
  const tops = chosen.map((j) => j.mark.y - j.h / 2);
  for (let i = 0; i < chosen.length; i++) {
    const prev = i > 0 ? tops[i - 1]! + chosen[i - 1]!.h + GAP : lo;
    tops[i] = Math.max(tops[i]!, prev);
  }
  for (let i = chosen.length - 1; i >= 0; i--) {
    const next = i < chosen.length - 1 ? tops[i + 1]! - GAP : hi;
    tops[i] = Math.max(lo, Math.min(tops[i]!, next - chosen[i]!.h));
  }
  const boxes: Box[] = [];
  chosen.forEach((job, i) => {
    const { x: mx, y: my, half } = job.mark;
    const top = tops[i]!;
    boxes.push({ x0: LX, y0: top, x1: LX + job.w, y1: top + job.h });
    const ty = job.kind === 'callout' ? top + lineHeight(FONT.date) / 2 : top + job.h / 2;
    labels.push({
      key: `label-${job.ev.id}`,
      id: job.ev.id,
      kind: job.kind,
      emph: emphasisOf(rs, job.ev.id),
      anchor: 'start',
      lines: linesAt(job, LX, top),
      leader: `M${r1(mx + half + 2)},${r1(my)}H${r1(LX - 14)}L${r1(LX - 4)},${r1(ty)}`,
    });
  });
  return { labels, boxes };
}
