import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Correction, CorrectionSchema } from '../../schemas/correction';
import type { ContentIssue } from './issue';
import { arrayElementSpans, fieldLine, lineAt } from './jsonPositions';
import { didYouMean } from './suggest';
import { describeZodIssue } from './zodIssues';

export const CORRECTIONS_FILE = 'corrections.json';

/**
 * Reads and checks content/data/corrections.json: each entry against its schema, and the
 * chapter or record it names must exist. A missing file means nothing has been corrected yet.
 */
export function checkCorrections(
  text: string | undefined,
  file: string,
  known: { chapters: ReadonlySet<string>; records: ReadonlySet<string> },
): { corrections: Correction[]; issues: ContentIssue[] } {
  const issues: ContentIssue[] = [];
  if (text === undefined) return { corrections: [], issues };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const pos = /position (\d+)/.exec(String(e));
    return {
      corrections: [],
      issues: [
        {
          file,
          line: pos ? lineAt(text, Number(pos[1])) : undefined,
          message: `is not valid JSON (${(e as Error).message}); look for a missing comma or quote`,
        },
      ],
    };
  }
  const list = (json as { corrections?: unknown } | null)?.corrections;
  if (!Array.isArray(list))
    return {
      corrections: [],
      issues: [
        { file, line: 1, field: 'corrections', message: 'expected a list in [ ] under "corrections"' },
      ],
    };
  const spans = arrayElementSpans(text, 'corrections');
  const corrections: Correction[] = [];
  list.forEach((raw, i) => {
    const span = spans[i] ?? { start: 0, end: 0 };
    const record = `correction #${i + 1}`;
    const result = CorrectionSchema.safeParse(raw);
    if (!result.success) {
      for (const zi of result.error.issues) {
        const { field, message } = describeZodIssue(zi, raw);
        issues.push({ file, line: fieldLine(text, span, field), record, field: field || undefined, message });
      }
      return;
    }
    const c = result.data;
    if (c.chapter && !known.chapters.has(c.chapter))
      issues.push({
        file,
        line: fieldLine(text, span, 'chapter'),
        record,
        field: 'chapter',
        message: `"${c.chapter}" is not a chapter; use the file name without its number (${[...known.chapters].join(', ')})`,
      });
    if (c.record && !known.records.has(c.record))
      issues.push({
        file,
        line: fieldLine(text, span, 'record'),
        record,
        field: 'record',
        missing: c.record,
        message: `"${c.record}" is not a record id in content/data${didYouMean(c.record, known.records) || '; check the spelling, or find the id with npm run ids -- <words>'}`,
      });
    corrections.push(c);
  });
  return { corrections: issues.length ? [] : corrections, issues };
}

/** The corrections log, newest first, for the story page (already checked before the build). */
export function readCorrections(root: string, contentDir = 'content'): Correction[] {
  const p = join(root, contentDir, 'data', CORRECTIONS_FILE);
  if (!existsSync(p)) return [];
  const list = (JSON.parse(readFileSync(p, 'utf8')) as { corrections?: unknown[] }).corrections ?? [];
  return list
    .map((c) => CorrectionSchema.parse(c))
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}
