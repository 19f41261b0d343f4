/**
 * The two countries the story compares. Every chart draws them first and always: the timeline's
 * own lanes, the matrices' columns, the panels, the map's labelled countries.
 */
export const STORY_COUNTRIES = ['RU', 'CN'] as const;
export type StoryCountry = (typeof STORY_COUNTRIES)[number];

/** Their names as the charts write them. */
export const STORY_COUNTRY_NAMES: Record<StoryCountry, string> = { RU: 'Russia', CN: 'China' };

/** True for RU and CN. */
export function isStoryCountry(code: string): code is StoryCountry {
  return (STORY_COUNTRIES as readonly string[]).includes(code);
}
