import { type CollectionEntry, getCollection } from 'astro:content';
import { extractChapter } from './content/extractChapter';

export type ChapterEntry = CollectionEntry<'chapters'>;

/** Published chapters in reading order. */
export async function publishedChapters(): Promise<ChapterEntry[]> {
  const all = await getCollection('chapters', (c) => !c.data.draft);
  return all.sort((a, b) => a.data.order - b.data.order);
}

/** URL fragment of a chapter: its file name without the number, `01-the-week` → `the-week`. */
export function chapterAnchor(c: ChapterEntry): string {
  return c.id.replace(/^\d+-/, '');
}

/** Record ids in the order the chapters cite them (first citation wins). */
export function citationOrder(chapters: ChapterEntry[]): string[] {
  return chapters.flatMap((c) => extractChapter(c.body ?? '').cites.flatMap((x) => x.ids));
}
