import type { ChapterFile } from './validateChapters';
import type { ContentIssue } from './issue';
import { parse as parseYaml } from 'yaml';

/**
 * The text `npm run new:chapter` writes for the editor to replace. A scaffold starts as a draft;
 * once `draft` is false, any of these still in the file would be published, so the check refuses.
 */
export const PLACEHOLDER_SUMMARY =
  'One sentence for the table of contents and social cards (at most 200 characters).';
export const PLACEHOLDER_BODY = 'Write the chapter here in Markdown.';

/** Published chapters that still hold the scaffold's placeholder text. */
export function placeholderIssues(chapters: ChapterFile[]): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const { file, text } of chapters) {
    const fm = /^---\n([\s\S]*?)\n---/.exec(text);
    let draft = false;
    try {
      draft = (parseYaml(fm?.[1] ?? '') as { draft?: unknown } | null)?.draft === true;
    } catch {
      continue; // the frontmatter rules report unreadable YAML
    }
    if (draft) continue;
    const lines = text.split('\n');
    for (const [placeholder, field] of [
      [PLACEHOLDER_SUMMARY, 'summary'],
      [PLACEHOLDER_BODY, undefined],
    ] as const) {
      const i = lines.findIndex((l) => l.includes(placeholder));
      if (i >= 0)
        issues.push({
          file,
          line: i + 1,
          record: field ? 'frontmatter' : undefined,
          field,
          message: `still holds the new-chapter placeholder "${placeholder.length > 40 ? `${placeholder.slice(0, 40)}…` : placeholder}"; replace it with your own text, or keep draft: true until it is written`,
        });
    }
  }
  return issues;
}
