import { readFileSync } from 'node:fs';
import { publishedChapters } from './chapters';
import { extractChapter, type FigureUse } from './content/extractChapter';

/** A figure of the published story, with the chapter file it is written in. */
export interface StoryFigure extends FigureUse {
  file: string;
}

let cached: Promise<StoryFigure[]> | undefined;

/** Every step and static chart of the published chapters, in reading order. Build time only. */
export function storyFigures(): Promise<StoryFigure[]> {
  if (import.meta.env.DEV) cached = undefined; // chapters change while `astro dev` runs
  cached ??= (async () =>
    (await publishedChapters()).flatMap((c) =>
      // The whole file, frontmatter included, so line numbers match the editor's.
      extractChapter(fileText(c.filePath) ?? c.body ?? '').figures.map((f) => ({
        ...f,
        file: c.filePath ?? `${c.id}.mdx`,
      })),
    ))();
  return cached;
}

function fileText(path: string | undefined): string | undefined {
  try {
    return path ? readFileSync(path, 'utf8') : undefined;
  } catch {
    return undefined;
  }
}

/** `file:line` of a step (by scrolly and step id) or a chart (by chart and alt), when found. */
export async function locateFigure(q: {
  scrolly?: string;
  step?: string;
  chart?: string;
  alt?: string;
}): Promise<string | undefined> {
  try {
    const f = (await storyFigures()).find((x) =>
      q.scrolly !== undefined
        ? x.kind === 'step' && x.scrolly === q.scrolly && (q.step === undefined || x.id === q.step)
        : x.kind === 'chart' && x.chart === q.chart && x.alt === q.alt,
    );
    return f ? `${f.file}:${f.line}` : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Static paths for the step figure routes (`/figures/<step-id>.svg`, `/figures/narrow/…`, `/figures/medium/…`):
 * one per step whose chart draws that layout.
 */
export async function stepFigurePaths(layout: 'wide' | 'narrow' | 'medium') {
  const { chartById } = await import('../charts/registry');
  const figures = await storyFigures();
  return figures.flatMap((f) => {
    const chart = f.chart ? chartById(f.chart) : undefined;
    if (f.kind !== 'step' || !f.id || !chart || (layout !== 'wide' && !chart.sizes[layout])) return [];
    return [{ params: { id: f.id }, props: { chart: chart.id, state: f.state ?? {}, alt: f.alt ?? '' } }];
  });
}
