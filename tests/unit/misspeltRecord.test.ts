import { describe, expect, test } from 'vitest';
import type { ContentIssue } from '../../src/lib/content/issue';
import { foldMisspeltRecords } from '../../src/lib/content/misspeltRecord';
import type { Dataset } from '../../src/lib/dataset';

const record = { id: 'ru-wechat-blok-2017' };
const dataset = { events: [record], figures: [], fotnScores: [], fotnScales: [] } as unknown as Dataset;
const locate = () => ({ file: 'content/data/events.json', line: 3 });
const cite = (file: string, line: number): ContentIssue => ({
  file,
  line,
  record: '<Cite>',
  field: 'ids',
  missing: 'ru-wechat-block-2017',
  message: '"ru-wechat-block-2017" is not a record id …',
});
const fold = (issues: ContentIssue[], chapterText: string) =>
  foldMisspeltRecords(
    issues,
    [{ file: 'content/chapters/01-a.mdx', text: chapterText }],
    dataset,
    locate,
    'content',
  );

describe('a misspelt record id', () => {
  const two = [cite('content/chapters/01-a.mdx', 9), cite('content/i18n/ru/events.json', 15)];

  test('cited from two places under its old spelling: one line at the record', () => {
    expect(fold(two, 'Text <Cite ids="ru-wechat-block-2017" />')).toEqual([
      {
        file: 'content/data/events.json',
        line: 3,
        record: 'ru-wechat-blok-2017',
        field: 'id',
        message:
          '"ru-wechat-blok-2017" is cited nowhere, while 2 places cite "ru-wechat-block-2017" (the first: content/chapters/01-a.mdx:9), which no record has: if this id is misspelt, write "ru-wechat-block-2017"; if you renamed the record, change those places too (grep -rn ru-wechat-block-2017 content)',
      },
    ]);
  });

  test('a record a chapter cites by its own id is not the mistake: the citing lines stay', () => {
    expect(fold(two, 'Text <Cite ids="ru-wechat-blok-2017" />')).toEqual(two);
  });

  test('one misspelt citation stays one line where it is written', () => {
    expect(fold([two[0]!], 'Text')).toEqual([two[0]]);
  });
});
