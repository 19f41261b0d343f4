/** The zod-free embed query parsers (src/charts/<chart>/query.ts) follow the MDX schemas' rules. */
import { describe, expect, it } from 'vitest';
import { stateFromQuery as cpQuery } from '../../src/charts/countryPanels/query';
import { parseCountryPanelsState } from '../../src/charts/countryPanels/state';
import { stateFromQuery as mmQuery } from '../../src/charts/mechanismMatrix/query';
import { parseMechanismMatrixState } from '../../src/charts/mechanismMatrix/state';
import { fromQuery, isIdList, isRealDay } from '../../src/charts/queryParse';
import { stateFromQuery as smQuery } from '../../src/charts/serviceMatrix/query';
import { parseServiceMatrixState } from '../../src/charts/serviceMatrix/state';
import { STATE_KEYS, VALID } from '../../src/charts/timeline/constants';
import { stateFromQuery as tlQuery } from '../../src/charts/timeline/query';
import { parseState } from '../../src/charts/timeline/state';
import { stateFromQuery as wmQuery } from '../../src/charts/worldMap/query';
import { parseWorldMapState } from '../../src/charts/worldMap/state';

const DAYS = [
  '2017-05-04',
  '2016-02-29',
  '2017-02-29',
  '2017-13-01',
  '2017-5-4',
  '2017-05',
  '',
  ' 2017-05-04',
  'yesterday',
];
const IDS = ['wechat', 'data-localisation', 'Bad!', 'a--b', '-a', 'a1-b2', 'RU', 'ru', 'K1', '<script>'];

describe('queryParse helpers', () => {
  it('isRealDay accepts calendar days only', () => {
    expect(DAYS.filter(isRealDay)).toEqual(['2017-05-04', '2016-02-29']);
    expect(isRealDay(20170504)).toBe(false);
  });
  it('isIdList accepts a (possibly empty) list of matching strings', () => {
    const ok = isIdList(/^[a-z]+$/);
    expect(ok([])).toBe(true);
    expect(ok(['a', 'b'])).toBe(true);
    expect(ok(['a', 'B'])).toBe(false);
    expect(ok('a')).toBe(false);
    expect(ok([1])).toBe(false);
  });
  it('fromQuery reads each key on its own and keeps defaults for bad ones', () => {
    const kinds = {
      n: { kind: 'number', valid: (v: number) => v > 2 },
      s: { kind: 'string', valid: isRealDay },
      l: { kind: 'list', valid: isIdList(/^[a-z]+$/) },
    } as const;
    const d = { n: 5, l: [] as string[] };
    expect(fromQuery(d, new URLSearchParams('n=7&s=2017-05-04&l=a,b&l=c'), kinds)).toEqual({
      n: 7,
      s: '2017-05-04',
      l: ['a', 'b', 'c'],
    });
    expect(fromQuery(d, new URLSearchParams('n=1&s=x&l=A'), kinds)).toEqual(d);
    expect(fromQuery(d, new URLSearchParams('n=7x&s=%00'), kinds)).toEqual(d);
    expect(fromQuery(d, new URLSearchParams('l=,, ,'), kinds)).toEqual({ n: 5, l: [] });
  });
});

describe('each chart: the query parser agrees with the MDX schema', () => {
  it('timeline: VALID is what parseState accepts, key by key', () => {
    const values: unknown[] = [
      ['2017-04-25', '2017-05-20'],
      ['2017-05-20', '2017-04-25'],
      ['2017-02-30', '2017-03-01'],
      ['2017-05-04'],
      '2017-05-04',
      [],
      ['ru-wechat-block-2017'],
      ['a', 'b', 'c', 'd'],
      ['a', 'a'],
      ['RU', 'CN'],
      ['ru'],
      ['block', 'unblock'],
      ['blocks'],
      [1, 2],
      null,
    ];
    for (const key of STATE_KEYS)
      for (const v of values)
        expect(parseState({ [key]: v }).ok, `${key} ${JSON.stringify(v)}`).toBe(VALID[key](v));
  });
  it('timeline: a query gives what parseState gives for the same lists', () => {
    for (const q of [
      'focus=2017-04-25,2017-05-20',
      'highlight=a,a,b',
      'annotate=a,b,c,d',
      'countries=ru,cn',
      'categories=block,nope',
      'focus=2017-05-04',
    ])
      expect(tlQuery(new URLSearchParams(q))).toEqual(
        (() => {
          const [k, v] = q.split('=') as [string, string];
          const list = v.split(',').map((s) => (k === 'countries' ? s.toUpperCase() : s));
          const r = parseState({ [k]: list });
          return r.ok ? r.state : {};
        })(),
      );
  });
  it('world map and country panels: years and country codes', () => {
    for (const y of ['2009', '2010', '2011', '2017', '2025', '2026', 'abc', '2017.0', ''])
      for (const hl of ['', 'kz', 'KZ,BY', 'K1', 'kz&highlight=by']) {
        const q = new URLSearchParams(`year=${y}&highlight=${hl}`);
        const viaQuery = wmQuery(q);
        const year = /^\d+$/.test(y) ? Number(y) : Number.NaN;
        const list = q
          .getAll('highlight')
          .flatMap((v) => v.split(','))
          .filter(Boolean)
          .map((s) => s.toUpperCase());
        const a = parseWorldMapState({ year });
        const b = parseWorldMapState({ highlight: list });
        expect(viaQuery.year).toBe(a.ok ? year : 2025);
        expect(viaQuery.highlight).toEqual(b.ok ? list : []);
        const c = parseCountryPanelsState({ year });
        expect(cpQuery(q).year).toBe(c.ok ? year : 2025);
      }
  });
  it('service and mechanism matrices: days and ids', () => {
    for (const day of DAYS)
      for (const id of IDS) {
        const q = new URLSearchParams({ date: day, highlight: id });
        for (const [query, parse] of [
          [smQuery, parseServiceMatrixState],
          [mmQuery, parseMechanismMatrixState],
        ] as const) {
          const got = query(q);
          const d = parse({ date: day.trim() });
          const h = parse({ highlight: id ? [id] : [] });
          expect(got.date).toBe(d.ok ? day.trim() : undefined);
          expect(got.highlight).toEqual(h.ok && id ? [id] : []);
        }
      }
  });
});
