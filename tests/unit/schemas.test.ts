import { describe, expect, test } from 'vitest';
import { endOf, isRealDate, precisionMismatch, startOf } from '../../src/schemas/dates';
import { EventSchema } from '../../src/schemas/event';
import { HttpUrlSchema } from '../../src/schemas/source';
import { ChapterSchema } from '../../src/schemas/chapter';

const event = {
  id: 'ru-wechat-block-2017',
  date: '2017-05-04',
  precision: 'day',
  country: 'RU',
  category: 'block',
  actor: 'Roskomnadzor',
  subject: 'WeChat',
  title: 'Russia blocks WeChat',
  summary: 'The regulator listed WeChat as a prohibited resource.',
  sources: [{ url: 'https://tass.ru/obschestvo/4234299', publisher: 'TASS' }],
  confidence: 'verified',
};

describe('dates', () => {
  test.each([
    ['2017', true],
    ['2017-05', true],
    ['2017-05-04', true],
    ['2016-02-29', true],
    ['2017-02-29', false],
    ['2017-13', false],
    ['17-05-04', false],
    ['2017/05/04', false],
  ])('isRealDate(%s) is %s', (s, ok) => expect(isRealDate(s)).toBe(ok));

  test('precision must match the written form', () => {
    expect(precisionMismatch('2017-05-04', 'day')).toBeNull();
    expect(precisionMismatch('2017-05', 'day')).toMatch(/YYYY-MM-DD/);
    expect(precisionMismatch('2017-03-31', 'quarter')).toBeNull();
    expect(precisionMismatch('2017-03-30', 'quarter')).toMatch(/last day/);
    expect(precisionMismatch('2017', 'year')).toBeNull();
  });

  test('a partial date spans its whole period', () => {
    expect(startOf('2017').toISOString()).toBe('2017-01-01T00:00:00.000Z');
    expect(endOf('2017').toISOString()).toBe('2017-12-31T00:00:00.000Z');
    expect(endOf('2016-02').toISOString()).toBe('2016-02-29T00:00:00.000Z');
    expect(startOf('2017-05-04').toISOString()).toBe('2017-05-04T00:00:00.000Z');
  });
});

describe('EventSchema', () => {
  test('accepts a complete event', () => {
    expect(EventSchema.safeParse(event).success).toBe(true);
  });
  test.each([
    ['an unknown field', { ...event, summery: 'x' }],
    ['a missing source list', { ...event, sources: undefined }],
    ['an empty source list', { ...event, sources: [] }],
    ['a javascript: source', { ...event, sources: [{ url: 'javascript:alert(1)', publisher: 'x' }] }],
    ['a data: source', { ...event, sources: [{ url: 'data:text/html,hi', publisher: 'x' }] }],
    ['an unknown country', { ...event, country: 'XX' }],
    ['an unknown category', { ...event, category: 'ban' }],
    ['a title over 48 characters', { ...event, title: 'x'.repeat(49) }],
    ['an upper-case id', { ...event, id: 'RU-WeChat' }],
  ])('rejects %s', (_, input) => {
    expect(EventSchema.safeParse(input).success).toBe(false);
  });
});

describe('HttpUrlSchema', () => {
  test.each(['https://tass.ru/a', 'http://tass.com/economy/944792'])('accepts %s', (u) =>
    expect(HttpUrlSchema.safeParse(u).success).toBe(true),
  );
  test.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'ftp://x.org',
    '//x.org',
    'https://',
    ' https://x.org',
  ])('rejects %s', (u) => expect(HttpUrlSchema.safeParse(u).success).toBe(false));
});

describe('ChapterSchema', () => {
  const fm = { title: 'T', order: 1, summary: 'S', updated: '2026-11-29' };
  test('draft defaults to false', () => {
    expect(ChapterSchema.parse(fm).draft).toBe(false);
  });
  test('rejects a fractional order and an unknown key', () => {
    expect(ChapterSchema.safeParse({ ...fm, order: 1.5 }).success).toBe(false);
    expect(ChapterSchema.safeParse({ ...fm, author: 'x' }).success).toBe(false);
  });
});
