import type { Dataset } from '../dataset';

/** One thing wrong with the content, in terms an editor can act on. */
export interface ContentIssue {
  /** Path from the project root, e.g. `content/data/events.json`. */
  file: string;
  /** 1-based line, when it can be found. */
  line?: number;
  /** Record id (or `#index` when the record has no usable id), step id, or chapter. */
  record?: string;
  /** Field name: dotted for nested fields (`sources.0.url`), with [i] for list items (`state.highlight[1]`). */
  field?: string;
  /** Edition the problem is in (`ru`, `zh`), for translated text. */
  locale?: string;
  /** What was expected. */
  message: string;
  /**
   * A warning is shown but does not stop the build or fail the check: something to follow up
   * (a translation that no longer follows its English chapter, a chapter not translated yet).
   */
  warning?: true;
  /**
   * The English file this issue was found by comparing a translation with. While that file has a
   * problem of its own, the issue is a knock-on of it (the translation is measured against a
   * mistake) and is not shown: the editor sees the one line that names the real mistake.
   */
  against?: string;
  /**
   * A record id the issue cites that no record has. When several places cite the same one and
   * the nearest record is cited nowhere, that record's id is the mistake (see misspeltRecord.ts).
   */
  missing?: string;
}

/**
 * Drops the issues found by comparing with an English file that has a problem of its own
 * (see `against`); fixing that problem brings back whatever still applies.
 */
export function withoutKnockOns<T extends ContentIssue>(issues: T[], errors: ContentIssue[]): T[] {
  const flawed = new Set(errors.filter((i) => !i.warning && !i.against).map((i) => i.file));
  return issues.filter((i) => !i.against || !flawed.has(i.against));
}

/** `content/data/events.json:12 · record "ru-x" · field "date": expected …` */
export function formatIssue(i: ContentIssue): string {
  const where = i.line ? `${i.file}:${i.line}` : i.file;
  const parts = [where];
  if (i.record) parts.push(`record "${i.record}"`);
  if (i.field) parts.push(`field "${i.field}"`);
  if (i.locale) parts.push(`locale "${i.locale}"`);
  return `${parts.join(' · ')}: ${i.message}`;
}

const PLURAL = new Intl.PluralRules('en');

/** `1 chapter`, `9 chapters`: an English count with the noun's right form. */
export function count(n: number, noun: string): string {
  return `${n} ${PLURAL.select(n) === 'one' ? noun : `${noun}s`}`;
}

/** The line a clean check ends with, in `npm run check:content` and `npm run build` alike. */
export function formatSuccess(contentDir: string, chapters: number, dataset: Dataset | null): string {
  const records = dataset ? dataset.events.length + dataset.figures.length + dataset.fotnScores.length : 0;
  return `✓ ${contentDir}/: ${count(chapters, 'chapter')} and ${count(records, 'record')}, no problems`;
}

/**
 * What an editor sees, the same in `npm run check:content`, `npm run build` and `npm run dev`:
 * one `✗` line per problem, then how many.
 */
export function formatReport(issues: ContentIssue[], contentDir: string): string {
  return `${issues.map((i) => `✗ ${formatIssue(i)}`).join('\n')}\n\n${count(issues.length, 'problem')} in ${contentDir}/. EDITING.md explains every message.`;
}

/** Warnings, one `⚠` line each, then how many; shown after the check, never fatal. */
export function formatWarnings(warnings: ContentIssue[]): string {
  return `${warnings.map((i) => `⚠ ${formatIssue(i)}`).join('\n')}\n\n${count(warnings.length, 'warning')} (the build goes on; EDITING.md, "Translate a chapter", says what to do).`;
}

/** The error an integration or a script throws: one issue per line, and how many. */
export class ContentError extends Error {
  constructor(readonly issues: ContentIssue[]) {
    const n = issues.length;
    super(
      `The content has ${count(n, 'problem')}; fix ${n === 1 ? 'it' : 'them'} and build again:\n` +
        issues.map((i) => `  ✗ ${formatIssue(i)}`).join('\n'),
    );
    this.name = 'ContentError';
  }
}
