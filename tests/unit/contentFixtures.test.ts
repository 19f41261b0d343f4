import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { badCases, checkFixture, problemsFor } from './contentFixtures';

// Each folder under tests/fixtures/content-bad/ breaks the good fixture in one way and holds,
// in expected.txt, exactly the lines an editor must see.
describe('content check on broken input', () => {
  test('the good fixture has no problems', () => {
    expect(problemsFor()).toEqual([]);
  });

  test('there are at least 25 broken-input fixtures', () => {
    expect(badCases().length).toBeGreaterThanOrEqual(25);
  });

  test.each(badCases())('%s', (name) => {
    const expected = readFileSync(
      join(import.meta.dirname, '../fixtures/content-bad', name, 'expected.txt'),
      'utf8',
    )
      .split('\n')
      .filter(Boolean);
    expect(problemsFor(name)).toEqual(expected);
  });
});

describe('thinly sourced records', () => {
  test('a record whose only source is secondary is listed, not failed', () => {
    const { problems, listing } = checkFixture('record-secondary-sources-only');
    expect(problems).toEqual([]);
    expect(listing[0]).toMatch(/^2 records are thinly sourced/);
    expect(listing).toContain('  · ru-telegram-block-2018: en.wikipedia.org');
  });

  test('a record with one primary or news source among secondary ones is not listed', () => {
    expect(checkFixture().listing.some((l) => l.includes('ru-telegram-block-2018'))).toBe(false);
  });
});

describe('components the story provides', () => {
  test('<SourceDomains /> is a known component, not a typo', async () => {
    const { extractChapter } = await import('../../src/lib/content/extractChapter');
    expect(extractChapter('Text.\n\n<SourceDomains />\n').problems).toEqual([]);
    expect(extractChapter('Text.\n\n<SourceDomain />\n').problems[0]?.message).toMatch(
      /unknown component <SourceDomain>/,
    );
  });
});
