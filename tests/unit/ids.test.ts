import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findRecords, formatFound } from '../../scripts/ids';

const dir = join(import.meta.dirname, '../fixtures/content-good/data');
const files = Object.fromEntries(
  ['events.json', 'figures.json', 'fotn.json', 'services.json', 'mechanisms.json'].map((f) => [
    f,
    readFileSync(join(dir, f), 'utf8'),
  ]),
);

describe('npm run ids', () => {
  test('lists records holding every word, oldest first, with date, country and title', () => {
    const found = findRecords(files, ['WECHAT', 'roskomnadzor']);
    expect(found.map((f) => f.id)).toEqual(['ru-wechat-block-2017', 'ru-wechat-unblock-2017']);
    expect(formatFound(found).split('\n')[0]).toMatch(/^ru-wechat-block-2017 +2017-05-04 {2}RU {2}Russia/);
  });
  test('finds services, mechanisms and Freedom on the Net scores too', () => {
    expect(findRecords(files, ['wechat']).map((f) => f.file)).toContain('services.json');
    expect(findRecords(files, ['fotn-2017-ru']).map((f) => f.date)).toEqual(['2017']);
  });
  test('a broken file is skipped, not fatal', () => {
    expect(findRecords({ ...files, 'events.json': '{ "events": [' }, ['wechat']).length).toBeGreaterThan(0);
  });
});
