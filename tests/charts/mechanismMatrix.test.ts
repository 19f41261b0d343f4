import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { mechanismMatrix } from '../../src/charts/mechanismMatrix';
import { missingRefs } from '../../src/lib/content/validateChapters';
import { stateFromQuery } from '../../src/charts/mechanismMatrix/state';
import { mapsDataset } from '../fixtures/maps-dataset';

const { document } = parseHTML('<!doctype html><html><body></body></html>') as unknown as {
  document: Document;
};
const data = mechanismMatrix.select(mapsDataset);
const render = (state: unknown, layout: 'wide' | 'narrow' = 'wide') => {
  const parsed = mechanismMatrix.parseState(state);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  const size = layout === 'narrow' ? mechanismMatrix.sizes.narrow! : mechanismMatrix.sizes.wide;
  return mechanismMatrix.render(data, parsed.state, { ...size, document, layout, idPrefix: 'mm-test' })
    .outerHTML;
};

/** An attribute of the element with `data-key` = key in rendered SVG markup. */
function attrOf(html: string, key: string, attr: string): string | null {
  const { document: d } = parseHTML(`<!doctype html><html><body>${html}</body></html>`) as unknown as {
    document: Document;
  };
  return d.querySelector(`[data-key="${key}"]`)?.getAttribute(attr) ?? null;
}

describe('mechanism-matrix', () => {
  it('matches the 4 May 2017 golden', async () => {
    await expect(
      render({ date: '2017-05-04', highlight: ['messenger-registration', 'data-localisation'] }),
    ).toMatchFileSnapshot('./__goldens__/mechanism-matrix-2017-05-04.svg');
  });
  it('matches the 1 January 2024 golden', async () => {
    await expect(render({ date: '2024-01-01' })).toMatchFileSnapshot(
      './__goldens__/mechanism-matrix-2024-01-01.svg',
    );
  });
  it('matches the narrow golden (everything recorded)', async () => {
    await expect(render({}, 'narrow')).toMatchFileSnapshot(
      './__goldens__/mechanism-matrix-latest-narrow.svg',
    );
  });

  it('shows a rule once it took effect, and an adopted law as pending', () => {
    expect(attrOf(render({ date: '2017-07-28' }), 'RU:vpn-restrictions', 'class')).toBe('mm-cell mm-k-none');
    expect(attrOf(render({ date: '2017-07-30' }), 'RU:vpn-restrictions', 'class')).toBe(
      'mm-cell mm-k-adopted',
    );
    expect(attrOf(render({ date: '2017-11-01' }), 'RU:vpn-restrictions', 'class')).toBe(
      'mm-cell mm-k-in-force',
    );
    expect(attrOf(render({ date: '2017-07-28' }), 'RU:vpn-restrictions', 'href')).toBeNull();
  });

  it('links each filled cell to its record’s source, and names the law', () => {
    const svg = render({ date: '2017-05-04' });
    expect(attrOf(svg, 'RU:data-localisation', 'href')).toMatch(/^https?:\/\//);
    const t = mechanismMatrix.table(data, { date: '2017-05-04', highlight: [] });
    const row = t.rows.find((r) => r[0] === 'Data localisation')!;
    expect(row[1]).toBe('in force 1 September 2015: Federal Law 242-FZ (personal data localization)');
    expect(row[2]).toMatchObject({ text: expect.stringContaining('ru-law-242fz-in-force-2015') });
    expect(row[3]).toContain('adopted 7 November 2016');
  });

  it('parses states and embed queries', () => {
    expect(mechanismMatrix.parseState({ date: '2017-05-04', highlight: ['data-localisation'] }).ok).toBe(
      true,
    );
    const bad = mechanismMatrix.parseState({ date: '2017-5-4', highlight: 'data-localisation' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problems.map((p) => p.key).sort()).toEqual(['date', 'highlight']);
    expect(mechanismMatrix.refs({ highlight: ['real-name'] })).toEqual({ mechanisms: ['real-name'] });
    expect(
      missingRefs(mechanismMatrix.refs({ highlight: ['mind-control'] }), mapsDataset).map((m) => m.key),
    ).toEqual(['mechanisms']);
    expect(stateFromQuery(new URLSearchParams('date=2017-05-04&colour=red'))).toEqual({
      date: '2017-05-04',
      highlight: [],
    });
  });
});
