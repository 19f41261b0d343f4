/** Facts about the publication itself, used in meta tags, the byline and embeds. */
export const site = {
  name: 'The WeChat Week',
  headline: 'Seven days without WeChat: how Russia blocked China’s biggest app, and why it came back',
  dek: 'In May 2017 Russia’s internet regulator cut off WeChat for a week over a paperwork rule. The episode shows how two countries built very different roads to a controlled internet.',
  byline: 'The explainer desk',
  /** Day of first publication. The byline's "Updated" date is the latest day in content/data/corrections.json. */
  published: '2026-11-29',
  lang: 'en',
  /**
   * The figure under the headline (and the social card): a step of the story, by id, drawn at
   * build time, with the caption readers see. A story without that step uses its first step,
   * captioned with the chart's title.
   */
  lead: {
    step: 'unblock-day',
    caption: 'WeChat in Russia, spring 2017: blocked on 4 May, reachable again on 11 May.',
  },
} as const;
