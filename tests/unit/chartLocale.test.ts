/**
 * The charts' words, dates and names in each edition: Intl formats in Russian and Chinese, tick
 * labels, country names, Chinese line breaking, the drawn-states URL a page picks, and the
 * charts' own copy of the locale list staying the same as src/lib/i18n/locales.ts's.
 */
import { describe, expect, it } from 'vitest';
import { charts, chartSource, chartTitle } from '../../src/charts/registry';
import { storyCountryName } from '../../src/charts/shared/countries';
import {
  formatDate,
  formatDayShort,
  formatDuration,
  formatMonth,
  formatMonthSince,
  formatNumber,
  formatRange,
} from '../../src/charts/shared/format';
import { chartText, LANGUAGE_TAGS as CHART_TAGS, listAnd } from '../../src/charts/shared/i18n';
import { breakable, textWidth, wrap } from '../../src/charts/shared/text';
import { timeTicks } from '../../src/charts/timeline/time';
import { glossaryCountries } from '../../src/lib/i18n/localizedRecord';
import { readGlossary } from '../../src/lib/i18n/glossary';
import { LANGUAGE_TAGS, LOCALES } from '../../src/lib/i18n/locales';
import { stepAnnouncement, stepCounter } from '../../src/scrolly/liveRegion';
import { statesUrl } from '../../src/scrolly/statesUrl';

const utc = (s: string) => Date.parse(`${s}T00:00:00Z`);

describe('the charts’ locales', () => {
  it('are the editions of src/lib/i18n/locales.ts, with the same language tags', () => {
    expect(Object.keys(CHART_TAGS).sort()).toEqual([...LOCALES].sort());
    expect(CHART_TAGS).toEqual(LANGUAGE_TAGS);
  });
});

describe('dates and numbers', () => {
  it('write a day, a month and a year in each language', () => {
    expect(formatDate('2017-05-04', undefined, 'ru')).toBe('4 мая 2017\u00a0г.');
    expect(formatDate('2017-05-04', undefined, 'zh')).toBe('2017年5月4日');
    expect(formatDate('2017-05-04', undefined, 'en')).toBe('4 May 2017');
    expect(formatDate('2017-05', undefined, 'ru')).toBe('май 2017\u00a0г.');
    expect(formatDate('2017-05', undefined, 'zh')).toBe('2017年5月');
    expect(formatDate('2017', undefined, 'zh')).toBe('2017');
    expect(formatDate('2017-05-04', 'quarter', 'zh')).toBe('2017年第2季度');
    expect(formatMonth('2017-09', 'ru')).toBe('сент. 2017\u00a0г.');
    expect(formatDayShort('2026-02-10', 'ru')).toBe('10 февр. 2026\u00a0г.');
  });
  it('put the Russian month in the genitive after "с" (since)', () => {
    expect(formatMonthSince('2017-05-04', 'ru')).toBe('мая 2017\u00a0г.');
    expect(formatMonthSince('2017-09-04', 'ru')).toBe('сент. 2017\u00a0г.');
    expect(formatMonthSince('2017-05-04', 'zh')).toBe('2017年5月');
  });
  it('write ranges and durations as each language does', () => {
    expect(formatRange('2017-05-04', '2017-05-11', 'ru')).toBe('4–11 мая 2017\u00a0г.');
    expect(formatRange('2017-05-04', '2017-05-11', 'zh')).toBe('2017年5月4日至5月11日');
    expect(formatRange('2017-05-04', '2018-06-18', 'zh')).toBe('2017年5月4日至2018年6月18日');
    expect(formatRange('2017-05-04', '2017-05-11', 'en')).toBe('4–11 May 2017');
    expect(formatDuration('2017-05-04', '2017-05-11', 'ru')).toBe('7 дней');
    expect(formatDuration('2017-05-04', '2017-05-11', 'zh')).toBe('7天');
    expect(formatDuration('2015-01-01', '2017-03-01', 'ru')).toBe('2 года 2 месяца');
    expect(formatDuration('2017-05-04', '2017-05-04', 'zh')).toBe('不到一天');
    expect(formatNumber(1234.5, 'ru')).toBe('1\u00a0234,5');
    expect(formatNumber(1234.5, 'en')).toBe('1234.5');
  });
  it('label the timeline’s ticks in each language, years as digits', () => {
    const labels = (locale: 'en' | 'ru' | 'zh', from: string, to: string, length: number) =>
      timeTicks(utc(from), utc(to), length, undefined, locale).ticks.map((t) => t.label);
    expect(labels('ru', '2017-01-01', '2018-01-01', 600).slice(3, 6)).toEqual(['апр.', 'май', 'июнь']);
    expect(labels('zh', '2017-01-01', '2018-01-01', 600).slice(3, 6)).toEqual(['4月', '5月', '6月']);
    expect(labels('ru', '2017-05-01', '2017-05-15', 1000)).toContain('4 мая');
    expect(labels('zh', '2017-05-01', '2017-05-15', 1000)).toContain('5月4日');
    expect(labels('zh', '2000-01-01', '2020-01-01', 600)).toContain('2010');
    // Wider labels ("5月4日" against "4 May") take wider steps: 14 days in 800 px are not all labelled.
    expect(labels('en', '2017-05-01', '2017-05-15', 800)).toHaveLength(14);
    expect(labels('zh', '2017-05-01', '2017-05-15', 800).length).toBeLessThan(14);
    expect(labels('en', '2017-01-01', '2018-01-01', 600).slice(3, 6)).toEqual(['Apr', 'May', 'Jun']);
  });
  it('pluralise counts in Russian and fill lists', () => {
    expect(chartText('ru', 'charts.tl.card.events', { count: 3 })).toBe('3 события');
    expect(chartText('ru', 'charts.tl.card.events', { count: 5 })).toBe('5 событий');
    expect(chartText('ru', 'charts.tl.card.events', { count: 21 })).toBe('21 событие');
    expect(listAnd('ru', ['Россия', 'Китай', 'Казахстан'])).toBe('Россия, Китай и Казахстан');
    expect(listAnd('zh', ['俄罗斯', '中国', '哈萨克斯坦'])).toBe('俄罗斯、中国和哈萨克斯坦');
  });
});

