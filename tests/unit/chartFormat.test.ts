import { describe, expect, test } from 'vitest';
import {
  dateEnd,
  dateStart,
  formatDate,
  formatDuration,
  formatMonth,
  formatRange,
  isoDay,
} from '../../src/charts/shared/format';
import { effectiveDay, nextDay } from '../../src/charts/serviceStatus';
import { DAY, timeTicks } from '../../src/charts/timeline/time';

describe('partial dates', () => {
  test('start and exclusive end of a day, a month, a year (leap years included)', () => {
    expect(isoDay(dateStart('2017-05-04'))).toBe('2017-05-04');
    expect(isoDay(dateEnd('2017-05-04'))).toBe('2017-05-05');
    expect(isoDay(dateEnd('2016-02'))).toBe('2016-03-01');
    expect(isoDay(dateStart('2017'))).toBe('2017-01-01');
    expect(isoDay(dateEnd('2017'))).toBe('2018-01-01');
    expect(effectiveDay('2016-02')).toBe('2016-02-29');
    expect(effectiveDay('2015')).toBe('2015-12-31');
    expect(nextDay('2017-12-31')).toBe('2018-01-01');
  });
});

describe('formatDate', () => {
  test('never more precise than the date or its precision', () => {
    expect(formatDate('2017-05-04')).toBe('4 May 2017');
    expect(formatDate('2017-05-04', 'month')).toBe('May 2017');
    expect(formatDate('2017-07')).toBe('July 2017');
    expect(formatDate('2017-09-30', 'quarter')).toBe('Q3 2017');
    expect(formatDate('2017-05-04', 'year')).toBe('2017');
    expect(formatMonth('2017-09-12')).toBe('Sep 2017');
    expect(formatMonth('2015')).toBe('2015');
  });
  test('ranges share what they can; durations count whole units', () => {
    expect(formatRange('2017-05-04', '2017-05-04')).toBe('4 May 2017');
    expect(formatDuration('2017-01-31', '2017-04-30')).toBe('2 months');
    expect(formatDuration('2017-05-04', '2017-05-05')).toBe('1 day');
    expect(formatDuration('2017-01-31', '2017-03-01')).toBe('29 days');
    expect(formatDuration('2017-05-04', '2017-05-04')).toBe('under a day');
    expect(formatDuration('2015-01-15', '2017-01-15')).toBe('2 years');
  });
});

describe('timeTicks (d3-time intervals)', () => {
  const ticks = (a: string, b: string, px: number, spacing?: number) =>
    timeTicks(+dateStart(a), +dateEnd(b), px, spacing);

  test('a week on a wide axis: one tick a day, at noon, the year on the first', () => {
    const { unit, ticks: t } = ticks('2017-05-01', '2017-05-07', 900);
    expect(unit).toBe('day');
    expect(t.map((x) => x.label)).toEqual(['1 May', '2 May', '3 May', '4 May', '5 May', '6 May', '7 May']);
    expect(t.every((x) => x.t % DAY === DAY / 2)).toBe(true);
    expect(t.map((x) => x.sub)).toEqual(['2017', ...Array(6).fill(undefined)]);
  });
  test('every other day skips the 31st, so no two ticks are a day apart', () => {
    const { ticks: t } = ticks('2017-05-25', '2017-06-06', 330);
    expect(t.map((x) => x.key)).toEqual([
      '2017-05-25',
      '2017-05-27',
      '2017-05-29',
      '2017-06-01',
      '2017-06-03',
      '2017-06-05',
    ]);
  });
  test('months step by 1, 2, 3 or 6 from January; the year line marks each new year', () => {
    const { unit, ticks: t } = ticks('2016-11', '2017-12', 300);
    expect(unit).toBe('month');
    // Every other month (d3's utcMonth.every(2): January, March, …), at 40 px per tick.
    expect(t.map((x) => x.label)).toEqual(['Nov', 'Jan', 'Mar', 'May', 'Jul', 'Sep', 'Nov']);
    expect(t.map((x) => x.sub).filter(Boolean)).toEqual(['2016', '2017']);
  });
  test('fifteen years on a phone-sized vertical axis: years, a few apart', () => {
    const { unit, ticks: t } = ticks('2009', '2025', 200, 36);
    expect(unit).toBe('year');
    expect(t.map((x) => x.label)).toEqual(['2010', '2015', '2020', '2025']);
  });
  test('the coarsest interval is used when nothing fits', () => {
    expect(ticks('1900', '2025', 10).unit).toBe('year');
  });
});
