import { type CollectionEntry, getCollection } from 'astro:content';
import { chapterAnchor, type ChapterEntry, publishedChapters } from '../chapters';
import { hasChapterTranslations } from './chapterTranslationsLoader';
import type { Locale } from './locales';

/** A chapter as one edition shows it. */
export interface EditionChapter {
  /** The English chapter: order, draft, dates and anchor come from it. */
  english: ChapterEntry;
  /** What to render: the translation, or the English while none exists. */
  entry: ChapterEntry | CollectionEntry<'chapterTranslations'>;
  /** False when the edition has no translation yet (the page says so, in its language). */
  translated: boolean;
  anchor: string;
  title: string;
  summary: string;
}

/**
 * The published chapters in reading order, in an edition: title, summary and body from
 * content/i18n/<edition>/chapters/<same file name> when it exists, the English otherwise.
 * Order, draft and dates always come from the English chapter.
 */
export async function editionChapters(locale: Locale): Promise<EditionChapter[]> {
  const english = await publishedChapters();
  const translations =
    // Asking Astro for an empty collection prints a warning on every build: look on disk first.
    locale === 'en' || !hasChapterTranslations(process.env.CONTENT_DIR ?? 'content', locale)
      ? new Map<string, CollectionEntry<'chapterTranslations'>>()
      : new Map(
          (await getCollection('chapterTranslations', (t) => t.id.startsWith(`${locale}/`))).map((t) => [
            t.id.split('/').pop()!,
            t,
          ]),
        );
  return english.map((c) => {
    const t = translations.get(c.id);
    return {
      english: c,
      entry: t ?? c,
      translated: locale === 'en' || t !== undefined,
      anchor: chapterAnchor(c),
      title: t?.data.title ?? c.data.title,
      summary: t?.data.summary ?? c.data.summary,
    };
  });
}
