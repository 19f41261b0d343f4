import { geoPath } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { PANELS } from '../../src/charts/countryPanels/model';
import { panelProjection, panelShapes } from '../../src/charts/countryPanels/render';
import { countries50, countries110 } from '../../src/charts/worldMap/geometry';
import { worldShapes } from '../../src/charts/worldMap/render';
import { WORLD_SIZES } from '../../src/charts/worldMap/draw';

/** Absolute points of each subpath of our compact path data ("M x y l dx dy … z"). */
function subpaths(d: string): [number, number][][] {
  return d
    .split('M')
    .filter(Boolean)
    .map((part) => {
      const n = (part.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
      const pts: [number, number][] = [[n[0]!, n[1]!]];
      for (let i = 2; i + 1 < n.length; i += 2) {
        const [x, y] = pts[pts.length - 1]!;
        pts.push([x + n[i]!, y + n[i + 1]!]);
      }
      return pts;
    });
}

const CHUKOTKA: [number, number][] = [
  [-169.7, 66.1], // Cape Dezhnev, east of the antimeridian
  [179.5, 68.5],
  [-175, 67.5],
];

describe.each(['wide', 'narrow'] as const)('country panels (%s)', (layout) => {
  for (const code of ['RU', 'CN'] as const) {
    const box = PANELS[layout].panels[code].map;
    const focus = countries50(0.08).find((f) => f.code === code)!;

    it(`${code}: the panel contains the whole country`, () => {
      const [[x0, y0], [x1, y1]] = geoPath(panelProjection(code, box, focus)).bounds(focus);
      expect(x0).toBeGreaterThanOrEqual(box.x);
      expect(y0).toBeGreaterThanOrEqual(box.y);
      expect(x1).toBeLessThanOrEqual(box.x + box.w);
      expect(y1).toBeLessThanOrEqual(box.y + box.h);
    });

    it(`${code}: no path leaves the panel`, () => {
      for (const s of panelShapes(code, box))
        for (const ring of subpaths(s.d))
          for (const [x, y] of ring) {
            expect(x, s.code ?? '').toBeGreaterThanOrEqual(box.x - 1);
            expect(x, s.code ?? '').toBeLessThanOrEqual(box.x + box.w + 1);
            expect(y, s.code ?? '').toBeGreaterThanOrEqual(box.y - 1);
            expect(y, s.code ?? '').toBeLessThanOrEqual(box.y + box.h + 1);
          }
    });
  }

  it('Chukotka stays with Russia: east of 180° projects beside the rest, at the right edge', () => {
    const box = PANELS[layout].panels.RU.map;
    const ru = countries50(0.08).find((f) => f.code === 'RU')!;
    const p = panelProjection('RU', box, ru);
    const yakutsk = p([129.7, 62])!;
    for (const ll of CHUKOTKA) {
      const [x, y] = p(ll)!;
      expect(x).toBeGreaterThan(yakutsk[0]);
      expect(x).toBeLessThanOrEqual(box.x + box.w);
      expect(y).toBeGreaterThanOrEqual(box.y);
    }
    // Russia's outline is not cut: no ring jumps across the panel.
    const d = panelShapes('RU', box).find((s) => s.code === 'RU')!.d;
    for (const ring of subpaths(d))
      for (let i = 1; i < ring.length; i++)
        expect(Math.abs(ring[i]![0] - ring[i - 1]![0])).toBeLessThan(box.w / 3);
  });
});

describe('world map geometry', () => {
  const { width, height } = WORLD_SIZES.wide;
  const { shapes } = worldShapes(width, height);

  it('draws every country but Antarctica inside the viewBox', () => {
    expect(shapes.length).toBe(countries110().length - 1);
    for (const s of shapes)
      for (const ring of subpaths(s.d))
        for (const [x, y] of ring) {
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThanOrEqual(width);
          expect(y).toBeGreaterThanOrEqual(0);
          expect(y).toBeLessThanOrEqual(height);
        }
  });

  it('keeps Russia in one piece: the cut runs through the Bering Strait', () => {
    const ru = shapes.find((s) => s.code === 'RU')!;
    const xs = subpaths(ru.d)
      .flat()
      .map(([x]) => x);
    expect(Math.min(...xs)).toBeGreaterThan(width / 2);
  });

  it('draws Crimea as part of Ukraine', () => {
    const ua = countries110().find((f) => f.code === 'UA')!;
    const ru = countries110().find((f) => f.code === 'RU')!;
    const inside = (f: typeof ua) => geoPath().area(f) > 0 && (geoPath().bounds(f)[0][1] ?? 0) <= 45.1;
    expect(inside(ua)).toBe(true);
    expect(geoPath().bounds(ru)[0][1]).toBeGreaterThan(41); // Russia's southern tip is in Dagestan, not Crimea
  });
});
