import { describe, expect, test } from 'vitest';
import type { Dataset } from '../../src/lib/dataset';
import { downloads } from '../../src/lib/downloads';
import { isThinlySourced } from '../../src/schemas/thinlySourced';

const event = (id: string, kinds: ('news' | 'secondary')[]) => ({
  id,
  date: '2017-05-04',
  precision: 'day' as const,
  country: 'RU',
  category: 'block' as const,
  actor: 'Roskomnadzor',
  subject: 'WeChat',
  title: 'Russia blocks WeChat',
  summary: 'Blocked.',
  sources: kinds.map((kind, i) => ({ url: `https://example.org/${id}/${i}`, publisher: `P${i}`, kind })),
  confidence: 'verified' as const,
});
// The fixture's fields hold no commas, quotes or line breaks, so a plain split reads the CSV.
const parseCsv = (text: string) =>
  text
    .trim()
    .split(/\r?\n/)
    .map((line) => line.split(','));

const ds = {
  events: [event('thin', ['secondary', 'secondary']), event('mixed', ['secondary', 'news'])],
  figures: [],
  fotnScores: [],
  fotnScales: [],
  services: [],
  mechanisms: [],
} as unknown as Dataset;

describe('thinly sourced records', () => {
  test('only secondary sources make a record thin; one news source is enough to lift it', () => {
    expect(isThinlySourced(ds.events[0]!)).toBe(true);
    expect(isThinlySourced(ds.events[1]!)).toBe(false);
    expect(isThinlySourced({ sources: [{}] })).toBe(false);
  });

  test('the events CSV flags them and gives every source’s kind', () => {
    const [header, ...rows] = parseCsv(downloads.find((d) => d.file === 'events.csv')!.body(ds));
    const col = (name: string) => header!.indexOf(name);
    expect(rows.map((r) => [r[0], r[col('thinly_sourced')], r[col('source_kinds')]])).toEqual([
      ['thin', 'yes', 'secondary secondary'],
      ['mixed', '', 'secondary news'],
    ]);
  });

  test('the events JSON carries the same flag', () => {
    const json = JSON.parse(downloads.find((d) => d.file === 'events.json')!.body(ds));
    expect(json.map((e: { id: string; thinlySourced: boolean }) => [e.id, e.thinlySourced])).toEqual([
      ['thin', true],
      ['mixed', false],
    ]);
  });
});
