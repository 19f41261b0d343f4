import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../dataset';
import type { ContentIssue } from './issue';
import { standardsIssues } from './standards';
import { type ChapterFile, validateChapters } from './validateChapters';
import { validateData } from './validateData';

/**
 * Reads and checks everything under a content folder (data first, then chapters against it).
 * `root` is the project root; paths in issues are relative to it.
 */
export function checkContent(
  root: string,
  contentDir = 'content',
): { dataset: Dataset | null; chapters: ChapterFile[]; issues: ContentIssue[] } {
  const dataDir = `${contentDir}/data`;
  const read = (file: string) => {
    const p = join(root, dataDir, file);
    return existsSync(p) ? readFileSync(p, 'utf8') : undefined;
  };
  const { dataset, issues } = validateData(read, dataDir);
  const chapters = readChapters(root, `${contentDir}/chapters`);
  if (dataset) issues.push(...validateChapters(chapters, dataset));
  if (dataset) issues.push(...standardsIssues(chapters, dataset, read, dataDir));
  return { dataset, chapters, issues };
}

/** Every .mdx file in a chapters folder, sorted by name. */
export function readChapters(root: string, dir: string): ChapterFile[] {
  const abs = join(root, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs)
    .filter((f) => f.endsWith('.mdx') || f.endsWith('.md'))
    .sort()
    .map((f) => ({ file: `${dir}/${f}`, text: readFileSync(join(abs, f), 'utf8') }));
}
