/**
 * Where each edition's embeds, images, oEmbed and downloads live: English at the root
 * (`/embed/timeline/`), the others under their language (`/ru/embed/timeline/`). One route file
 * serves every edition through a leading rest parameter (`src/pages/[...edition]/…`), which is
 * `undefined` for English, so `Astro.currentLocale` (and `pageLocale`) name the edition.
 */
import type { Dataset } from '../lib/dataset';
import { localizedDataset } from '../lib/i18n/localizedRecord';
import { LOCALES, type Locale } from '../lib/i18n/locales';
import { loadDataset } from '../lib/loadDataset';

/** The `edition` rest parameter of a route for each locale (undefined: English at the root). */
export function editionParam(locale: Locale): string | undefined {
  return locale === 'en' ? undefined : locale;
}

/** `getStaticPaths` entries for every edition, each with `extra` params and props of its own. */
export async function everyEdition<P extends Record<string, string | undefined>, T>(
  each: (locale: Locale) => Promise<{ params: P; props: T }[]> | { params: P; props: T }[],
): Promise<{ params: P & { edition: string | undefined }; props: T & { locale: Locale } }[]> {
  const out = [];
  for (const locale of LOCALES)
    for (const p of await each(locale))
      out.push({
        params: { ...p.params, edition: editionParam(locale) },
        props: { ...p.props, locale },
      });
  return out;
}

const datasets = new Map<Locale, Promise<Dataset>>();
/**
 * The dataset as an edition's reader sees it (`localizedDataset`), one object per edition per
 * build, so `chartData`'s per-dataset cache holds.
 */
export function editionDataset(locale: Locale): Promise<Dataset> {
  let ds = datasets.get(locale);
  if (!ds) {
    ds = loadDataset().then((en) => localizedDataset(en, locale));
    datasets.set(locale, ds);
  }
  return ds;
}
