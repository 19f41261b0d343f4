import type { Dataset } from '../dataset';
import type { SourceKind } from '../../schemas/source';
import type { ContentIssue } from './issue';
import { arrayElementSpans, fieldLine, lineAt } from './jsonPositions';
import { DATA_COLLECTIONS } from './validateData';

/** How readers see each kind of source, strongest first. */
export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  official: 'official document or regulator statement',
  court: 'court record',
  news: 'news agency or newspaper',
  research: 'NGO or research report',
  secondary: 'secondary source or aggregator',
};

interface Sourced {
  sources: readonly { url: string; kind?: SourceKind }[];
}

/**
 * True when every source of a record is secondary (an aggregator, blog, mirror or reprint):
 * the fact rests on nobody who saw or published it first. Readers are told so.
 */
export function isThinlySourced(record: Sourced): boolean {
  return record.sources.length > 0 && record.sources.every((s) => s.kind === 'secondary');
}

/** The words shown next to a thinly sourced record, everywhere it is listed. */
export const THIN_LABEL = 'thinly sourced: secondary sources only';

/** Every source needs a kind; a source without one cannot be graded. */
export function sourceKindIssues(
  ds: Dataset,
  read: (file: string) => string | undefined,
  dir: string,
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const [name, c] of Object.entries(DATA_COLLECTIONS)) {
    const list = ds[name as keyof Dataset] as readonly ({ id: string } & Partial<Sourced>)[];
    const text = read(c.file) ?? '';
    const spans = arrayElementSpans(text, c.key);
    list.forEach((r, i) => {
      r.sources?.forEach((s, j) => {
        if (s.kind) return;
        const span = spans[i];
        const at = span ? text.indexOf(JSON.stringify(s.url), span.start) : -1;
        issues.push({
          file: `${dir}/${c.file}`,
          line: at >= 0 ? lineAt(text, at) : span ? fieldLine(text, span, 'sources') : undefined,
          record: r.id,
          field: `sources.${j}.kind`,
          message: `is missing: say what kind of source ${s.url} is: "official", "court", "news", "research" or "secondary"`,
        });
      });
    });
  }
  return issues;
}

/** One line per thinly sourced record, for `npm run check:content` and the build log. */
export function thinlySourcedListing(ds: Dataset | null): string[] {
  if (!ds) return [];
  const thin = [...ds.events, ...ds.figures, ...ds.fotnScores, ...ds.fotnScales].filter(isThinlySourced);
  if (!thin.length) return [];
  return [
    `${thin.length} record${thin.length === 1 ? ' is' : 's are'} thinly sourced (secondary sources only; shown to readers, not an error):`,
    ...thin.map(
      (r) => `  · ${r.id}: ${r.sources.map((s) => new URL(s.url).hostname.replace(/^www\./, '')).join(', ')}`,
    ),
  ];
}
