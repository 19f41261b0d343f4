import { describe, expect, it } from 'vitest';
import { editionParam } from '../../src/embed/editions';
import { editionPath } from '../../src/lib/i18n/alternates';
import { stepFigureUrl } from '../../src/lib/figures';

describe("where an edition's embeds, images and downloads live", () => {
  it('English at the root, the others under their language', () => {
    expect(editionPath('en', '/embed/timeline/')).toBe('/embed/timeline/');
    expect(editionPath('ru', '/embed/timeline/')).toBe('/ru/embed/timeline/');
    expect(editionPath('zh', '/#wechat-week')).toBe('/zh/#wechat-week');
    expect([editionParam('en'), editionParam('ru'), editionParam('zh')]).toEqual([undefined, 'ru', 'zh']);
  });

  it("a step's static figure in each edition", () => {
    expect(stepFigureUrl('block-day', 'wide')).toBe('/figures/block-day.svg');
    expect(stepFigureUrl('block-day', 'narrow', 'ru')).toBe('/ru/figures/narrow/block-day.svg');
    expect(stepFigureUrl('block-day', 'wide', 'zh')).toBe('/zh/figures/block-day.svg');
  });
});
