import { readCatalogues, formatUiText } from './uiCatalogue';
import { LANGUAGE_TAGS, type Locale } from './locales';

// Read once per build (or dev server start): the catalogues are small and never change mid-build.
let catalogues: ReturnType<typeof readCatalogues> | undefined;

/**
 * An interface string in a language: `t('ru', 'language.switcher')`, with `{name}` placeholders
 * filled from `vars` and plural forms chosen by `vars.count`. For pages and build-time drawing
 * only: the browser gets its strings from the page (data attributes), never the catalogue.
 * An unknown key throws (a programming mistake, caught by any build); a key missing in one
 * language cannot happen, because the content check refuses it first.
 */
export function t(locale: Locale, key: string, vars?: Record<string, string | number>): string {
  catalogues ??= readCatalogues(process.cwd());
  const text = catalogues[locale].texts.get(key) ?? catalogues.en.texts.get(key);
  if (text === undefined) throw new Error(`no interface string "${key}" in src/i18n/en/`);
  return formatUiText(locale, text, vars, LANGUAGE_TAGS[locale]);
}
