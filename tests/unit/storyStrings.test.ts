import { describe, expect, test } from 'vitest';
import { t } from '../../src/lib/i18n/ui';
import { site } from '../../src/lib/site';

// The story's English words live twice: in src/lib/site.ts (embeds, oEmbed, JSON-LD's defaults,
// the lead figure) and in the story catalogue (the story page, every edition). They must agree.
describe('the English story catalogue says what site.ts says', () => {
  test('headline, dek, byline and lead caption', () => {
    expect(t('en', 'story.title')).toBe(site.headline);
    expect(t('en', 'story.dek')).toBe(site.dek);
    expect(t('en', 'story.bylineName')).toBe(site.byline);
    expect(t('en', 'story.leadCaption')).toBe(site.lead.caption);
  });

  test('plural forms of the chapter count follow each language', () => {
    expect(t('en', 'story.tocCount', { count: 1 })).toBe('1 chapter');
    expect(t('en', 'story.tocCount', { count: 9 })).toBe('9 chapters');
    expect(t('ru', 'story.tocCount', { count: 9 })).toBe('9 глав');
    expect(t('ru', 'story.tocCount', { count: 3 })).toBe('3 главы');
    expect(t('ru', 'story.tocCount', { count: 21 })).toBe('21 глава');
    expect(t('zh', 'story.tocCount', { count: 9 })).toBe('共9章');
  });
});
