/**
 * What the page's one Embed dialog shows for a figure, written by the build beside the figure's
 * Embed button (EmbedButton.astro) as `<script type="application/json" data-embed-editions>` and
 * read by src/embed/dialogSnippets.ts when the button opens the dialog.
 */
export interface EmbedRecord {
  /** The chart's title in the page's edition. */
  name: string;
  /** The stepper field's hint (it names the section's chapter), when the figure is a scrolly section. */
  chapterHint?: string;
  /** Per edition: the snippets (`script`, `iframe`, `chapter` where a stepper exists) and links. */
  editions: Partial<Record<string, Record<string, string>>>;
}

/** The record an Embed button names (`data-embed-record`), or undefined if missing or unreadable. */
export function readRecord(id: string | undefined): EmbedRecord | undefined {
  const json = id ? document.getElementById(id)?.textContent : undefined;
  try {
    return json ? (JSON.parse(json) as EmbedRecord) : undefined;
  } catch {
    return undefined;
  }
}
