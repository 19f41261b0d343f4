/**
 * Whether a record rests only on secondary sources. Dependency-free so any page, download or
 * chart (the details card) can use it without pulling in the content rules or zod.
 */
import type { SourceKind } from './source';

/** How readers see each kind of source, strongest first. */
export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  official: 'official document or regulator statement',
  court: 'court record',
  news: 'news agency or newspaper',
  research: 'NGO or research report',
  secondary: 'secondary source or aggregator',
};

/** The words shown next to a thinly sourced record, everywhere it is listed. */
export const THIN_LABEL = 'thinly sourced: secondary sources only';

/**
 * True when every source of a record is secondary (an aggregator, blog, mirror or reprint):
 * the fact rests on nobody who saw or published it first. Readers are told so.
 */
export function isThinlySourced(record: { sources: readonly { kind?: SourceKind }[] }): boolean {
  return record.sources.length > 0 && record.sources.every((s) => s.kind === 'secondary');
}
