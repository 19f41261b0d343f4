import { describe, expect, test } from 'vitest';
import { findQuotations, normalizeQuote, quoteMatches } from '../../src/lib/content/quotations';

const found = (text: string) => findQuotations(text).map((q) => q.text);

describe('finding quotations', () => {
  test('straight double quotes', () => {
    expect(found('It said "the rules apply" and "by law".')).toEqual(['the rules apply', 'by law']);
  });

  test('curly double quotes', () => {
    expect(found('It said “the rules apply”.')).toEqual(['the rules apply']);
  });

  test('guillemets and low-high quotes', () => {
    expect(found('Он сказал: «правила действуют». Er sagte „es gilt“.')).toEqual([
      'правила действуют',
      'es gilt',
    ]);
  });

  test('a quotation nested in another belongs to the outer one', () => {
    expect(found('She wrote: “the regulator called it ‘a mere formality’ at the time”.')).toEqual([
      'the regulator called it ‘a mere formality’ at the time',
    ]);
    expect(found('«Закон „Об информации“ действует»')).toEqual(['Закон „Об информации“ действует']);
    expect(found('“Outer “inner” outer”')).toEqual(['Outer “inner” outer']);
  });

  test('apostrophes and inch marks are not quotations', () => {
    expect(found("Russia's regulator and China's rules")).toEqual([]);
    expect(found('a 15" screen')).toEqual([]);
  });

  test('an unclosed quotation is left alone', () => {
    expect(found('It said “the rules apply.')).toEqual([]);
  });

  test('offsets point at the opening mark', () => {
    const text = 'Roskomnadzor said “it applies”.';
    expect(findQuotations(text)[0]!.offset).toBe(text.indexOf('“'));
  });
});

describe('matching a quotation to a record’s quote', () => {
  const quote = 'It might be a technical issue, but there are some political issues involved as well.';

  test('the whole quote, or a run of its words, matches', () => {
    expect(quoteMatches(quote, quote)).toBe(true);
    expect(quoteMatches('some political issues involved', quote)).toBe(true);
  });

  test('case, quotation-mark style, spacing and end punctuation do not count', () => {
    expect(quoteMatches('it MIGHT be a technical  issue,', quote)).toBe(true);
    expect(quoteMatches('China’s usual ally', "a rift between China's usual ally")).toBe(true);
    expect(quoteMatches("China's usual ally", 'a rift between China’s usual ally')).toBe(true);
  });

  test('an ellipsis may skip words, in order', () => {
    expect(quoteMatches('It might be … involved as well', quote)).toBe(true);
    expect(quoteMatches('involved as well ... It might be', quote)).toBe(false);
  });

  test('changed, added or partial words do not match', () => {
    expect(quoteMatches('some political motives involved', quote)).toBe(false);
    expect(quoteMatches('a technical issue with a political dimension', quote)).toBe(false);
    expect(quoteMatches('politic', quote)).toBe(false);
    expect(quoteMatches('', quote)).toBe(false);
  });

  test('in Chinese, written without spaces, a run of characters matches and … skips characters', () => {
    const zh = '媒体是在拿一个微不足道的技术问题小题大做';
    expect(quoteMatches('技术问题', zh)).toBe(true);
    expect(quoteMatches('媒体是在拿…技术问题小题大做', zh)).toBe(true);
    expect(quoteMatches('媒体是在拿…政治问题', zh)).toBe(false);
    // A Latin name beside Chinese characters is still a whole word: "Chat" is not "WeChat".
    expect(quoteMatches('Chat被封', 'WeChat被封')).toBe(false);
    expect(quoteMatches('WeChat', 'WeChat被封')).toBe(true);
  });

  test('normalizing folds the marks of nested quotations', () => {
    expect(normalizeQuote('“a ‘mere’ formality.”')).toBe("a 'mere' formality");
    expect(normalizeQuote('«закон „об информации“»')).toBe('закон "об информации');
  });
});
