/** Every registered chart keeps the whole contract of src/charts/types.ts. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { charts, chartById, registerChart } from '../../src/charts/registry';
import { chartStylesheet } from '../../src/lib/figures';
import { fixtureChart } from '../fixtures/chart';

const CHARTS = join(import.meta.dirname, '../../src/charts');

describe.each(Object.values(charts))('$id', (chart) => {
  test('is registered under its own id', () => {
    expect(chartById(chart.id)).toBe(chart);
  });
  test('reads an empty query string as its default state, and its own query strings back', () => {
    expect(chart.stateFromQuery(new URLSearchParams())).toEqual(chart.defaultState);
    expect(chart.stateToQuery(chart.defaultState)).toBe('');
    const state = chart.stateFromQuery(new URLSearchParams('year=2017&highlight=KZ&date=2017-05-04'));
    expect(chart.stateFromQuery(new URLSearchParams(chart.stateToQuery(state)))).toEqual(state);
  });
  test('never throws on a bad query string', () => {
    expect(
      chart.stateFromQuery(new URLSearchParams('year=abc&highlight=<b>&focus=,,&date=2017-02-30')),
    ).toEqual(chart.defaultState);
  });
  test('declares a stylesheet that exists, and names its source', () => {
    expect(chart.stylesheet && existsSync(join(CHARTS, chart.stylesheet))).toBe(true);
    expect(chartStylesheet(chart)).toMatch(/\{/);
    expect(chart.source).toMatch(/\S/);
  });
});

test('a chart registered by a test setup is found like any other', () => {
  expect(chartById(fixtureChart.id)).toBeUndefined();
  registerChart(fixtureChart);
  expect(chartById(fixtureChart.id)).toBe(fixtureChart);
  expect(fixtureChart.stateFromQuery(new URLSearchParams('highlight=a,b&label=Hi'))).toEqual({
    highlight: ['a', 'b'],
    label: 'Hi',
  });
  delete charts[fixtureChart.id];
});
