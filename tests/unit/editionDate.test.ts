import { describe, expect, test } from 'vitest';
import { editionDate } from '../../src/lib/i18n/dates';
import { alternates, editionPath, englishPath } from '../../src/lib/i18n/alternates';

describe('dates in an edition', () => {
  test.each([
    ['2017-05-04', 'day', '4 May 2017', '4 мая 2017 г.', '2017年5月4日'],
    ['2017-05', 'month', 'May 2017', 'май 2017 г.', '2017年5月'],
    ['2017', 'year', '2017', '2017', '2017年'],
    ['2017-06-30', 'quarter', 'Q2 2017', '2-й квартал 2017 г.', '2017年第2季度'],
  ] as const)('%s (%s)', (date, precision, en, ru, zh) => {
    expect(editionDate(date, precision, 'en')).toBe(en);
    expect(editionDate(date, precision, 'ru')).toBe(ru);
    expect(editionDate(date, precision, 'zh')).toBe(zh);
  });
});

describe('edition paths and alternates', () => {
  test('a page in each edition, and back', () => {
    expect(editionPath('ru', '/')).toBe('/ru/');
    expect(editionPath('zh', '/data/')).toBe('/zh/data/');
    expect(editionPath('en', '/ru/data/')).toBe('/data/');
    expect(englishPath('/zh/')).toBe('/');
    expect(englishPath('/embed/timeline/')).toBe('/embed/timeline/');
  });

  test('every edition and x-default, the same set from any edition', () => {
    const site = new URL('https://example.org');
    const set = alternates('/ru/data/', site);
    expect(set).toEqual([
      { hreflang: 'en', href: 'https://example.org/data/' },
      { hreflang: 'ru', href: 'https://example.org/ru/data/' },
      { hreflang: 'zh-Hans', href: 'https://example.org/zh/data/' },
      { hreflang: 'x-default', href: 'https://example.org/data/' },
    ]);
    expect(alternates('/data/', site)).toEqual(set);
  });
});
