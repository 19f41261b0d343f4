import { describe, expect, it } from 'vitest';
import { codeSpans } from '../../src/embed/codeSpans';
import { splitAt } from '../../src/embed/splitAt';

describe('interface strings around markup (no set:html)', () => {
  it('splits a string at the place a link goes, wherever the language puts it', () => {
    expect(splitAt('From {story}, X.', '{story}')).toEqual(['From ', ', X.']);
    expect(splitAt('摘自X的报道《{story}》。', '{story}')).toEqual(['摘自X的报道《', '》。']);
    expect(splitAt('No marker', '{story}')).toEqual(['No marker', '']);
  });

  it('sets `backticked` names as code and leaves the rest as text', () => {
    expect(codeSpans('kind (`source_kinds`), flag `thinly_sourced`.')).toEqual([
      { text: 'kind (', code: false },
      { text: 'source_kinds', code: true },
      { text: '), flag ', code: false },
      { text: 'thinly_sourced', code: true },
      { text: '.', code: false },
    ]);
    expect(codeSpans('`id`、`date`')).toEqual([
      { text: 'id', code: true },
      { text: '、', code: false },
      { text: 'date', code: true },
    ]);
  });
});
