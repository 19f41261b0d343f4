import { describe, expect, it } from 'vitest';
import { editionAlternates, editionParam, inEdition } from '../../src/embed/editions';
import { stepFigureUrl } from '../../src/lib/figures';

describe("where an edition's embeds, images and downloads live", () => {
  it('English at the root, the others under their language', () => {
    expect(inEdition('en', '/embed/timeline/')).toBe('/embed/timeline/');
    expect(inEdition('ru', '/embed/timeline/')).toBe('/ru/embed/timeline/');
    expect(inEdition('zh', '/#wechat-week')).toBe('/zh/#wechat-week');
    expect([editionParam('en'), editionParam('ru'), editionParam('zh')]).toEqual([undefined, 'ru', 'zh']);
  });

  it("a step's static figure in each edition", () => {
    expect(stepFigureUrl('block-day', 'wide')).toBe('/figures/block-day.svg');
    expect(stepFigureUrl('block-day', 'narrow', 'ru')).toBe('/ru/figures/narrow/block-day.svg');
    expect(stepFigureUrl('block-day', 'wide', 'zh')).toBe('/zh/figures/block-day.svg');
  });

  it('hreflang alternates: every edition and x-default, absolute', () => {
    expect(editionAlternates('/data/', new URL('https://graphics.example.com'))).toEqual([
      { hreflang: 'en', href: 'https://graphics.example.com/data/' },
      { hreflang: 'ru', href: 'https://graphics.example.com/ru/data/' },
      { hreflang: 'zh-Hans', href: 'https://graphics.example.com/zh/data/' },
      { hreflang: 'x-default', href: 'https://graphics.example.com/data/' },
    ]);
  });
});
