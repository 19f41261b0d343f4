import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { countryPanels } from '../../src/charts/countryPanels';
import { missingRefs } from '../../src/lib/content/validateChapters';
import { stateFromQuery } from '../../src/charts/countryPanels/state';
import { mapsDataset } from '../fixtures/maps-dataset';

const { document } = parseHTML('<!doctype html><html><body></body></html>') as unknown as {
  document: Document;
};
const data = countryPanels.select(mapsDataset);
const render = (year: number, layout: 'wide' | 'narrow') => {
  const size = layout === 'narrow' ? countryPanels.sizes.narrow! : countryPanels.sizes.wide;
  return countryPanels.render(data, { year }, { ...size, document, layout, idPrefix: 'cp-test' }).outerHTML;
};

describe('country-panels', () => {
  it('matches the 2017 golden (both panels, wide)', async () => {
    await expect(render(2017, 'wide')).toMatchFileSnapshot('./__goldens__/country-panels-2017.svg');
  });
  it('matches the 2025 golden (both panels, narrow)', async () => {
    await expect(render(2025, 'narrow')).toMatchFileSnapshot('./__goldens__/country-panels-2025-narrow.svg');
  });

  it('marks the state year with the unified score of each country', () => {
    const svg = render(2017, 'wide');
    expect(svg).toContain('34 of 100 · Not Free (2017)');
    expect(svg).toContain('13 of 100 · Not Free (2017)');
    expect(svg).toContain('aria-label="Russia 2017: 34 of 100, Not Free"');
  });

  it('has a point for every recorded edition and a dashed gap for 2010', () => {
    expect(data.series.RU.map((p) => p.edition)).toEqual([
      2009,
      ...Array.from({ length: 15 }, (_, i) => 2011 + i),
    ]);
    expect(render(2025, 'wide')).toContain('cp-line cp-line--gap');
  });

  it('describes and tabulates', () => {
    expect(countryPanels.describe(data, { year: 2013 })).toContain('Russia 46, Partly Free');
    const t = countryPanels.table(data, { year: 2013 });
    expect(t.rows.find((r) => r[0] === '2013 (shown)')![1]).toBe(
      '46 (Partly Free; published 54, 0 = most free)',
    );
  });

  it('parses states strictly and embed queries leniently', () => {
    expect(countryPanels.parseState({})).toEqual({ ok: true, state: { year: 2025 } });
    const bad = countryPanels.parseState({ year: 2010, highlight: ['RU'] });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problems.map((p) => p.key).sort()).toEqual(['highlight', 'year']);
    expect(countryPanels.refs({ year: 2017 })).toEqual({ editions: [2017] });
    expect(missingRefs(countryPanels.refs({ year: 2017 }), mapsDataset)).toEqual([]);
    expect(stateFromQuery(new URLSearchParams('year=2017'))).toEqual({ year: 2017 });
    expect(stateFromQuery(new URLSearchParams('year=1999'))).toEqual({ year: 2025 });
  });
});
