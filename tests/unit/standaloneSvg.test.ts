import { join } from 'node:path';
import { expect, test } from 'vitest';
import { chartById } from '../../src/charts/registry';
import { checkContent } from '../../src/lib/content/loadContent';
import { standaloneSvg } from '../../src/lib/figures';

// Step figures (/figures/<step>.svg) are XML files shown through <img> without scripts and in
// print: one bare "&" in a source link's query string and the browser shows a broken image.
test('a standalone SVG is well-formed XML: "&" and "<" in attributes and text are escaped', () => {
  const { dataset } = checkContent(join(import.meta.dirname, '../..'));
  const chart = chartById('mechanism-matrix')!;
  const parsed = chart.parseState({ date: '2018-01-01' });
  if (!parsed.ok) throw new Error('state');
  const svg = standaloneSvg(chart, dataset!, parsed.state, 'wide', 'Rules & laws < 2018');
  expect(svg.startsWith('<?xml')).toBe(true);
  expect(svg).not.toMatch(/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/i);
  // A cited source whose URL has a query string (SoylentNews, "…sid=…&from=rss") is in this state.
  expect(svg).toContain('&amp;from=rss');
  expect(svg).toContain('Rules &amp; laws &lt; 2018');
});
