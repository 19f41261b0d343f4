import type { Dataset } from '../dataset';
import type { SourceKind } from '../../schemas/source';
import { isThinlySourced } from '../../schemas/thinlySourced';
import type { ContentIssue } from './issue';
import { arrayElementSpans, fieldLine, lineAt } from './jsonPositions';
import { DATA_COLLECTIONS } from './validateData';

interface Sourced {
  sources: readonly { url: string; kind?: SourceKind }[];
}

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

/** The listing's first line alone, for the build log (check:content prints the whole list). */
export function thinlySourcedSummary(ds: Dataset): string {
  const head = thinlySourcedListing(ds)[0];
  return head ? head.replace(/:$/, '; `npm run check:content` lists them') : 'no record is thinly sourced';
}
