import { citableById, type Dataset } from '../dataset';
import type { ContentIssue } from './issue';
import { nearest } from './suggest';
import type { ChapterFile } from './validateChapters';
import type { Locate } from './validateData';

/**
 * One misspelt (or renamed) record id, one line. When two or more places cite an id no record
 * has, and the one record a typo away from it appears in no chapter, the record's own id is what
 * changed: each citing place (chapters, figure states, corrections, the editions' data files)
 * would get a line of its own, each saying "did you mean" the misspelt id. They become one line
 * at the record's id, naming the first place and how many.
 */
export function foldMisspeltRecords(
  issues: ContentIssue[],
  chapters: ChapterFile[],
  dataset: Dataset,
  locate: Locate,
  contentDir: string,
): ContentIssue[] {
  const records = citableById(dataset);
  const citing = new Map<string, ContentIssue[]>();
  for (const i of issues) if (i.missing) citing.set(i.missing, [...(citing.get(i.missing) ?? []), i]);
  const folded = new Set<ContentIssue>();
  const lines: ContentIssue[] = [];
  for (const [id, group] of citing) {
    const places = [...new Set(group.map((i) => (i.line ? `${i.file}:${i.line}` : i.file)))];
    const near = nearest(id, records.keys());
    if (places.length < 2 || near.length !== 1 || citedIn(chapters, near[0]!)) continue;
    const record = records.get(near[0]!)!;
    lines.push({
      ...locate(record, 'id'),
      record: record.id,
      field: 'id',
      message: `"${record.id}" is cited nowhere, while ${places.length} places cite "${id}" (the first: ${places[0]}), which no record has: if this id is misspelt, write "${id}"; if you renamed the record, change those places too (grep -rn ${id} ${contentDir})`,
    });
    for (const i of group) folded.add(i);
  }
  return [...lines, ...issues.filter((i) => !folded.has(i))];
}

function citedIn(chapters: ChapterFile[], id: string): boolean {
  const word = new RegExp(`(?<![\\w-])${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`);
  return chapters.some((c) => word.test(c.text));
}
