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

/**
 * What an editor sees, the same in `npm run check:content`, `npm run build` and `npm run dev`:
 * one `✗` line per problem, then how many.
 */
export function formatReport(issues: ContentIssue[], contentDir: string): string {
  const n = issues.length;
  return `${issues.map((i) => `✗ ${formatIssue(i)}`).join('\n')}\n\n${n} problem${n === 1 ? '' : 's'} in ${contentDir}/. EDITING.md explains every message.`;
}

/** Warnings, one `⚠` line each, then how many; shown after the check, never fatal. */
export function formatWarnings(warnings: ContentIssue[]): string {
  const n = warnings.length;
  return `${warnings.map((i) => `⚠ ${formatIssue(i)}`).join('\n')}\n\n${n} warning${n === 1 ? '' : 's'} (the build goes on; EDITING.md, "Translating a chapter", says what to do).`;
}

/** The error an integration or a script throws: one issue per line, and how many. */
export class ContentError extends Error {
  constructor(readonly issues: ContentIssue[]) {
    const n = issues.length;
    super(
      `The content has ${n} problem${n === 1 ? '' : 's'}; fix ${n === 1 ? 'it' : 'them'} and build again:\n` +
        issues.map((i) => `  ✗ ${formatIssue(i)}`).join('\n'),
    );
    this.name = 'ContentError';
  }
}
