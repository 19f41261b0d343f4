import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { worldMap } from '../../src/charts/worldMap';
import { missingRefs } from '../../src/lib/content/validateChapters';
import { stateFromQuery, stateToQuery } from '../../src/charts/worldMap/state';
import { mapsDataset } from '../fixtures/maps-dataset';

const { document } = parseHTML('<!doctype html><html><body></body></html>') as unknown as {
  document: Document;
};
const data = worldMap.select(mapsDataset);
const render = (state: unknown, layout: 'wide' | 'narrow' = 'wide') => {
  const parsed = worldMap.parseState(state);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  const size = layout === 'narrow' ? worldMap.sizes.narrow! : worldMap.sizes.wide;
  return worldMap.render(data, parsed.state, { ...size, document, layout, idPrefix: 'wm-test' }).outerHTML;
};

/** An attribute of the element with `data-key` = key in rendered SVG markup. */
function attrOf(html: string, key: string, attr: string): string | null {
  const { document: d } = parseHTML(`<!doctype html><html><body>${html}</body></html>`) as unknown as {
    document: Document;
  };
  return d.querySelector(`[data-key="${key}"]`)?.getAttribute(attr) ?? null;
}

describe('world-map', () => {
  it('matches the 2017 golden', async () => {
    await expect(render({ year: 2017 })).toMatchFileSnapshot('./__goldens__/world-map-2017.svg');
  });
  it('matches the 2025 golden, with a highlighted country', async () => {
    await expect(render({ year: 2025, highlight: ['KZ'] })).toMatchFileSnapshot(
      './__goldens__/world-map-2025.svg',
    );
  });
  it('matches the narrow (dot plot) golden for 2025', async () => {
    await expect(render({ year: 2025 }, 'narrow')).toMatchFileSnapshot(
      './__goldens__/world-map-2025-narrow.svg',
    );
  });

  it('stays lean: under 60 kB raw and 16 kB gzip', () => {
    const svg = render({ year: 2025 });
    expect(svg.length).toBeLessThan(60_000);
    expect(gzipSync(svg).length).toBeLessThan(16_000);
  });

  it('colours assessed countries on one direction and hatches the rest', () => {
    const svg = render({ year: 2017 });
    // Russia 2017: published 66 (0 = most free) → 34, bin 3.
    expect(attrOf(svg, 'RU', 'aria-label')).toBe('Russia: 34 of 100, Not Free');
    expect(attrOf(svg, 'RU', 'class')).toBe('wm-country wm-c3 wm-key');
    // Focusable from the arrow keys; the map is one Tab stop (src/charts/roving.ts).
    expect(attrOf(svg, 'RU', 'tabindex')).toBe('-1');
    expect(svg.match(/tabindex="0"/g)).toHaveLength(1);
    expect(attrOf(svg, 'NO', 'fill')).toBe('url(#wm-test-na)');
    expect(attrOf(svg, 'NO', 'tabindex')).toBeNull();
    expect(svg).toContain('No score recorded');
    expect(svg).toContain('<title id="wm-test-title">');
  });

  it('describes the state in words', () => {
    const text = worldMap.describe(data, { year: 2025, highlight: [] });
    expect(text).toContain('Freedom on the Net 2025');
    expect(text).toMatch(/Russia 17 \(Not Free, \d+\w\w of 72\)/);
    expect(worldMap.describe(data, { year: 2017, highlight: [] })).toContain('100 minus the published score');
  });

  it('keeps published values in its table', () => {
    const t = worldMap.table(data, { year: 2017, highlight: [] });
    const ru = t.rows.find((r) => r[0] === 'Russia')!;
    expect(ru[1]).toBe('34');
    expect(ru[3]).toBe('66 (0 = most free)');
    expect(t.rows[0]![0]).toBe('China');
  });

  it('parses states and explains problems', () => {
    expect(worldMap.parseState({})).toEqual({ ok: true, state: { year: 2025, highlight: [] } });
    expect(worldMap.parseState({ year: 2017, highlight: ['KZ'] })).toEqual({
      ok: true,
      state: { year: 2017, highlight: ['KZ'] },
    });
    const bad = worldMap.parseState({ year: 2010, highlight: ['ru'], colour: 'red' });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.problems.map((p) => p.key).sort()).toEqual(['colour', 'highlight', 'year']);
    expect(bad.problems.find((p) => p.key === 'year')!.message).toContain('2009 or 2011–2025');
    expect(bad.problems.find((p) => p.key === 'colour')!.message).toContain('"year", "highlight"');
    expect(worldMap.parseState({ year: '2017' }).ok).toBe(false);
  });

  it('names the ids the build must check, so an unknown country or edition stops it', () => {
    expect(worldMap.refs({ year: 2017, highlight: ['KZ'] })).toEqual({ editions: [2017], countries: ['KZ'] });
    expect(missingRefs(worldMap.refs({ year: 2017, highlight: ['KZ'] }), mapsDataset)).toEqual([]);
    const missing = missingRefs(worldMap.refs({ year: 2017, highlight: ['NO'] }), mapsDataset);
    expect(missing.map((m) => m.key)).toEqual(['countries']);
  });

  it('reads embed queries without throwing, dropping invalid keys', () => {
    expect(stateFromQuery(new URLSearchParams('year=2017&highlight=kz,BY'))).toEqual({
      year: 2017,
      highlight: ['KZ', 'BY'],
    });
    expect(stateFromQuery(new URLSearchParams('year=2010&highlight=K1&x=1'))).toEqual({
      year: 2025,
      highlight: [],
    });
    expect(stateFromQuery(new URLSearchParams('year=abc'))).toEqual({ year: 2025, highlight: [] });
    expect(stateToQuery({ year: 2017, highlight: ['KZ', 'BY'] })).toBe('year=2017&highlight=KZ,BY');
  });

  it('describes the drawing shown: hatching only for the map, dots for the phone, neither for embeds', () => {
    // Every <desc> the SVG is described by.
    const descOf = (html: string) =>
      [...html.matchAll(/<desc[^>]*>([^<]*)<\/desc>/g)].map((m) => m[1]).join(' ');
    const wide = descOf(render({ year: 2025 }));
    const narrow = descOf(render({ year: 2025 }, 'narrow'));
    expect(wide).toMatch(/hatched/);
    expect(narrow).not.toMatch(/hatch/);
    expect(narrow).toMatch(/One dot per country/);
    // The embed page's description and image alt serve whichever drawing the width picks.
    const neutral = worldMap.describe(data, { year: 2025, highlight: [] });
    expect(neutral).not.toMatch(/hatch|dot|map coloured/);
  });
});
