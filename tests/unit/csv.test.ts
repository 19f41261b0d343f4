import { describe, expect, test } from 'vitest';
import { toCsv } from '../../src/lib/csv';

describe('toCsv', () => {
  test('quotes commas, quotes and line breaks', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          ['x, y', 'say "hi"'],
          ['line\nbreak', 2],
        ],
      ),
    ).toBe('a,b\r\n"x, y","say ""hi"""\r\n"line\nbreak",2\r\n');
  });
  test('neutralises spreadsheet formulas', () => {
    expect(toCsv(['a'], [['=HYPERLINK("http://x")'], ['+1'], ['-2'], ['@SUM(A1)']])).toBe(
      'a\r\n"\'=HYPERLINK(""http://x"")"\r\n\'+1\r\n\'-2\r\n\'@SUM(A1)\r\n',
    );
  });
  test('numbers stay numbers and empty cells stay empty', () => {
    expect(toCsv(['n', 'e'], [[-3, undefined]])).toBe('n,e\r\n-3,\r\n');
  });
});
