import { describe, expect, test } from 'vitest';
import { findClaims } from '../../src/lib/content/claims';

const kinds = (text: string) => findClaims(text).map((c) => `${c.words} (${c.kind})`);

describe('claims that need a citation', () => {
  test.each([
    ['Roskomnadzor lifted the block on 11 May.', ['11 May (a date)']],
    ['The law was signed on May 5, 2014.', ['May 5, 2014 (a date)']],
    ['Line and BBM were listed on 28–29 April 2017.', ['28–29 April 2017 (a date)']],
    ['Twitter was slowed from March 2021.', ['March 2021 (a date)']],
    ['China blocked Facebook in 2009.', ['2009 (a date)']],
    ['The register listed 76 services.', ['76 (a number)']],
    ['Last updated: 2026-11-29.', ['2026-11-29 (a date)']],
    ['It had 29.', ['29 (a number)']],
    ['Scores fell by 2.5 points.', ['2.5 (a number)']],
    ['Bloggers with more than 3,000 daily readers had to register.', ['3,000 (a number)']],
    ['WeChat had 889 million accounts.', ['889 million (a number)']],
    ['Organizers keep metadata for six months.', ['six months (a number)']],
    ['The block rested on Article 15.4.', ['Article 15.4 (a named law)']],
    ['Federal Law 97-FZ created the category.', ['Federal Law (a named law)', '97-FZ (a named law)']],
    ['It broke the Law on Information.', ['Law on Information (a named law)']],
    ["China's Cybersecurity Law keeps data at home.", ['Cybersecurity Law (a named law)']],
    ['Tencent said the rules were read differently.', ['said (an attributed statement)']],
    ['According to Xinhua, the spokesman gave the reason.', ['According to (an attributed statement)']],
  ])('%s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test('a date, a law and a statement in one sentence are each found once, in reading order', () => {
    expect(kinds('On 4 May 2017 Roskomnadzor said Article 15.4 applied.')).toEqual([
      '4 May 2017 (a date)',
      'said (an attributed statement)',
      'Article 15.4 (a named law)',
    ]);
  });
});

describe('editorial analysis that needs none', () => {
  test.each([
    'Both governments were pulling data home. WeChat simply ran into a different Russian rule.',
    'Where the outcome is known, it follows a simple line: register, and the block ends.',
    'Being listed, it turned out, was only the first of the state’s demands.',
    'Three things stand out in hindsight.',
    'A handful of facts were widely reported but are absent from our stored pages.',
    'Every record is marked verified: we found the fact stated in at least one stored source.',
    'This explainer retraces the week and sets the episode in a longer history. Where sources disagree, we say so.',
  ])('%s', (text) => {
    expect(findClaims(text)).toEqual([]);
  });
});
