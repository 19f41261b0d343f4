import GithubSlugger from 'github-slugger';
import { chapterStructure, type Tag } from './chapterStructure';

/**
 * A translated chapter with the English chapter's structure written into it, ready to compile:
 * each `<Scrolly id>` gets the English section's `chart` and `steps`, each `<Step>` the `state` of
 * the English step with the same id (as written or derived by position), each `<Chart>` the
 * `chart`, `state` and `id` of the English chart in the same position, and each heading the
 * English heading's anchor in the same position. The attributes are copied as the English file
 * writes them, so the built edition has exactly the English step ids, states and figures; a
 * translator never copies one (translation-format: a translation carries only prose).
 *
 * Drift (a missing step, a heading too many) is the content check's to report, before the build;
 * here whatever has an English counterpart gets its attributes and the rest is left as written.
 */
export function withEnglishStructure(translation: string, english: string): string {
  const ours = chapterStructure(translation);
  const theirs = chapterStructure(english);
  const edits: { at: number; end?: number; text: string }[] = [];
  const copy = (to: Tag, from: Tag | undefined, names: string[]) => {
    const text = names
      .filter((n) => from?.attrs[n] && !to.attrs[n])
      .map((n) => ` ${from!.attrs[n]!.text}`)
      .join('');
    if (text) edits.push({ at: to.nameEnd, text });
  };

  const sections = new Map(theirs.scrollies.map((s) => [s.id, s]));
  const steps = new Map(theirs.scrollies.flatMap((s) => s.steps).map((s) => [s.id, s]));
  for (const s of ours.scrollies) {
    copy(s, sections.get(s.id), ['chart', 'steps']);
    for (const step of s.steps) copy(step, steps.get(step.id), ['state']);
  }
  for (const [i, c] of ours.charts.entries()) copy(c, theirs.charts[i], ['chart', 'state', 'id']);

  // Anchors as Astro gives the English headings (github-slugger, one slugger per file), and the
  // level the story shows a chapter's heading at (src/mdx/index.ts: `##` is an h3).
  const slugger = new GithubSlugger();
  const anchors = theirs.headings.map((h) => slugger.slug(h.text));
  for (const [i, h] of ours.headings.entries()) {
    const id = anchors[i];
    if (!id) continue;
    const level = Math.min(h.depth + 1, 6);
    const words = translation.slice(h.contentStart, h.contentEnd);
    edits.push({ at: h.start, end: h.end, text: `<h${level} id="${id}">${words}</h${level}>` });
  }

  let out = translation;
  for (const e of edits.sort((a, b) => b.at - a.at))
    out = out.slice(0, e.at) + e.text + out.slice(e.end ?? e.at);
  return out;
}
