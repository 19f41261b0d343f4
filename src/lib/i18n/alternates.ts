import { LANGUAGE_TAGS, LOCALES, type Locale } from './locales';

/** Open Graph's locale for each edition (language_TERRITORY). */
export const OG_LOCALES: Record<Locale, string> = { en: 'en_GB', ru: 'ru_RU', zh: 'zh_CN' };

/** The path of a page in an edition: English at the root, the others under /ru/ and /zh/. */
export function editionPath(locale: Locale, path = '/'): string {
  const english = englishPath(path);
  return locale === 'en' ? english : `/${locale}${english}`;
}

/** A page's path without its edition prefix: `/ru/data/` → `/data/`, `/zh/` → `/`. */
export function englishPath(path: string): string {
  const m = /^\/(ru|zh)(\/.*)?$/.exec(path);
  return m ? (m[2] ?? '/') : path;
}

/**
 * The `<link rel="alternate" hreflang>` set of a page that exists in every edition: one per
 * edition (hreflang en, ru, zh-Hans), and x-default → English, each an absolute URL. Every
 * edition's page lists the same set, itself included, so the links are reciprocal. For any page
 * (story, /data/, embeds): `alternates(Astro.url.pathname, Astro.site)`.
 */
export function alternates(path: string, site: URL): { hreflang: string; href: string }[] {
  const links = LOCALES.map((l) => ({
    hreflang: LANGUAGE_TAGS[l],
    href: new URL(editionPath(l, path), site).href,
  }));
  return [...links, { hreflang: 'x-default', href: new URL(editionPath('en', path), site).href }];
}
