import type { FotnScore } from '../../schemas/fotnScore';
import type { Dataset } from '../dataset';
import { readEditions } from './datasetTranslations';
import { type Glossary, readGlossary } from './glossary';
import { type Edition, LANGUAGE_TAGS, type Locale } from './locales';
import {
  type EditionTranslations,
  TRANSLATED,
  type TranslatableRecord,
  type TranslatedCollection,
} from './readerFields';

/** A record a reader can see in another language. */
export type LocalizableRecord = TranslatableRecord | FotnScore;

/** What an edition needs to show a record: its text, and the glossary's names for countries. */
export interface Translations {
  /** Edition → data file → record id → field → text (content/i18n/<edition>/*.json). */
  text: Partial<Record<Edition, EditionTranslations>>;
  /** Edition → ISO code → name, from glossary terms that name a country; others come from Intl. */
  countries?: Partial<Record<Edition, Record<string, string>>>;
}

let real: Translations | undefined;

/** The translations and glossary in content/i18n/ (or CONTENT_DIR's), read once at build time. */
export function contentTranslations(): Translations {
  const root = process.cwd();
  const dir = process.env.CONTENT_DIR ?? 'content';
  real ??= {
    text: readEditions(root, dir).translations,
    countries: glossaryCountries(readGlossary(root, dir).glossary),
  };
  return real;
}

/** Country names the glossary fixes, by edition and ISO code. */
export function glossaryCountries(glossary: Glossary | null): Record<Edition, Record<string, string>> {
  const out: Record<Edition, Record<string, string>> = { ru: {}, zh: {} };
  for (const t of glossary?.terms ?? []) if (t.country) [out.ru[t.country], out.zh[t.country]] = [t.ru, t.zh];
  return out;
}

/**
 * The record as a reader of `locale` sees it: its reader-visible fields (see readerFields.ts) in
 * that language, every other field (id, dates, numbers, sources) as in content/data/. English
 * returns the record itself. A Freedom on the Net score gets the country's name in that language:
 * the glossary's when a term names that country, else Intl's. A text with no translation stays
 * English: `npm run check:content` reports it first, except for a service whose name is the same
 * in every language.
 */
export function localizedRecord<T extends LocalizableRecord>(
  record: T,
  locale: Locale,
  translations: Translations = contentTranslations(),
): T {
  if (locale === 'en') return record;
  if ('countryName' in record)
    return {
      ...record,
      countryName:
        translations.countries?.[locale]?.[record.country] ??
        countryName(record.country, locale) ??
        record.countryName,
    };
  const c = TRANSLATED[collectionOf(record)];
  const text = translations.text[locale]?.[c.file]?.[record.id];
  if (!text) return record;
  const out: Record<string, unknown> = { ...record };
  for (const f of c.fields as readonly string[])
    if (typeof out[f] === 'string' && typeof text[f] === 'string' && text[f].trim()) out[f] = text[f];
  return out as T;
}

/** The whole dataset as a reader of `locale` sees it (what a chart's `select` takes), record by record. */
export function localizedDataset(
  ds: Dataset,
  locale: Locale,
  translations: Translations = contentTranslations(),
): Dataset {
  if (locale === 'en') return ds;
  const each = <T extends LocalizableRecord>(list: T[]) =>
    list.map((r) => localizedRecord(r, locale, translations));
  return {
    events: each(ds.events),
    figures: each(ds.figures),
    fotnScores: each(ds.fotnScores),
    fotnScales: each(ds.fotnScales),
    services: each(ds.services),
    mechanisms: each(ds.mechanisms),
  };
}

/** Which data file's list a record comes from, by the fields only that list has. */
export function collectionOf(record: TranslatableRecord): TranslatedCollection {
  if ('category' in record) return 'events';
  if ('series' in record) return 'figures';
  if ('bands' in record) return 'fotnScales';
  if ('matrix' in record) return 'services';
  return 'mechanisms';
}

/**
 * A country's standard name in a language, in the short form newsrooms use ("США", not
 * "Соединенные Штаты"), or undefined when Intl does not know the code.
 */
export function countryName(code: string, locale: Locale): string | undefined {
  try {
    const names = new Intl.DisplayNames([LANGUAGE_TAGS[locale]], {
      type: 'region',
      style: 'short',
      fallback: 'none',
    });
    const name = names.of(code);
    return name || undefined;
  } catch {
    return undefined;
  }
}
