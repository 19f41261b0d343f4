import { describe, expect, it } from 'vitest';
import { deriveSpans, type SpanEvent, statusAfter } from '../../src/charts/timeline/spans';
import { fixtureEvents, realData } from '../fixtures/timeline-data';

const ev = (
  id: string,
  date: string,
  category: SpanEvent['category'],
  extra: Partial<SpanEvent> = {},
): SpanEvent => ({
  id,
  date,
  country: 'RU',
  category,
  service: 'svc',
  ...extra,
});

describe('deriveSpans', () => {
  it('WeChat was blocked in Russia from 4 to 11 May 2017', () => {
    const wechat = deriveSpans(fixtureEvents).filter((s) => s.service === 'wechat');
    expect(wechat).toEqual([
      {
        key: 'span-ru-wechat-block-2017',
        service: 'wechat',
        country: 'RU',
        status: 'blocked',
        start: '2017-05-04',
        end: '2017-05-11',
        startId: 'ru-wechat-block-2017',
        endId: 'ru-wechat-unblock-2017',
        endedBy: 'event',
      },
    ]);
  });

  it('Telegram was blocked in Russia from 16 April 2018 to 18 June 2020 (fixture and real data)', () => {
    for (const spans of [deriveSpans(fixtureEvents), realData().spans]) {
      const tg = spans.filter((s) => s.service === 'telegram' && s.status === 'blocked');
      expect(tg.map((s) => [s.start, s.end])).toEqual([['2018-04-16', '2020-06-18']]);
    }
  });

  it('the real dataset gives the WeChat week too', () => {
    const w = realData().spans.filter((s) => s.service === 'wechat');
    expect(w.map((s) => [s.country, s.status, s.start, s.end])).toEqual([
      ['RU', 'blocked', '2017-05-04', '2017-05-11'],
    ]);
  });

  it('a second restriction of the same kind continues the period; a different one ends it', () => {
    const spans = deriveSpans([
      ev('a', '2021-03-10', 'throttle'),
      ev('b', '2021-04-05', 'throttle'),
      ev('c', '2021-05-17', 'unblock', { serviceStatus: 'throttled' }),
      ev('d', '2022-03-04', 'block'),
    ]);
    expect(spans.map((s) => [s.status, s.start, s.end, s.endId])).toEqual([
      ['throttled', '2021-03-10', '2022-03-04', 'd'],
      ['blocked', '2022-03-04', null, undefined],
    ]);
  });

  it('an unblock without serviceStatus, or serviceStatus "open", ends a period', () => {
    expect(
      deriveSpans([
        ev('a', '2017-01-01', 'block'),
        ev('b', '2017-02-01', 'other', { serviceStatus: 'open' }),
      ])[0]!.end,
    ).toBe('2017-02-01');
    expect(deriveSpans([ev('a', '2017-01-01', 'block'), ev('b', '2017-02-01', 'unblock')])[0]!.end).toBe(
      '2017-02-01',
    );
  });

  it('endDate closes a period on its own', () => {
    expect(deriveSpans([ev('a', '2025-05', 'throttle', { endDate: '2025-07' })])).toEqual([
      expect.objectContaining({ status: 'throttled', start: '2025-05', end: '2025-07', endedBy: 'endDate' }),
    ]);
  });

  it('keeps countries and services apart and ignores events without a service', () => {
    const spans = deriveSpans([
      ev('a', '2017-01-01', 'block'),
      ev('b', '2017-02-01', 'unblock', { country: 'CN' }),
      ev('c', '2017-03-01', 'block', { service: undefined }),
      ev('d', '2017-04-01', 'unblock', { service: 'other' }),
    ]);
    expect(spans.map((s) => [s.startId, s.end])).toEqual([['a', null]]);
  });

  it('statusAfter follows category unless serviceStatus says otherwise', () => {
    expect(statusAfter({ category: 'block', service: 'x' })).toBe('blocked');
    expect(statusAfter({ category: 'block', service: 'x', serviceStatus: 'throttled' })).toBe('throttled');
    expect(statusAfter({ category: 'law', service: 'x' })).toBeNull();
    expect(statusAfter({ category: 'block' })).toBeNull();
  });
});
