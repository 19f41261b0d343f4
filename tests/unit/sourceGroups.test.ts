import { describe, expect, it } from 'vitest';
import { byPublisher, publisherNames } from '../../src/lib/sourceGroups';
import { downloads } from '../../src/lib/downloads';
import type { Dataset } from '../../src/lib/dataset';

const tass1 = { url: 'https://tass.ru/obschestvo/4234299', publisher: 'TASS' };
const tass2 = { url: 'http://tass.com/economy/944792', publisher: 'TASS' };
const other = { url: 'https://theins.ru/amp/news/54906', publisher: 'The Insider' };

describe('sources by publisher', () => {
  it('names each publisher once, in first-listed order, with all its pages', () => {
    expect(byPublisher([tass1, other, tass2, tass1])).toEqual([
      { publisher: 'TASS', urls: [tass1.url, tass2.url] },
      { publisher: 'The Insider', urls: [other.url] },
    ]);
    expect(publisherNames([tass1, tass2, other])).toEqual(['TASS', 'The Insider']);
  });

  it('lists each publisher once in the CSV downloads, and every URL', () => {
    const ds = {
      events: [
        {
          id: 'ru-wechat-block-2017',
          date: '2017-05-04',
          precision: 'day',
          country: 'RU',
          category: 'block',
          actor: 'Roskomnadzor',
          title: 'Russia blocks WeChat',
          summary: 'x',
          confidence: 'verified',
          sources: [tass1, tass2, other],
        },
      ],
      figures: [],
      fotnScores: [],
    } as unknown as Dataset;
    const csv = downloads.find((d) => d.file === 'events.csv')!.body(ds);
    expect(csv).toContain(',TASS; The Insider,');
    expect(csv).toContain(`${tass1.url} ${tass2.url} ${other.url}`);
  });
});
