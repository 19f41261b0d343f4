/**
 * The default state of a chart in an edition as a standalone SVG (`/embed/<chart>/image.svg`,
 * `/ru/embed/<chart>/image.svg`), the picture the PNG, the `<noscript>` fallback, social cards
 * and oEmbed thumbnails are made from. Build time only.
 */
import { standaloneSvg } from '../lib/figures';
import type { Locale } from '../lib/i18n/locales';
import { type ChartEmbed, chartEmbeds } from './catalog';
import { editionDataset, everyEdition } from './editions';

/** `getStaticPaths` of the image routes: every chart in every edition. */
export function chartImagePaths() {
  return everyEdition(async (locale) =>
    (await chartEmbeds(locale)).map((e) => ({ params: { chart: e.id }, props: {} })),
  );
}

/** The chart's embed in `locale`, or undefined for an unknown id. */
export async function chartEmbed(id: string | undefined, locale: Locale): Promise<ChartEmbed | undefined> {
  return (await chartEmbeds(locale)).find((e) => e.id === id);
}

export async function chartImageSvg(embed: ChartEmbed): Promise<string> {
  return standaloneSvg(
    embed.chart,
    await editionDataset(embed.locale),
    embed.chart.defaultState,
    'wide',
    embed.description,
    embed.locale,
  );
}