describe('country names', () => {
  it('name Russia and China in each language, as the glossary does', () => {
    expect(storyCountryName('RU', 'ru')).toBe('Россия');
    expect(storyCountryName('CN', 'ru')).toBe('Китай');
    expect(storyCountryName('RU', 'zh')).toBe('俄罗斯');
    expect(storyCountryName('CN', 'zh')).toBe('中国');
    expect(storyCountryName('RU', 'en')).toBe('Russia');
    const glossary = glossaryCountries(readGlossary(process.cwd(), 'content').glossary);
    for (const locale of ['ru', 'zh'] as const)
      for (const code of ['RU', 'CN'] as const)
        if (glossary[locale][code]) expect(storyCountryName(code, locale)).toBe(glossary[locale][code]);
  });
});

describe('Chinese text', () => {
  it('is measured 1 em a character, and Cyrillic with Arial’s widths', () => {
    expect(textWidth('微信', 10)).toBeCloseTo(20.8);
    expect(textWidth('Ж', 1000)).toBeCloseTo(923 * 1.04);
    expect(textWidth('Россия', 12)).toBeGreaterThan(textWidth('Russia', 12));
  });
  it('breaks between characters, never before closing or after opening punctuation', () => {
    expect(breakable('微信被封锁，（2017年）')).toEqual(['微', '信', '被', '封', '锁，', '（2017', '年）']);
    expect(breakable('WeChat')).toEqual(['WeChat']);
    const lines = wrap('俄罗斯联邦通信、信息技术和大众传媒监督局封锁微信', 12, 80);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(textWidth(l, 12)).toBeLessThanOrEqual(80);
    expect(lines.join('')).toBe('俄罗斯联邦通信、信息技术和大众传媒监督局封锁微信');
  });
});

describe('a word too wide for its line', () => {
  it('breaks between syllables, as Russian typesetting allows, never leaving a letter or a consonant alone', () => {
    // The 6 May callout in a 70-px column (the Russian edition on a 320-px phone).
    expect(wrap('Tencent извиняется за блокировку в России', 14, 70, true)).toEqual([
      'Tencent',
      'извиня-',
      'ется за',
      'блоки-',
      'ровку в',
      'России',
    ]);
    expect(wrap('China blocks Facebook WeChat', 14, 48, true)).toEqual([
      'China',
      'blocks',
      'Face-',
      'book',
      'We-',
      'Chat',
    ]);
    // A word's own hyphen is where it breaks first, without a second one.
    expect(wrap('онлайн-сервисов', 12, 60, true)[0]).toBe('онлайн-');
  });
});

describe('the page’s edition', () => {
  it('picks the drawn states of the page’s language', () => {
    expect(statesUrl('/', 'ru', 'wechat-week', 'wide', 'svg')).toBe('/ru/states/wechat-week/wide.svg');
    expect(statesUrl('/', 'zh-Hans', 'wechat-week', 'narrow', 'json')).toBe(
      '/zh/states/wechat-week/narrow.json',
    );
    expect(statesUrl('/', 'en', 'wechat-week', 'wide', 'svg')).toBe('/states/wechat-week/wide.svg');
    expect(statesUrl('', '', 'a b', 'medium', 'svg')).toBe('/states/a%20b/medium.svg');
    expect(statesUrl('/', 'de', 'x', 'wide', 'svg')).toBe('/states/x/wide.svg');
  });
  it('announces steps in the page’s words, English when the page gives none', () => {
    expect(stepAnnouncement(1, 6, 'A map.')).toBe('Figure, step 2 of 6: A map.');
    expect(stepAnnouncement(1, 6, 'Карта.', chartlessRu())).toBe('График, шаг 2 из 6: Карта.');
    expect(stepCounter(0, 6, '第{n}步，共{count}步')).toBe('第1步，共6步');
  });
});

function chartlessRu(): string {
  return 'График, шаг {n} из {count}: {alt}';
}

describe('sentences ending on a Russian date', () => {
  it('take one full stop, not two', () => {
    const s = chartText('ru', 'charts.sm.cellLabelSince', {
      service: 'WeChat',
      country: 'Россия',
      day: formatDate('2017-05-04', undefined, 'ru'),
      status: 'заблокирован',
      since: formatDate('2017-05-04', undefined, 'ru'),
    });
    expect(s).toBe('WeChat, Россия, 4 мая 2017\u00a0г.: заблокирован с 4 мая 2017\u00a0г.');
  });
});

describe('chart titles and source lines', () => {
  it('are each chart’s own in English, and translated in the editions', () => {
    for (const chart of Object.values(charts)) {
      expect(chartTitle(chart, 'en')).toBe(chart.title);
      expect(chartSource(chart, 'en')).toBe(chart.source);
      // The English catalogue repeats the module's words, so the two never drift apart.
      expect(chartText('en', `charts.${chart.id}.title`)).toBe(chart.title);
      expect(chartText('en', `charts.${chart.id}.source`)).toBe(chart.source);
      expect(chartTitle(chart, 'ru')).not.toBe(chart.title);
      expect(chartSource(chart, 'zh')).not.toBe(chart.source);
    }
  });
});
