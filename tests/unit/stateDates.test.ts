import { describe, expect, test } from 'vitest';
import { dayProblem, explainStateDate, rangeProblems } from '../../src/lib/content/stateDates';
import { didYouMean, nearest } from '../../src/lib/content/suggest';

describe('a refused date in a figure state says which mistake, with the value', () => {
  test('four mistakes, four messages', () => {
    expect(dayProblem('01/06/2024')).toMatch(/^"01\/06\/2024" is not written YYYY-MM-DD/);
    expect(dayProblem('2024-06-31')).toBe('"2024-06-31" is not a real day: June 2024 has 30 days');
    expect(dayProblem('2024-06')).toMatch(/^"2024-06" is not a whole day: .*"2024-06-01"/);
    expect(rangeProblems(['2024-06-30', '2024-06-01'])).toEqual([
      {
        at: '',
        message:
          'starts ("2024-06-30") after it ends ("2024-06-01"): write the earlier day first, and two different days',
      },
    ]);
  });
  test('leap years, month 13, a bare year, the same day twice, not a pair', () => {
    expect(dayProblem('2024-02-29')).toBeNull();
    expect(dayProblem('2023-02-29')).toBe('"2023-02-29" is not a real day: February 2023 has 28 days');
    expect(dayProblem('2024-13-01')).toMatch(/has no month 13/);
    expect(dayProblem('2024')).toMatch(/"2024-01-01"/);
    expect(dayProblem(20240601)).toMatch(/^expected a day in quotes/);
    expect(rangeProblems(['2024-06-01', '2024-06-01'])[0]?.message).toMatch(/on the day it ends/);
    expect(rangeProblems('2024-06-01')[0]?.message).toMatch(/^expected two days \[start, end\]/);
    expect(rangeProblems(['2024-06-01', '2024-6-3'])).toEqual([
      { at: '[1]', message: expect.stringMatching(/^"2024-6-3" is not written YYYY-MM-DD/) },
    ]);
  });
  test('only date keys are explained', () => {
    expect(explainStateDate('date', '2017-02-30')?.[0]?.message).toMatch(/February 2017 has 28 days/);
    expect(explainStateDate('highlight', ['x'])).toBeNull();
    expect(explainStateDate('focus', ['2017-04-25', '2017-05-20'])).toBeNull();
  });
});

describe('did you mean', () => {
  test('the nearest id a typo away, and nothing for a different word', () => {
    const ids = ['ru-signal-block-2024', 'ru-wechat-block-2017', 'ru-wechat-unblock-2017'];
    expect(nearest('ru-signal-blok-2024', ids)).toEqual(['ru-signal-block-2024']);
    expect(didYouMean('ru-wechat-blok-2017', ids)).toBe('; did you mean "ru-wechat-block-2017"?');
    expect(didYouMean('cn-great-firewall', ids)).toBe('');
    expect(didYouMean('Chrat', ['Chart', 'Cite'], (c) => `<${c}>`)).toBe('; did you mean <Chart>?');
    expect(didYouMean('Unfree', ['Free', 'Not Free'], undefined, 1)).toBe('');
  });
});
