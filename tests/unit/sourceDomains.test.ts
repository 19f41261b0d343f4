import { join } from 'node:path';
import { expect, test } from 'vitest';
import { checkContent } from '../../src/lib/content/loadContent';
import { sourceDomains } from '../../src/lib/sourceDomains';

const { dataset, chapters } = checkContent(join(import.meta.dirname, '../..'));

test('the source-domain list covers every host any record cites, once', () => {
  const all = new Set(
    [...dataset!.events, ...dataset!.figures, ...dataset!.fotnScores, ...dataset!.fotnScales].flatMap((r) =>
      r.sources.map((s) => new URL(s.url).hostname.replace(/^www\./, '')),
    ),
  );
  const listed = sourceDomains(dataset!).map((d) => d.domain);
  expect(new Set(listed)).toEqual(all);
  expect(listed.length).toBe(all.size);
});

test('the methods chapter lists the source domains and links to the data', () => {
  const methods = chapters.find((c) => c.text.includes('## Methods and sources'));
  expect(methods, 'a chapter with a "Methods and sources" section').toBeDefined();
  expect(methods!.text).toContain('<SourceDomains />');
  expect(methods!.text).toContain('](/data/)');
});

test('every chapter cites at least one record', () => {
  for (const c of chapters) expect(c.text, c.file).toMatch(/<Cite ids="[^"]+"/);
});
