import { expect, test } from 'vitest';
import { archiveUrl } from '../../src/lib/archiveLink';

test('an accessed day becomes the archive timestamp', () => {
  expect(archiveUrl({ url: 'https://tass.ru/obschestvo/4234299', accessed: '2026-12-01' })).toBe(
    'https://web.archive.org/web/20261201/https://tass.ru/obschestvo/4234299',
  );
});

// The archive's form without a timestamp redirects to its latest capture, which for a page that
// has since died can be the error page; `*` lists every capture, so the reader can pick one.
test('without an accessed day the link lists the captures, inventing no date', () => {
  expect(archiveUrl({ url: 'http://tass.com/economy/944792' })).toBe(
    'https://web.archive.org/web/*/http://tass.com/economy/944792',
  );
});

test('a source that is already a capture in the archive gets no second archive link', () => {
  expect(
    archiveUrl({
      url: 'https://web.archive.org/web/20140227204727/http:/www.google.com/hostednews/afp/article/x',
    }),
  ).toBeUndefined();
});
