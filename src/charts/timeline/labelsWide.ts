/**
 * Labels in the wide layout, lane by lane: each beside its mark or above the mark's stack as a
 * flag with a leader, wherever no text, mark, bar or leader is; the periods' texts beside their
 * bars. Callouts are placed first, then the periods' texts, then the other labels.
 */
import { textWidth } from '../shared/text';
import {
  type Anchor,
  type Box,
  FONT,
  type LabelLayout,
  type LabelLine,
  Occupancy,
  r1,
  type SpanLayout,
} from './geometry';
import { type LabelJob, labelJobs, lineHeight, linesAt } from './labels';
import type { MarkAnchor, SpanJob } from './marks';
import { emphasisOf, isPriority, type ResolvedState } from './scales';

export interface WideLane {
  rs: ResolvedState;
  /** The lane's marks, for labels. */
  anchors: MarkAnchor[];
  /** Its period bars and where they are drawn (y). */
  bars: { s: SpanLayout; job: SpanJob; y: number }[];
  /** The box labels must stay inside. */
  bounds: Box;
  /** Texts already placed (the lane's name); marks, clusters and bars, which text may not cover. */
  text: Occupancy;
  solid: Occupancy;
  /** Top of the stack of marks over x (a flag's leader starts there). */
  columnTop: (x: number, half: number) => number;
  /** A box the page sizes: a callout may then cover a mark rather than be left out. */
  fit: boolean;
  /** Records each text's box (the grid lines stop short of them). */
  placed: (b: Box) => void;
}

/** Places the lane's labels and periods' texts; returns them and how many important ones found no place. */
export function placeWideLabels(L: WideLane): { labels: LabelLayout[]; missing: number } {
  const { rs, bounds, text, solid } = L;
  const leaders = new Occupancy();
  const labels: LabelLayout[] = [];
  let missing = 0;
  const inBounds = (b: Box) =>
    b.x0 >= bounds.x0 && b.x1 <= bounds.x1 && b.y0 >= bounds.y0 && b.y1 <= bounds.y1;
  const placeText = (b: Box) => {
    text.add(b);
    L.placed(b);
  };
  const spanTexts = () => {
    // Dozens of periods in one lane (synthetic data): bars only, no labels.
    for (const { s, job, y } of L.bars.length > 40 ? [] : L.bars) {
      if (job.emph === 'dim') continue;
      const tw = textWidth(job.text, FONT.span);
      const right: Box = { x0: job.b + 6, y0: y - 7, x1: job.b + 6 + tw, y1: y + 9 };
      const left: Box = { x0: job.a - 6 - tw, y0: y - 7, x1: job.a - 6, y1: y + 9 };
      const fits = (b: Box) => inBounds(b) && !text.hits(b) && !solid.hits(b) && !leaders.hits(b);
      if (fits(right)) {
        placeText(right);
        s.text = { x: r1(right.x0), y: r1(y + 4), anchor: 'start', value: job.text };
      } else if (fits(left)) {
        placeText(left);
        s.text = { x: r1(left.x1), y: r1(y + 4), anchor: 'end', value: job.text };
      }
    }
  };

  // Labels: callouts first, then the periods' texts, then highlighted events (with nothing
  // highlighted: the story's subject, then the rest).
  const jobs = labelJobs(L.anchors, rs, 280, 60);
  const firstLabel = jobs.findIndex((j) => j.kind === 'label');
  jobs.forEach((job, ji) => {
    if (ji === (firstLabel < 0 ? jobs.length : firstLabel)) spanTexts();
    const ok = candidates(job, job.w, job.h, L.columnTop, bounds.y0).filter((c) => inBounds(c.box));
    const free = (c: Candidate) =>
      !text.hits(c.box) && !solid.hits(c.box) && !leaders.hits(c.box) && (!c.leader || !text.hits(c.leader));
    let pick = ok.find(free);
    let lines: LabelLine[] | undefined;
    if (!pick && job.kind === 'callout') {
      // A callout on one line ("4 May 2017  WeChat blocked") needs less height; try that first.
      const date = job.lines[0]!.text;
      const title = job.lines
        .slice(1)
        .map((l) => l.text)
        .join(' ');
      const dw = textWidth(date, FONT.date) + 6;
      const flat = candidates(
        job,
        dw + textWidth(title, FONT.callout, true),
        lineHeight(FONT.callout),
        L.columnTop,
        bounds.y0,
      ).filter((c) => inBounds(c.box));
      pick = flat.find(free);
      if (pick) {
        const base = r1(pick.box.y0 + Math.round(FONT.callout * 0.8) + 2);
        lines = [
          { text: date, kind: 'date', x: r1(pick.box.x0), y: base },
          { text: title, kind: 'title', x: r1(pick.box.x0 + dw), y: base },
        ];
        pick = { ...pick, anchor: 'start' };
      }
    }
    // Failing a free spot (a box the page sizes), a callout may cover a mark, never a text.
    if (!pick && job.kind === 'callout' && L.fit) {
      pick = ok.find((c) => !text.hits(c.box) && !(c.leader && text.hits(c.leader)));
    }
    if (!pick) {
      if (job.kind === 'callout' || isPriority(rs, job.ev.id)) missing++;
      return;
    }
    placeText(pick.box);
    if (pick.leader) leaders.add(pick.leader);
    const tx = pick.anchor === 'end' ? pick.box.x1 : pick.box.x0;
    labels.push({
      key: `label-${job.ev.id}`,
      id: job.ev.id,
      kind: job.kind,
      emph: emphasisOf(rs, job.ev.id),
      anchor: pick.anchor,
      lines: lines ?? linesAt(job, tx, pick.box.y0),
      leader: pick.path,
    });
  });
  if (firstLabel < 0) spanTexts();
  return { labels, missing };
}

