/** Facts about the publication itself, used in meta tags, the byline and embeds. */
export const site = {
  name: 'The WeChat Week',
  headline: 'Seven days without WeChat: how Russia blocked China’s biggest app, and why it came back',
  dek: 'In May 2017 Russia’s internet regulator cut off WeChat for a week over a paperwork rule. The episode shows how two countries built very different roads to a controlled internet.',
  byline: 'The explainer desk',
  published: '2026-11-29',
  updated: '2026-11-29',
  lang: 'en',
} as const;
