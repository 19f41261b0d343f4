import type { Dataset } from '../dataset';
import { citationIssues } from './citationRule';
import { CORRECTIONS_FILE, checkCorrections } from './corrections';
import type { ContentIssue } from './issue';
import { quoteIssues } from './quoteRule';
import { sourceKindIssues } from './sourceGrades';
import type { ChapterFile } from './validateChapters';

/**
 * The newsroom's standards, run after the data and chapter rules: quotations match records,
 * facts are cited, sources are graded, corrections are well formed. The thinly sourced listing
 * (sourceGrades.ts) is printed, not failed.
 */
export function standardsIssues(
  chapters: ChapterFile[],
  dataset: Dataset,
  read: (file: string) => string | undefined,
  dataDir: string,
): ContentIssue[] {
  const anchors = new Set(
    chapters.map((c) => (c.file.split('/').pop() ?? '').replace(/^\d+-/, '').replace(/\.mdx?$/, '')),
  );
  const records = new Set(
    [...dataset.events, ...dataset.figures, ...dataset.fotnScores, ...dataset.fotnScales].map((r) => r.id),
  );
  return [
    ...sourceKindIssues(dataset, read, dataDir),
    ...quoteIssues(chapters, dataset),
    ...citationIssues(chapters),
    ...checkCorrections(read(CORRECTIONS_FILE), `${dataDir}/${CORRECTIONS_FILE}`, {
      chapters: anchors,
      records,
    }).issues,
  ];
}
