import { describe, expect, test } from 'vitest';
import type { Dataset } from '../../src/lib/dataset';
import { citationIssues } from '../../src/lib/content/citationRule';
import { quoteIssues } from '../../src/lib/content/quoteRule';

const ds = {
  events: [
    {
      id: 'rkn-statement',
      sources: [{ url: 'https://example.org/a', publisher: 'Roskomnadzor', kind: 'official' }],
      quotes: [
        {
          text: 'the duties of an organizer arise by law and do not depend on entry in the register',
          language: 'en',
          by: 'Roskomnadzor',
          original: 'обязанности организатора распространения информации возникают в силу закона',
        },
      ],
    },
    { id: 'other', sources: [{ url: 'https://example.org/b', publisher: 'TASS', kind: 'news' }] },
  ],
  figures: [],
  fotnScores: [],
  fotnScales: [],
  services: [],
  mechanisms: [],
} as unknown as Dataset;

const chapter = (body: string) => [
  { file: 'content/chapters/01-x.mdx', text: `---\ntitle: x\n---\n\n${body}\n` },
];
const quoteProblems = (body: string) => quoteIssues(chapter(body), ds).map((i) => `${i.line}: ${i.message}`);

describe('quotations in chapters', () => {
  test('a quotation of a cited record’s quote passes, in straight or curly marks', () => {
    expect(quoteProblems('It said duties "arise by law". <Cite ids="rkn-statement" />')).toEqual([]);
    expect(quoteProblems('It said duties “arise by law”. <Cite ids="rkn-statement" />')).toEqual([]);
  });

  test('the original words of a translation match too, in guillemets', () => {
    expect(quoteProblems('В сообщении: «возникают в силу закона». <Cite ids="rkn-statement" />')).toEqual([]);
  });

  test('a legal term in quotation marks needs no record', () => {
    expect(quoteProblems('The "Yarovaya package" changed that.')).toEqual([]);
  });

  test('the record must be cited in the same paragraph, not the one before', () => {
    expect(quoteProblems('A fact. <Cite ids="rkn-statement" />\n\nIt said duties "arise by law".')).toEqual([
      '7: quotation “arise by law” is not a quote of the records cited in its paragraph (looked in: none: the paragraph cites no record); the words are held by "rkn-statement": cite that record',
    ]);
  });

  test('words inside a step are checked like any paragraph', () => {
    const body =
      '<Scrolly chart="timeline" id="s">\n<Step id="a" alt="x">\n\nIt said “we never blocked it”. <Cite ids="other" />\n\n</Step>\n</Scrolly>';
    expect(quoteProblems(body)).toEqual([
      '8: quotation “we never blocked it” is not a quote of the records cited in its paragraph (looked in: other); add the exact words to the "quotes" of the record that holds them and cite it, or write it in our own words',
    ]);
  });
});

describe('facts without a citation', () => {
  test('one message per paragraph, on the line of its first claim, naming the words', () => {
    const issues = citationIssues(
      chapter(
        'An opening line.\nOn 4 May 2017 Roskomnadzor said so.\n\nA cited fact from 2014. <Cite ids="other" />\n\n## Heading with 2017\n\nPlain analysis.',
      ),
    );
    expect(issues.map((i) => `${i.line}: ${i.message}`)).toEqual([
      '6: states a fact without a <Cite>: "4 May 2017" (a date), "said" (an attributed statement); cite the record that holds it (<Cite ids="…" />), or cut the claim',
    ]);
  });
});