interface Candidate {
  box: Box;
  anchor: Anchor;
  leader: Box | null;
  path: string | null;
}

/**
 * Places for a w × h label of a mark, in order of preference: beside the mark on the right; above
 * the mark's column as a flag (the leader runs up beside the text), right then left, row by row,
 * no higher than `top`; beside the mark on the left.
 */
function candidates(
  job: LabelJob,
  w: number,
  h: number,
  columnTop: WideLane['columnTop'],
  top: number,
): Candidate[] {
  const { x, y, half } = job.mark;
  const top0 = columnTop(x, half);
  const cands: Candidate[] = [];
  const inline = (side: 1 | -1, dy: number): Candidate => {
    const x0 = side > 0 ? x + half + 5 : x - half - 5 - w;
    return {
      box: { x0, y0: y - h / 2 + dy, x1: x0 + w, y1: y + h / 2 + dy },
      anchor: side > 0 ? 'start' : 'end',
      leader: null,
      path: null,
    };
  };
  // Beside the mark, the text may slide a little up or down (still level with the mark).
  const slide = job.kind === 'callout' ? [0, 5, -5, 10, -10] : [0];
  for (const dy of slide) cands.push(inline(1, dy));
  for (let k = 0; k < 16; k++) {
    const yt = top0 - 6 - k * 15 - h;
    if (yt < top) break;
    const leader: Box = { x0: x - 1.5, y0: yt, x1: x + 1.5, y1: top0 - 1 };
    const path = `M${r1(x)},${r1(top0 - 2)}V${r1(yt + 2)}`;
    cands.push({ box: { x0: x + 4, y0: yt, x1: x + 4 + w, y1: yt + h }, anchor: 'start', leader, path });
    cands.push({ box: { x0: x - 4 - w, y0: yt, x1: x - 4, y1: yt + h }, anchor: 'end', leader, path });
  }
  for (const dy of slide) cands.push(inline(-1, dy));
  return cands;
}
