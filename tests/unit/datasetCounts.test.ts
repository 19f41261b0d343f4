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
