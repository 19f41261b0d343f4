/**
 * The shape of the code: no import cycles in src/, no src/ file importing tests/, and every
 * package.json dependency imported somewhere (src, scripts, tests, configs) or run by a script.
 */
import { join, resolve, sep } from 'node:path';
import { describe, expect, test } from 'vitest';
import { codeFiles, cycles, importGraph, packageOf, rel } from '../support/importGraph';

const ROOT = resolve(__dirname, '../..');
const SRC = join(ROOT, 'src');
const TESTS = join(ROOT, 'tests');

/**
 * Known until the browser half of issue #12 (branch wt-h12a) lands: it deletes
 * src/scrolly/clients.ts, the last src/ file importing tests/. Remove this entry then.
 */
const PENDING_TEST_IMPORTS = new Set(['src/scrolly/clients.ts → tests/fixtures/chart/client.ts']);

describe('the import graph reader', () => {
  test('finds a planted cycle, type-only imports included, and nothing else', () => {
    const dir = join(TESTS, 'fixtures/import-cycle');
    const found = cycles(importGraph(codeFiles(dir))).map((c) => rel(dir, c));
    expect(found).toEqual([['a.ts', 'b.ts']]);
  });
  test('names packages, not paths or virtual modules', () => {
    expect(packageOf('d3-scale')).toBe('d3-scale');
    expect(packageOf('@resvg/resvg-js/index.js')).toBe('@resvg/resvg-js');
    expect(packageOf('astro:content')).toBeUndefined();
    expect(packageOf('node:fs')).toBeUndefined();
    expect(packageOf('./x')).toBeUndefined();
  });
});

describe('src/', () => {
  const graph = importGraph(codeFiles(SRC));

  test('has no import cycles', () => {
    expect(cycles(graph).map((c) => rel(ROOT, c))).toEqual([]);
  });

  test('charts import nothing from src/lib/ (lib builds on charts, never the other way)', () => {
    const lib = join(SRC, 'lib') + sep;
    const charts = join(SRC, 'charts') + sep;
    const bad = [...graph].flatMap(([from, tos]) =>
      from.startsWith(charts)
        ? tos.filter((t) => t.startsWith(lib)).map((t) => rel(ROOT, [from, t]).join(' → '))
        : [],
    );
    expect(bad).toEqual([]);
  });

  test('imports nothing from tests/', () => {
    const bad = [...graph].flatMap(([from, tos]) =>
      tos.filter((t) => t.startsWith(TESTS + sep)).map((t) => rel(ROOT, [from, t]).join(' → ')),
    );
    expect(bad.filter((b) => !PENDING_TEST_IMPORTS.has(b))).toEqual([]);
  });
});
