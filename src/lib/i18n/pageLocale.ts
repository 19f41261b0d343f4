import { LOCALES, type Locale } from './locales';

/**
 * The edition a page belongs to, from Astro's i18n routing: `pageLocale(Astro.currentLocale)`
 * is 'ru' under /ru/, 'zh' under /zh/, and English anywhere else.
 */
export function pageLocale(currentLocale: string | undefined): Locale {
  return (LOCALES as readonly string[]).includes(currentLocale ?? '') ? (currentLocale as Locale) : 'en';
}
