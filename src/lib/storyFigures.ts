import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { publishedChapters } from './chapters';
import { extractChapter, type FigureUse } from './content/extractChapter';
import { i18nDir, type Locale } from './i18n/locales';

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

/**
 * The story's figures as an edition shows them: the English structure (chart, state, ids), each
 * text alternative from the translated chapter (content/i18n/<locale>/chapters/<same file>), whose
 * steps and charts follow the English one for one, in order. A translation not written yet leaves
 * the English alt.
 */
export async function editionFigures(locale: Locale): Promise<StoryFigure[]> {
  const figures = await storyFigures();
  if (locale === 'en') return figures;
  const dir = join(process.cwd(), i18nDir(process.env.CONTENT_DIR ?? 'content'), locale, 'chapters');
  const translated = new Map<string, { step: string[]; chart: string[] }>();
  return figures.map((f) => {
    let t = translated.get(f.file);
    if (!t) {
      const text = fileText(join(dir, basename(f.file)));
      const found = text ? extractChapter(text).figures : [];
      t = {
        step: found.filter((x) => x.kind === 'step').map((x) => x.alt ?? ''),
        chart: found.filter((x) => x.kind === 'chart').map((x) => x.alt ?? ''),
      };
      translated.set(f.file, t);
    }
    const index = figures.filter((x) => x.file === f.file && x.kind === f.kind).indexOf(f);
    return { ...f, alt: t[f.kind][index]?.trim() || f.alt };
  });
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
 * one per step whose chart draws that layout, with the step's alt in `locale`.
 */
export async function stepFigurePaths(layout: 'wide' | 'narrow' | 'medium', locale: Locale = 'en') {
  const { chartById } = await import('../charts/registry');
  const figures = await editionFigures(locale);
  return figures.flatMap((f) => {
    const chart = f.chart ? chartById(f.chart) : undefined;
    if (f.kind !== 'step' || !f.id || !chart || (layout !== 'wide' && !chart.sizes[layout])) return [];
    return [{ params: { id: f.id }, props: { chart: chart.id, state: f.state ?? {}, alt: f.alt ?? '' } }];
  });
}
