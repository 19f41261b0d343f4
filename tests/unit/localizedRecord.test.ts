import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/content/loadContent';
import {
  collectionOf,
  contentTranslations,
  countryName,
  localizedDataset,
  localizedRecord,
  type Translations,
} from '../../src/lib/i18n/localizedRecord';
import type { Event } from '../../src/schemas/event';

const ROOT = join(import.meta.dirname, '../..');
const { dataset } = checkContent(ROOT, 'content');
const translations = contentTranslations();
const ds = dataset!;
const block = ds.events.find((e) => e.id === 'ru-wechat-block-2017')!;

describe('localizedRecord', () => {
  test('English is the record itself', () => {
    expect(localizedRecord(block, 'en', translations)).toBe(block);
  });

  test('an event reads in Russian and Chinese, with its id, dates and sources untouched', () => {
    const ru = localizedRecord(block, 'ru', translations);
    const zh = localizedRecord(block, 'zh', translations);
    expect(ru.title).toBe('Россия блокирует WeChat');
    expect(zh.title).toBe('俄罗斯封锁微信');
    expect(zh.actor).toBe('俄联邦通信监管局');
    expect(ru.dateNote).toMatch(/^Запись в реестре датирована 4 мая/);
    for (const r of [ru, zh]) {
      const { title, summary, actor, subject, dateNote, ...rest } = r;
      const { title: _t, summary: _s, actor: _a, subject: _u, dateNote: _d, ...english } = block;
      expect(rest).toEqual(english);
      expect(r.sources).toBe(block.sources);
    }
  });

  test('does not change the record it is given', () => {
    const copy = structuredClone(block);
    localizedRecord(block, 'zh', translations);
    expect(block).toEqual(copy);
  });

  test('translates only fields the English record has', () => {
    const bare = { ...block, dateNote: undefined } as unknown as Event;
    delete (bare as Partial<Event>).dateNote;
    expect('dateNote' in localizedRecord(bare, 'ru', translations)).toBe(false);
  });

  test('a service keeps its English name where no edition gives another', () => {
    const telegram = ds.services.find((s) => s.id === 'telegram')!;
    const wechat = ds.services.find((s) => s.id === 'wechat')!;
    expect(localizedRecord(telegram, 'zh', translations).name).toBe('Telegram');
    expect(localizedRecord(wechat, 'zh', translations).name).toBe('微信');
    expect(localizedRecord(wechat, 'ru', translations).name).toBe('WeChat');
  });

  test('mechanisms, figures and Freedom on the Net scales have their text in each edition', () => {
    const m = ds.mechanisms.find((x) => x.id === 'data-localisation')!;
    expect(localizedRecord(m, 'ru', translations)).toMatchObject({
      name: 'Локализация данных',
      short: 'Локализация данных',
    });
    expect(localizedRecord(m, 'zh', translations).name).toBe('数据本地化');
    const f = ds.figures.find((x) => x.id === 'cn-internet-users-2017-06')!;
    expect(localizedRecord(f, 'zh', translations)).toMatchObject({ unit: '百万网民', value: 751 });
    const scale = ds.fotnScales[0]!;
    expect(localizedRecord(scale, 'ru', translations).summary).toMatch(/Freedom on the Net/);
    expect(localizedRecord(scale, 'ru', translations).bands).toBe(scale.bands);
  });

  test("a Freedom on the Net score names its country in the reader's language", () => {
    const ru2017 = ds.fotnScores.find((s) => s.id === 'fotn-2017-ru')!;
    expect(localizedRecord(ru2017, 'ru', translations).countryName).toBe('Россия');
    expect(localizedRecord(ru2017, 'zh', translations).countryName).toBe('俄罗斯');
    expect(localizedRecord(ru2017, 'en', translations).countryName).toBe(ru2017.countryName);
  });

  test('as newsrooms write it: the short form, or the glossary where Intl differs', () => {
    const name = (code: string, locale: 'ru' | 'zh') =>
      localizedRecord({ ...ds.fotnScores[0]!, country: code }, locale, translations).countryName;
    expect(name('US', 'ru')).toBe('США');
    expect(name('MM', 'ru')).toBe('Мьянма'); // Intl: "Мьянма (Бирма)"
    expect(name('ZA', 'ru')).toBe('ЮАР'); // Intl: "Южно-Африканская Республика"
    expect(name('KR', 'ru')).toBe('Южная Корея'); // Intl: "Республика Корея"
    expect(name('AE', 'zh')).toBe('阿联酋'); // Intl: "阿拉伯联合酋长国"
  });

  test('every country in the Freedom on the Net data has a name in each edition', () => {
    for (const s of ds.fotnScores)
      for (const locale of ['ru', 'zh'] as const)
        expect(localizedRecord(s, locale, translations).countryName, s.id).not.toBe(s.countryName);
  });

  test('falls back to the English text for a record no edition has yet (the content check reports it)', () => {
    const none: Translations = { text: {} };
    expect(localizedRecord(block, 'ru', none)).toEqual(block);
  });

  test('reads content/i18n itself when given no translations', () => {
    expect(localizedRecord(block, 'zh').title).toBe('俄罗斯封锁微信');
  });
});

describe('localizedDataset', () => {
  test('is the dataset in English, and every record localised in another edition, in the same order', () => {
    expect(localizedDataset(ds, 'en', translations)).toBe(ds);
    const zh = localizedDataset(ds, 'zh', translations);
    for (const key of Object.keys(ds) as (keyof typeof ds)[])
      expect(zh[key].map((r) => r.id)).toEqual(ds[key].map((r) => r.id));
    expect(zh.events.find((e) => e.id === 'ru-wechat-unblock-2017')?.title).toBe('微信解封');
    expect(zh.fotnScores.find((s) => s.id === 'fotn-2025-cn')?.countryName).toBe('中国');
  });
});

describe('collectionOf and countryName', () => {
  test('know each kind of record by its fields', () => {
    expect(collectionOf(block)).toBe('events');
    expect(collectionOf(ds.figures[0]!)).toBe('figures');
    expect(collectionOf(ds.fotnScales[0]!)).toBe('fotnScales');
    expect(collectionOf(ds.services[0]!)).toBe('services');
    expect(collectionOf(ds.mechanisms[0]!)).toBe('mechanisms');
  });

  test('names countries with Intl, and gives up on codes it does not know', () => {
    expect(countryName('CN', 'ru')).toBe('Китай');
    expect(countryName('KZ', 'zh')).toBe('哈萨克斯坦');
    expect(countryName('XX', 'ru')).toBeUndefined();
  });
});
