/**
 * Build-time geometry for the comparison maps: world-atlas TopoJSON → GeoJSON → projected,
 * rounded SVG path strings. Runs in Node only (render at build time); no client.ts imports this,
 * so the browser never downloads TopoJSON for these maps.
 *
 * Crimea: Natural Earth (and so world-atlas) draws it as part of Russia. Following UN General
 * Assembly resolution 68/262 and common newsroom practice, we merge it back into Ukraine.
 */
import { createRequire } from 'node:module';
import type { GeoPermissibleObjects, GeoProjection } from 'd3-geo';
import { geoArea, geoCentroid, geoContains, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { feature, merge } from 'topojson-client';
import type {
  GeometryCollection,
  MultiPolygon as TopoMultiPolygon,
  Polygon as TopoPolygon,
  Topology,
} from 'topojson-specification';

const require = createRequire(import.meta.url);

interface IsoCountries {
  numericToAlpha2(n: string): string | undefined;
  alpha2ToNumeric(a: string): string | undefined;
}
const iso = require('i18n-iso-countries') as IsoCountries;

/** A country as GeoJSON with its ISO alpha-2 code (null for Kosovo, N. Cyprus, Somaliland). */
export interface CountryFeature extends Feature<Polygon | MultiPolygon, { name: string }> {
  code: string | null;
}

type CountriesTopo = Topology<{ countries: GeometryCollection<{ name: string }> }>;

const cache = new Map<string, CountryFeature[]>();

/**
 * A copy of a quantized topology with absolute coordinates and every arc simplified
 * (Douglas–Peucker, `eps` degrees). Arcs are shared between neighbours, so borders stay shared:
 * no slivers or gaps. Closed arcs (small islands) keep at least four points.
 */
export function simplifyTopology<T extends Topology>(topo: T, eps: number): T {
  const t = topo.transform;
  const arcs = topo.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    const pts = arc.map(([a, b]) => {
      if (!t) return [a!, b!] as [number, number];
      x += a!;
      y += b!;
      return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]] as [number, number];
    });
    const keep = douglasPeucker(pts, eps);
    const closed =
      pts.length > 3 && pts[0]![0] === pts[pts.length - 1]![0] && pts[0]![1] === pts[pts.length - 1]![1];
    if (closed && keep.length < 4) {
      const n = pts.length - 1;
      return [pts[0]!, pts[Math.floor(n / 3)]!, pts[Math.floor((2 * n) / 3)]!, pts[n]!];
    }
    return keep;
  });
  const { transform: _drop, ...rest } = topo;
  return { ...rest, arcs } as unknown as T;
}

/**
 * Simplifying a tiny island can flip its winding, and d3-geo would then fill the whole globe but
 * the island. No country covers half the sphere, so such polygons are dropped.
 */
function dropInverted(g: Polygon | MultiPolygon): Polygon | MultiPolygon {
  const ok = (coordinates: Position[][]) => geoArea({ type: 'Polygon', coordinates }) < 2 * Math.PI;
  if (g.type === 'Polygon') return ok(g.coordinates) ? g : { type: 'MultiPolygon', coordinates: [] };
  return { type: 'MultiPolygon', coordinates: g.coordinates.filter(ok) };
}

function douglasPeucker(pts: [number, number][], eps: number): [number, number][] {
  if (pts.length <= 2) return pts;
  const keep = new Uint8Array(pts.length);
  keep[0] = 1;
  keep[pts.length - 1] = 1;
  const stack: [number, number][] = [[0, pts.length - 1]];
  while (stack.length) {
    const [i, j] = stack.pop()!;
    const [ax, ay] = pts[i]!;
    const [bx, by] = pts[j]!;
    const dx = bx - ax;
    const dy = by - ay;
    const len2 = dx * dx + dy * dy;
    let best = -1;
    let at = -1;
    for (let k = i + 1; k < j; k++) {
      const [px, py] = pts[k]!;
      let d2: number;
      if (len2 === 0) d2 = (px - ax) ** 2 + (py - ay) ** 2;
      else {
        const u = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
        d2 = (px - ax - u * dx) ** 2 + (py - ay - u * dy) ** 2;
      }
      if (d2 > best) {
        best = d2;
        at = k;
      }
    }
    if (at >= 0 && best > eps * eps) {
      keep[at] = 1;
      stack.push([i, at], [at, j]);
    }
  }
  return pts.filter((_, k) => keep[k]);
}

