import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { timeline } from '../../src/charts/timeline';
import { checkContent } from '../../src/lib/content/loadContent';
import { type DatasetCounts, datasetCounts, datasetSummary } from '../../src/lib/datasetCounts';
import type { Dataset } from '../../src/lib/dataset';
import { chartData } from '../../src/lib/figures';

const { dataset } = checkContent(join(import.meta.dirname, '../..'));
const ds = dataset as Dataset;

describe('dataset counts: one function for the data page, the embeds and the alt texts', () => {
  const counts = datasetCounts(ds);

  it('counts every dated event, and the events the timeline opens on, separately', () => {
    expect(counts.events.count).toBe(ds.events.length);
    expect(counts.figures).toBe(ds.figures.length);
    expect(counts.fotnScores).toBe(ds.fotnScores.length);
    expect(counts.timelineDefault.count).toBeLessThanOrEqual(counts.events.count);
    expect(counts.timelineDefault.countries).toEqual(['Russia', 'China']);
  });

  it('states the timeline count its own description (embed page, oEmbed, PNG alt) states', () => {
    const described = timeline.describe(chartData(timeline, ds) as never, timeline.defaultState);
    expect(described.startsWith(`${counts.timelineDefault.count} events in Russia and China from `)).toBe(
      true,
    );
  });

  it('writes the data page summary from those counts, each number naming what it counts', () => {
    const s = datasetSummary(counts);
    expect(s).toContain(`${counts.events.count} dated events (`);
    expect(s).toContain(`, ${counts.figures} figures and ${counts.fotnScores} Freedom on the Net scores.`);
    if (counts.timelineDefault.count !== counts.events.count)
      expect(s).toContain(
        `the timeline opens on the ${counts.timelineDefault.count} in Russia and China since`,
      );
    expect(s).not.toMatch(/[a-z],\d/);
  });

  it('words singulars, an all-on-the-timeline dataset and "likely" records', () => {
    const c: DatasetCounts = {
      events: { count: 1, firstYear: '2017', lastYear: '2017' },
      timelineDefault: {
        count: 1,
        from: '2009-01-01',
        to: '2026-12-31',
        countries: ['Russia'],
        codes: ['RU'],
      },
      figures: 1,
      fotnScores: 2,
      likely: 1,
    };
    expect(datasetSummary(c)).toBe(
      'Everything the story and its charts show comes from one dataset: 1 dated event (2017; all of them on the timeline), 1 figure and 2 Freedom on the Net scores. Each record lists the pages where its fact is stated. 1 record is marked “likely”: widely reported, but not found in a stored source.',
    );
  });
});

describe('the data page summary in each edition', () => {
  const counts = (events: number, likely: number): DatasetCounts => ({
    events: { count: events, firstYear: '1998', lastYear: '2026' },
    timelineDefault: {
      count: 91,
      from: '2009-01-01',
      to: '2026-12-31',
      countries: ['Russia', 'China'],
      codes: ['RU', 'CN'],
    },
    figures: 39,
    fotnScores: 279,
    likely,
  });

  it('Russian: plural forms by count, country names, the date and the «likely» line', () => {
    const s = datasetSummary(counts(94, 2), 'ru');
    expect(s).toContain(
      '94 датированных события (1998–2026; хронология по умолчанию показывает 91 из них: Россия и Китай, с 1 января 2009\u00a0г.)',
    );
    expect(s).toContain('39 показателей и 279 оценок Freedom on the Net');
    expect(s).toContain('2 записи помечены как «вероятно»');
    expect(datasetSummary(counts(21, 0), 'ru')).toContain('21 датированное событие');
    expect(datasetSummary(counts(25, 0), 'ru')).toContain('25 датированных событий');
    expect(datasetSummary(counts(25, 0), 'ru')).toMatch(/источника\.$/);
  });

  it('Chinese: the date and names written the Chinese way, no space before the last sentence', () => {
    const s = datasetSummary(counts(94, 0), 'zh');
    expect(s).toContain('2009年1月1日以来俄罗斯和中国的 91 个事件');
    expect(s).toContain('279 项《网络自由》评分。每条记录都列出了陈述该事实的网页。每条记录');
  });
});
