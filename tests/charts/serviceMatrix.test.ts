import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { serviceMatrix } from '../../src/charts/serviceMatrix';
import { missingRefs } from '../../src/lib/content/validateChapters';
import { stateFromQuery } from '../../src/charts/serviceMatrix/state';
import { mapsDataset } from '../fixtures/maps-dataset';

const { document } = parseHTML('<!doctype html><html><body></body></html>') as unknown as {
  document: Document;
};
const data = serviceMatrix.select(mapsDataset);
const render = (state: unknown, layout: 'wide' | 'narrow' = 'wide') => {
  const parsed = serviceMatrix.parseState(state);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  const size = layout === 'narrow' ? serviceMatrix.sizes.narrow! : serviceMatrix.sizes.wide;
  return serviceMatrix.render(data, parsed.state, { ...size, document, layout, idPrefix: 'sm-test' })
    .outerHTML;
};

/** An attribute of the element with `data-key` = key in rendered SVG markup. */
function attrOf(html: string, key: string, attr: string): string | null {
  const { document: d } = parseHTML(`<!doctype html><html><body>${html}</body></html>`) as unknown as {
    document: Document;
  };
  return d.querySelector(`[data-key="${key}"]`)?.getAttribute(attr) ?? null;
}

describe('service-matrix', () => {
  it('matches the 7 July 2009 golden', async () => {
    await expect(render({ date: '2009-07-07', highlight: ['twitter', 'facebook'] })).toMatchFileSnapshot(
      './__goldens__/service-matrix-2009-07-07.svg',
    );
  });
  it('matches the 4 May 2017 golden', async () => {
    await expect(render({ date: '2017-05-04', highlight: ['wechat'] })).toMatchFileSnapshot(
      './__goldens__/service-matrix-2017-05-04.svg',
    );
  });
  it('matches the narrow golden for 23 September 2017', async () => {
    await expect(render({ date: '2017-09-23' }, 'narrow')).toMatchFileSnapshot(
      './__goldens__/service-matrix-2017-09-23-narrow.svg',
    );
  });

  it('shows blocks arriving: WeChat blocked on 4 May 2017 and open again on 11 May', () => {
    expect(attrOf(render({ date: '2017-05-04' }), 'RU:wechat', 'class')).toBe('sm-cell sm-s-blocked');
    expect(attrOf(render({ date: '2017-05-11' }), 'RU:wechat', 'class')).toBe('sm-cell sm-s-open');
    expect(attrOf(render({ date: '2017-05-03' }), 'RU:wechat', 'class')).toBe('sm-cell sm-s-none');
  });

  it('never calls a cell without records "open"', () => {
    const t = serviceMatrix.table(data, { date: '2009-07-07', highlight: [] });
    const wechat = t.rows.find((r) => r[0] === 'WeChat')!;
    expect(wechat[1]).toBe('No restriction recorded');
    expect(wechat[3]).toBe('No restriction recorded');
    const yt = t.rows.find((r) => r[0] === 'YouTube')!;
    expect(yt[3]).toBe('Blocked since 23 March 2009');
    expect(yt[4]).toMatchObject({ href: expect.stringMatching(/^https?:/) });
  });

  it('describes the date and highlighted services', () => {
    const text = serviceMatrix.describe(data, { date: '2017-05-04', highlight: ['wechat'] });
    expect(text).toContain('4 May 2017');
    expect(text).toContain('WeChat blocked in Russia, no restriction recorded in China');
  });

  it('parses states and embed queries', () => {
    expect(serviceMatrix.parseState({})).toEqual({ ok: true, state: { highlight: [] } });
    const bad = serviceMatrix.parseState({ date: '2017-02-30', highlight: ['WeChat'], year: 2017 });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problems.map((p) => p.key).sort()).toEqual(['date', 'highlight', 'year']);
    expect(serviceMatrix.refs({ date: '2017-05-04', highlight: ['wechat'] })).toEqual({
      services: ['wechat'],
    });
    expect(
      missingRefs(serviceMatrix.refs({ highlight: ['myspace'] }), mapsDataset).map((m) => m.key),
    ).toEqual(['services']);
    expect(stateFromQuery(new URLSearchParams('date=2017-05-04&highlight=wechat,line'))).toEqual({
      date: '2017-05-04',
      highlight: ['wechat', 'line'],
    });
    expect(stateFromQuery(new URLSearchParams('date=yesterday&highlight=Bad!'))).toEqual({ highlight: [] });
  });
});
