import { join } from 'node:path';
import { expect, test } from 'vitest';
import { serviceMatrix } from '../../src/charts/serviceMatrix';
import { cellsAt, dayOf } from '../../src/charts/serviceMatrix/model';
import { checkContent } from '../../src/lib/content/loadContent';
import { extractChapter } from '../../src/lib/content/extractChapter';

/**
 * A step's text alternative is the figure for a reader who cannot see it: it must say what the
 * drawing shows. For the services matrix, each service a step highlights is checked against the
 * status its cell is drawn with on the step's date.
 */
const WORDS = {
  blocked: /block/i,
  throttled: /throttled|partly blocked/i,
  open: /no longer blocked|open again|unblocked/i,
} as const;

test('service-matrix step alts say the status the chart draws for each highlighted service', () => {
  const { dataset, chapters } = checkContent(join(import.meta.dirname, '../..'));
  if (!dataset) throw new Error('content/ did not load');
  const data = serviceMatrix.select(dataset);
  const steps = chapters
    .flatMap((c) => extractChapter(c.text).figures)
    .filter((f) => f.kind === 'step' && f.chart === 'service-matrix');
  expect(steps.length).toBeGreaterThanOrEqual(3);
  const wrong: string[] = [];
  for (const step of steps) {
    const parsed = serviceMatrix.parseState(step.state ?? {});
    if (!parsed.ok) throw new Error(`${step.id}: bad state`);
    const day = dayOf(data, parsed.state);
    const alt = step.alt ?? '';
    for (const cell of cellsAt(data, day)) {
      if (!parsed.state.highlight.includes(cell.service.id) || cell.status === 'none') continue;
      if (!WORDS[cell.status].test(alt))
        wrong.push(`${step.id}: ${cell.key} is drawn "${cell.status}" but the alt says: ${alt}`);
      if (cell.status !== 'blocked' && /newly marked blocked/i.test(alt))
        wrong.push(`${step.id}: ${cell.key} is drawn "${cell.status}", not newly blocked`);
    }
  }
  expect(wrong).toEqual([]);
});
