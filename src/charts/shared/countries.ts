import { LANGUAGE_TAGS, type Locale } from './i18n';

/**
 * The two countries the story compares. Every chart draws them first and always: the timeline's
 * own lanes, the matrices' columns, the panels, the map's labelled countries.
 */
export const STORY_COUNTRIES = ['RU', 'CN'] as const;
export type StoryCountry = (typeof STORY_COUNTRIES)[number];

/** Their names as the charts write them in English. */
export const STORY_COUNTRY_NAMES: Record<StoryCountry, string> = { RU: 'Russia', CN: 'China' };

/**
 * A story country's name in an edition: "Russia", "Россия", "俄罗斯". The other editions take
 * the standard short name from `Intl`, as localizedDataset names the map's countries, so a country
 * is named one way in every chart; English keeps its own.
 */
export function storyCountryName(code: StoryCountry, locale: Locale = 'en'): string {
  if (locale === 'en') return STORY_COUNTRY_NAMES[code];
  return new Intl.DisplayNames([LANGUAGE_TAGS[locale]], { type: 'region', style: 'short' }).of(code) ?? code;
}

/** True for RU and CN. */
export function isStoryCountry(code: string): code is StoryCountry {
  return (STORY_COUNTRIES as readonly string[]).includes(code);
}