function load(file: string, eps = 0): CountryFeature[] {
  const raw = require(`world-atlas/${file}`) as CountriesTopo;
  const topo = eps > 0 ? simplifyTopology(raw, eps) : raw;
  const geoms = [...topo.objects.countries.geometries];
  let ukraine: Geometry | undefined;
  const ruIndex = geoms.findIndex((g) => g.id === '643');
  const ua = geoms.find((g) => g.id === '804') as TopoPolygon | TopoMultiPolygon | undefined;
  const ru = geoms[ruIndex] as TopoMultiPolygon<{ name: string }> | undefined;
  if (ru?.type === 'MultiPolygon' && ua) {
    // Move the Crimean polygon from Russia to Ukraine, merged so that no border is drawn.
    const crimea = ru.arcs.findIndex((poly) =>
      geoContains(
        feature(topo, { type: 'Polygon', arcs: poly } as TopoPolygon) as Feature<Polygon>,
        [34.1, 45.0],
      ),
    );
    if (crimea >= 0) {
      ukraine = merge(topo, [ua, { type: 'Polygon', arcs: ru.arcs[crimea]! } as TopoPolygon]);
      geoms[ruIndex] = { ...ru, arcs: ru.arcs.filter((_, i) => i !== crimea) };
    }
  }
  const fc = feature(topo, { type: 'GeometryCollection', geometries: geoms }) as FeatureCollection<
    Polygon | MultiPolygon,
    { name: string }
  >;
  return fc.features.map((f) => {
    const id = f.id === undefined ? undefined : String(f.id);
    const out: CountryFeature = { ...f, code: id ? (iso.numericToAlpha2(id) ?? null) : null };
    if (id === '804' && ukraine) out.geometry = ukraine as MultiPolygon;
    if (eps > 0) out.geometry = dropInverted(out.geometry);
    return out;
  });
}

function cached(file: string, eps: number): CountryFeature[] {
  const key = `${file}@${eps}`;
  let hit = cache.get(key);
  if (!hit) {
    hit = load(file, eps);
    cache.set(key, hit);
  }
  return hit;
}

/** Countries at 1:110m (177 shapes), Antarctica included; arcs simplified by `eps` degrees. */
export function countries110(eps = 0): CountryFeature[] {
  return cached('countries-110m.json', eps);
}

/** Countries at 1:50m: small states missing at 110m (Bahrain, Singapore) and the country panels. */
export function countries50(eps = 0): CountryFeature[] {
  return cached('countries-50m.json', eps);
}

/** Centroid [lon, lat] of a country by ISO alpha-2 code, from 110m or else 50m geometry. */
export function centroidOf(code: string): [number, number] | undefined {
  const f = countries110().find((c) => c.code === code) ?? countries50().find((c) => c.code === code);
  return f ? (geoCentroid(f) as [number, number]) : undefined;
}

/**
 * SVG path data for a GeoJSON object under `projection`: integer coordinates, relative
 * commands, repeated points dropped, rings smaller than `minArea` px² left out. Deterministic.
 */
export function compactPath(projection: GeoProjection, object: GeoPermissibleObjects, minArea = 1.5): string {
  const rings: [number, number][][] = [];
  let ring: [number, number][] | null = null;
  const ctx = {
    moveTo(x: number, y: number) {
      ring = [[Math.round(x), Math.round(y)]];
      rings.push(ring);
    },
    lineTo(x: number, y: number) {
      const p: [number, number] = [Math.round(x), Math.round(y)];
      const last = ring?.[ring.length - 1];
      if (ring && last && (last[0] !== p[0] || last[1] !== p[1])) ring.push(p);
    },
    closePath() {
      ring = null;
    },
    arc() {},
    beginPath() {},
  };
  geoPath(projection, ctx as unknown as CanvasRenderingContext2D)(object);
  let d = '';
  for (const r of rings) {
    // Drop a closing point equal to the first, then collinear points.
    if (r.length > 1 && r[0]![0] === r[r.length - 1]![0] && r[0]![1] === r[r.length - 1]![1]) r.pop();
    const pts = r.filter((p, i) => {
      const a = r[(i - 1 + r.length) % r.length]!;
      const b = r[(i + 1) % r.length]!;
      return r.length < 4 || (p[0] - a[0]) * (b[1] - a[1]) !== (p[1] - a[1]) * (b[0] - a[0]);
    });
    if (pts.length < 3 || Math.abs(ringArea(pts)) < minArea) continue;
    let [px, py] = pts[0]!;
    d += `M${px} ${py}l`;
    const parts: string[] = [];
    for (const [x, y] of pts.slice(1)) {
      parts.push(`${x - px} ${y - py}`.replace(/ -/g, '-'));
      px = x;
      py = y;
    }
    d += `${parts.join(' ').replace(/ -/g, '-')}z`;
  }
  return d;
}

function ringArea(pts: [number, number][]): number {
  let a = 0;
  for (let i = 0; i < pts.length; i++) {
    const [x0, y0] = pts[i]!;
    const [x1, y1] = pts[(i + 1) % pts.length]!;
    a += x0 * y1 - x1 * y0;
  }
  return a / 2;
}

/** ISO numeric code for an alpha-2 code. */
export function numericOf(code: string): string | undefined {
  return iso.alpha2ToNumeric(code);
}
