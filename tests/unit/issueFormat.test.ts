import { describe, expect, test } from 'vitest';
import type { Dataset } from '../../src/lib/dataset';
import {
  type ContentIssue,
  formatReport,
  formatSuccess,
  formatWarnings,
  withoutKnockOns,
} from '../../src/lib/content/issue';

const dataset = (events: number) =>
  ({ events: Array(events).fill({}), figures: [], fotnScores: [] }) as unknown as Dataset;

describe('what a check ends with', () => {
  test('one chapter and one record are singular; other counts are plural', () => {
    expect(formatSuccess('content', 1, dataset(1))).toBe('✓ content/: 1 chapter and 1 record, no problems');
    expect(formatSuccess('content', 9, dataset(0))).toBe('✓ content/: 9 chapters and 0 records, no problems');
  });

  test('problems and warnings are counted the same way', () => {
    const one: ContentIssue = { file: 'content/chapters/01-a.mdx', line: 3, message: 'is wrong' };
    expect(formatReport([one], 'content').split('\n').at(-1)).toBe(
      '1 problem in content/. EDITING.md explains every message.',
    );
    expect(formatWarnings([one, one]).split('\n').at(-1)).toMatch(/^2 warnings \(/);
  });
});

describe('knock-on lines', () => {
  const en = 'content/chapters/01-a.mdx';
  const ru = 'content/i18n/ru/chapters/01-a.mdx';
  const compared: ContentIssue = {
    file: ru,
    locale: 'ru',
    against: en,
    message: 'cites … but the English …',
  };
  const own: ContentIssue = { file: ru, locale: 'ru', message: 'is not valid MDX' };

  test('a translation compared with a faulty English chapter is left out; its own problems stay', () => {
    const english: ContentIssue = { file: en, line: 9, message: '"x" is not a record id' };
    const all = [english, compared, own];
    expect(withoutKnockOns(all, all)).toEqual([english, own]);
  });

  test('an English warning (not a problem) does not hide anything', () => {
    const warning: ContentIssue = { file: en, warning: true, message: 'not translated yet' };
    const all = [warning, compared];
    expect(withoutKnockOns(all, all)).toEqual(all);
  });
});
