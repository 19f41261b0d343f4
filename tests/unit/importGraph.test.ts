/**
 * The shape of the code: no import cycles in src/, no src/ file importing tests/, and every
 * package.json dependency imported somewhere (src, scripts, tests, configs) or run by a script.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  codeFiles,
  cycles,
  importGraph,
  packageOf,
  rel,
  specifiers,
  stringLiterals,
} from '../support/importGraph';

const ROOT = resolve(__dirname, '../..');
const SRC = join(ROOT, 'src');
const TESTS = join(ROOT, 'tests');

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
    expect(bad).toEqual([]);
  });
});

describe('package.json', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const deps: string[] = Object.keys({
    ...pkg.dependencies,
    ...pkg.devDependencies,
    ...pkg.optionalDependencies,
  });
  const files = [
    ...['src', 'scripts', 'tests'].flatMap((d) => codeFiles(join(ROOT, d))),
    ...codeFiles(ROOT).filter((f) => !f.slice(ROOT.length + 1).includes(sep)),
  ];
  const configs = ['.prettierrc.json', 'biome.json', 'tsconfig.json']
    .map((f) => join(ROOT, f))
    .filter(existsSync);
  const commands = [
    ...Object.values(pkg.scripts as Record<string, string>),
    ...['scripts/test.sh', '.ci/run']
      .map((f) => join(ROOT, f))
      .filter(existsSync)
      .map((f) => readFileSync(f, 'utf8')),
  ].join('\n');

  /** Bare names a command line can run from a package (its `bin`). */
  function bins(dep: string): string[] {
    const file = join(ROOT, 'node_modules', dep, 'package.json');
    if (!existsSync(file)) return [];
    const bin = JSON.parse(readFileSync(file, 'utf8')).bin;
    return typeof bin === 'string' ? [dep.split('/').at(-1)!] : Object.keys(bin ?? {});
  }

  test('lists only what is imported, named in a config, or run by a script', () => {
    const imported = new Set(files.flatMap((f) => specifiers(f).map(packageOf)).filter(Boolean));
    const literals = [...files, ...configs].flatMap(stringLiterals);
    const named = (dep: string) =>
      literals.some((s) => s === dep || s.startsWith(`${dep}/`) || s.includes(`node_modules/${dep}/`));
    const run = (dep: string) =>
      bins(dep).some((b) => new RegExp(`(^|[\\s;&|(])(npx\\s+)?${b}(\\s|$)`, 'm').test(commands));
    // `astro check` loads @astrojs/check; node builtins are typed by @types/node.
    const loadedBy = (dep: string) =>
      (dep === '@astrojs/check' && /astro check/.test(commands)) ||
      (dep === '@types/node' && files.some((f) => specifiers(f).some((s) => s.startsWith('node:'))));
    const used = (dep: string): boolean => imported.has(dep) || named(dep) || run(dep) || loadedBy(dep);
    const typesFor = (dep: string) => dep.replace(/^@types\//, '').replace(/^(.+)__(.+)$/, '@$1/$2');
    const unused = deps.filter(
      (dep) => !(dep.startsWith('@types/') ? used(typesFor(dep)) || imported.has(typesFor(dep)) : used(dep)),
    );
    expect(unused).toEqual([]);
  });
});
