import { expect, test } from 'vitest';
import { archiveUrl } from '../../src/lib/archiveLink';

test('an accessed day becomes the archive timestamp', () => {
  expect(archiveUrl({ url: 'https://tass.ru/obschestvo/4234299', accessed: '2026-12-01' })).toBe(
    'https://web.archive.org/web/20261201/https://tass.ru/obschestvo/4234299',
  );
});

test('without an accessed day the link names no date', () => {
  expect(archiveUrl({ url: 'http://tass.com/economy/944792' })).toBe(
    'https://web.archive.org/web/http://tass.com/economy/944792',
  );
});
