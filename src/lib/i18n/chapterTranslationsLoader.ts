import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { EDITIONS, type Edition } from './locales';

/** Whether an edition has any translated chapter in a content folder (relative to the project). */
export function hasChapterTranslations(contentDir: string, locale: Edition): boolean {
  const dir = join(process.cwd(), contentDir, 'i18n', locale, 'chapters');
  return existsSync(dir) && readdirSync(dir).some((f) => f.endsWith('.mdx'));
}

/**
 * The translated chapters, `<content>/i18n/<edition>/chapters/*.mdx` (ids `ru/chapters/01-…`),
 * through Astro's glob loader, but only when some exist: the glob loader warns on every build
 * about an empty folder, and an edition without translations is normal (the story then shows
 * the English chapters with a note). Under `astro dev`, restart after adding the first one.
 */
export function chapterTranslationsLoader(contentDir: string): Loader {
  const base = `${contentDir}/i18n`;
  const inner = glob({ pattern: '*/chapters/*.mdx', base });
  return {
    name: 'chapter-translations',
    load: async (context) => {
      if (EDITIONS.some((l) => hasChapterTranslations(contentDir, l))) return inner.load(context);
      context.store.clear();
    },
  };
}
