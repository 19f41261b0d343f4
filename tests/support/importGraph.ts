/**
 * The project's import graph, read with TypeScript's own pre-processor (`ts.preProcessFile`, which
 * lists static, dynamic and type-only imports and `require` calls without type-checking). `.astro`
 * files contribute their frontmatter and `<script>` blocks. Used by tests/unit/importGraph.test.ts.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const CODE = /\.(ts|tsx|mts|js|mjs|cjs|astro)$/;
const SKIP = new Set(['node_modules', 'dist', '.astro', '__goldens__', 'test-results', 'playwright-report']);

/** Every code file under `dir` (recursively), absolute paths. */
export function codeFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  if (statSync(dir).isFile()) return CODE.test(dir) ? [dir] : [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    SKIP.has(e.name) ? [] : e.isDirectory() ? codeFiles(join(dir, e.name)) : codeFiles(join(dir, e.name)),
  );
}

/** The script parts of a file: all of it, or an .astro file's frontmatter and <script> bodies. */
function scriptText(file: string): string {
  const text = readFileSync(file, 'utf8');
  if (!file.endsWith('.astro')) return text;
  const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  return [front, ...scripts].join('\n');
}

/** Module specifiers a file names: imports, exports, `import()`, `require()`. */
export function specifiers(file: string): string[] {
  const info = ts.preProcessFile(scriptText(file), true, true);
  return info.importedFiles.map((f) => f.fileName);
}

/** String literals in a file that start with a package path (`world-atlas/…`, `node_modules/pym.js/…`). */
export function stringLiterals(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(/['"`]([^'"`\s]+)['"`]/g)].map((m) => m[1]!);
}

const EXTENSIONS = ['', '.ts', '.tsx', '.mts', '.js', '.mjs', '.astro', '/index.ts', '/index.js'];

/** The file a relative specifier names, or undefined for packages and virtual modules. */
export function resolveRelative(from: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const base = resolve(dirname(from), spec.replace(/\?.*$/, ''));
  for (const ext of EXTENSIONS) {
    const p = base + ext;
    if (existsSync(p) && statSync(p).isFile()) return p;
  }
  // `./x.js` written for `./x.ts` (TypeScript's ESM style).
  const ts = base.replace(/\.js$/, '.ts');
  return existsSync(ts) ? ts : undefined;
}

/** File → files it imports (relative imports only, resolved). */
export function importGraph(files: string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const f of files)
    graph.set(
      f,
      specifiers(f)
        .map((s) => resolveRelative(f, s))
        .filter((t): t is string => !!t),
    );
  return graph;
}

/** Strongly connected components with more than one file (or a file importing itself): the cycles. */
export function cycles(graph: Map<string, string[]>): string[][] {
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1 || graph.get(v)!.includes(v)) out.push(scc.sort());
    }
  };
  for (const v of graph.keys()) if (!idx.has(v)) visit(v);
  return out;
}

/** The package a bare specifier belongs to (`@types/x`, `d3-geo`, `astro:content` → undefined). */
export function packageOf(spec: string): string | undefined {
  if (spec.startsWith('.') || spec.startsWith('/') || /^[a-z]+:/.test(spec)) return undefined;
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** Paths relative to `root`, for readable failures. */
export function rel(root: string, files: string[]): string[] {
  return files.map((f) => relative(root, f));
}
