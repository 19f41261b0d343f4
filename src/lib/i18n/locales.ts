/** The story's editions. English is the source; the others translate it and share its structure. */
export const LOCALES = ['en', 'ru', 'zh'] as const;
export type Locale = (typeof LOCALES)[number];

/** Editions translated from the English (each has a folder under content/i18n/). */
export const EDITIONS = ['ru', 'zh'] as const satisfies readonly Locale[];
export type Edition = (typeof EDITIONS)[number];

/** How an editor names each language in a message. */
export const LANGUAGE_NAMES: Record<Locale, string> = { en: 'English', ru: 'Russian', zh: 'Chinese' };

/** BCP 47 tag for `Intl` and `lang` (Simplified Chinese is written zh-Hans). */
export const LANGUAGE_TAGS: Record<Locale, string> = { en: 'en', ru: 'ru', zh: 'zh-Hans' };

/** The translation folder of a content folder: `content` → `content/i18n`. */
export function i18nDir(contentDir: string): string {
  return `${contentDir}/i18n`;
}
