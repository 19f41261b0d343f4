/**
 * schema.org JSON-LD for search engines and aggregators: a NewsArticle for the story and a
 * Dataset for the data page. Built from the same facts the pages show (site.ts, the corrections
 * log, the downloads), so the markup never says something the page does not.
 */
import { editionPath } from './i18n/alternates';
import { LANGUAGE_TAGS, type Locale } from './i18n/locales';
import { t } from './i18n/ui';
import { site } from './site';

type Thing = Record<string, unknown>;

const publisher = (origin: URL): Thing => ({
  '@type': 'Organization',
  name: site.name,
  url: new URL('/', origin).href,
});

export interface ArticleInput {
  /** The site's origin (Astro.site). */
  origin: URL;
  /** Absolute URL of the lead figure's PNG, when the story has one. */
  image?: string | undefined;
  /** YYYY-MM-DD of the latest correction, or the publication day. */
  modified: string;
  /** The edition (English when absent), with its headline and description. */
  locale?: Locale;
  headline?: string;
  description?: string;
}

/** The story as a schema.org NewsArticle. */
export function newsArticle({
  origin,
  image,
  modified,
  locale = 'en',
  headline = site.headline,
  description = site.dek,
}: ArticleInput): Thing {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline,
    description,
    datePublished: site.published,
    dateModified: modified,
    inLanguage: LANGUAGE_TAGS[locale],
    mainEntityOfPage: new URL(editionPath(locale), origin).href,
    ...(image ? { image: [image] } : {}),
    author: [{ '@type': 'Organization', name: site.byline, url: new URL('/', origin).href }],
    publisher: publisher(origin),
  };
}

export interface DatasetInput {
  origin: URL;
  /** The edition the page and its files are in. */
  locale: Locale;
  /** Site path of the data page (`/data/`, `/ru/data/`). */
  path: string;
  description: string;
  modified: string;
  /** Each download: its site path, title and content type. */
  files: { path: string; title: string; contentType: string }[];
  /** First and last date in the dataset, YYYY-MM-DD or shorter. */
  coverage: [string, string];
}

/** An edition's downloads as a schema.org Dataset with one DataDownload per file. */
export function dataset({
  origin,
  locale,
  path,
  description,
  modified,
  files,
  coverage,
}: DatasetInput): Thing {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: t(locale, 'data.datasetName', { site: site.name }),
    description,
    url: new URL(path, origin).href,
    isAccessibleForFree: true,
    inLanguage: LANGUAGE_TAGS[locale],
    datePublished: site.published,
    dateModified: modified,
    temporalCoverage: `${coverage[0]}/${coverage[1]}`,
    keywords: ['internet censorship', 'Roskomnadzor', 'WeChat', 'Russia', 'China', 'Freedom on the Net'],
    creator: publisher(origin),
    publisher: publisher(origin),
    distribution: files.map((f) => ({
      '@type': 'DataDownload',
      name: f.title,
      encodingFormat: f.contentType.split(';')[0]!.trim(),
      contentUrl: new URL(f.path, origin).href,
    })),
  };
}

/**
 * JSON for a `<script type="application/ld+json">` body: `<` is escaped so no text in the data
 * can close the script element (the browser never runs a data script, so the CSP needs no hash).
 */
export function jsonLdText(thing: Thing): string {
  return JSON.stringify(thing).replace(/</g, '\\u003c');
}
