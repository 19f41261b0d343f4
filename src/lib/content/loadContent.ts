import { uiCatalogueIssues } from '../i18n/uiCheck';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../dataset';
import { checkChapterMarkup } from '../markupGuard';
import { type ContentIssue, withoutKnockOns } from './issue';
import { checkDatasetTranslations } from '../i18n/datasetTranslations';
import { translatedChapterIssues } from '../i18n/translatedChapters';
import { foldMisspeltRecords } from './misspeltRecord';
import { placeholderIssues } from './placeholders';
import { standardsIssues } from './standards';
import { type ChapterFile, validateChapters } from './validateChapters';
import { type Locate, validateData } from './validateData';

/** What a content rule gets: every chapter, the checked dataset, and where each record was written. */
export interface ContentContext {
  /** Project root, and the content folder in it (`content`, or CONTENT_DIR), for rules that read more files. */
  root: string;
  contentDir: string;
  chapters: ChapterFile[];
  dataset: Dataset;
  /** File and line of a dataset record (and of one of its fields), for the rule's issues. */
  locate: Locate;
}

/**
 * A content rule: returns one issue per problem (an empty list when all is well). An issue marked
 * `warning` is reported without failing the check or the build.
 */
export type ContentRule = (c: ContentContext) => ContentIssue[];

/**
 * The rules that run once every data file parses and each record fits its schema, in order.
 * `npm run check:content`, `astro build` and `astro dev` all run this list, so a rule added here
 * (one line, e.g. `(c) => checkQuotations(c.chapters, c.dataset)`) holds everywhere. A rule
 * returns issues with file and line (`c.locate(record, field)` finds a data record's). An issue
 * found by comparing a translation with an English file names it in `against`, and is left out
 * while that file has a problem of its own (one mistake, one line).
 */
export const RULES: ContentRule[] = [
  ({ chapters, dataset }) => validateChapters(chapters, dataset),
  // Markup that would run code. `<cite ids=…>` is left to the chapter rules, which name it
  // as a lowercase <Cite> rather than an attribute HTML's <cite> does not take.
  ({ chapters }) =>
    chapters
      .flatMap((c) => checkChapterMarkup(c.file, c.text))
      .filter((i) => !(i.record === '<cite>' && i.field === 'ids')),
  ({ chapters }) => placeholderIssues(chapters),
  // Newsroom standards: quotations, citations, source kinds, corrections.json.
  ({ root, contentDir, chapters, dataset }) =>
    standardsIssues(chapters, dataset, dataReader(root, `${contentDir}/data`), `${contentDir}/data`),
  // The Russian and Chinese editions of the dataset (content/i18n/), when the folder has them.
  ({ root, contentDir, dataset }) => checkDatasetTranslations(root, contentDir, dataset),
  // Every edition's interface strings (src/i18n/<locale>/), whatever the content folder.
  ({ root }) => uiCatalogueIssues(root),
  // Translated chapters (content/i18n/<edition>/chapters/) against their English structure.
  ({ root, contentDir, chapters, dataset }) => translatedChapterIssues(root, contentDir, chapters, dataset),
];

/** Reads a file of a data folder, or undefined when it is not there. */
function dataReader(root: string, dataDir: string) {
  return (file: string) => {
    const p = join(root, dataDir, file);
    return existsSync(p) ? readFileSync(p, 'utf8') : undefined;
  };
}

/**
 * Reads and checks everything under a content folder (data first, then the rules above).
 * `root` is the project root; paths in issues are relative to it.
 */
export function checkContent(
  root: string,
  contentDir = 'content',
): { dataset: Dataset | null; chapters: ChapterFile[]; issues: ContentIssue[]; warnings: ContentIssue[] } {
  const dataDir = `${contentDir}/data`;
  const { dataset, issues, locate } = validateData(dataReader(root, dataDir), dataDir);
  const chapters = readChapters(root, `${contentDir}/chapters`);
  if (!dataset) return { dataset, chapters, issues, warnings: [] };
  const found = RULES.flatMap((rule) => rule({ root, contentDir, chapters, dataset, locate }));
  const shown = foldMisspeltRecords(withoutKnockOns(found, found), chapters, dataset, locate, contentDir);
  return {
    dataset,
    chapters,
    issues: [...issues, ...shown.filter((i) => !i.warning)],
    warnings: shown.filter((i) => i.warning),
  };
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
