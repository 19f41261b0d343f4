import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { withBuildLock } from '../support/buildLock';
import { badCases } from './contentFixtures';

/**
 * `npm run build` and `npm run check:content` agree. Every broken-content fixture goes through
 * Astro's build (tests/unit/contentBuildHarness.ts: one process, ~30 ms a fixture once Astro
 * has started) and must stop with exactly the check's lines (content-bad/<case>/expected.txt).
 * Two real `npx astro build` runs check what the editor sees in the terminal: a fixture that
 * used to fail only while rendering (a misspelt prop) prints our lines and nothing else, and the
 * good fixture builds without a warning. About 20 s in all on this machine.
 */
const ROOT = join(import.meta.dirname, '../..');
const FIXTURES = join(ROOT, 'tests/fixtures');
// Inside the project (CONTENT_DIR is relative to it), where git and the linters never look.
const WORK = 'node_modules/.cache/content-build';

interface Run {
  code: number | null;
  output: string;
}

/** Lays a case over the good fixture (as tests/unit/contentFixtures.ts does) under WORK. */
function contentFor(name: string): string {
  const dir = `${WORK}/${name}`;
  const abs = join(ROOT, dir);
  rmSync(abs, { recursive: true, force: true });
  cpSync(join(FIXTURES, 'content-good'), abs, { recursive: true });
  if (name === 'good') return dir;
  const src = join(FIXTURES, 'content-bad', name);
  for (const entry of readdirSync(src)) {
    if (entry === 'expected.txt') continue;
    if (entry === 'DELETE')
      for (const rel of readFileSync(join(src, entry), 'utf8').split('\n').filter(Boolean))
        rmSync(join(abs, rel));
    else cpSync(join(src, entry), join(abs, entry), { recursive: true });
  }
  return dir;
}

function run(command: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  const full: NodeJS.ProcessEnv = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    SITE_URL: 'https://example.org',
    NO_COLOR: '1',
    ...env,
  };
  delete full.VITEST; // the integration leaves checking to Vitest when it sees this
  // Vitest sets NODE_ENV=test, under which Vite keeps some build warnings to itself (a Node
  // module externalized for the browser): build as a person at a terminal does.
  delete full.NODE_ENV;
  delete full.DEBUG;
  return new Promise((resolve) => {
    const child = spawn('npx', command, { cwd: ROOT, env: full });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => resolve({ code, output }));
  });
}

const cases = badCases();
const expectedLines = (name: string) =>
  readFileSync(join(FIXTURES, 'content-bad', name, 'expected.txt'), 'utf8')
    .split('\n')
    .filter(Boolean);
const problemLines = (output: string, dir: string) =>
  output
    .replaceAll(dir, 'content')
    .split('\n')
    .filter((l) => l.startsWith('✗ '))
    .map((l) => l.slice(2));

let builds: Map<string, Run>;
let cli: { good: Run; bad: Run };
const CLI_CASE = 'chapter-misspelt-prop';

beforeAll(async () => {
  mkdirSync(join(ROOT, WORK), { recursive: true });
  const dirs = cases.map(contentFor);
  const harness = await withBuildLock(() => run(['tsx', 'tests/unit/contentBuildHarness.ts', ...dirs]));
  builds = new Map();
  for (const line of harness.output.split('\n').filter((l) => l.startsWith('{'))) {
    const r = JSON.parse(line) as Run & { dir: string };
    builds.set(r.dir.slice(WORK.length + 1), {
      code: r.code,
      output: problemLines(r.output, r.dir).join('\n'),
    });
  }
  const [good, bad] = [contentFor('good'), `${WORK}/${CLI_CASE}`];
  cli = {
    // As an editor runs it: no SITE_URL, which only a production build needs (README, Deploy).
    good: await withBuildLock(() =>
      run(['astro', 'build', '--force', '--outDir', `${good}-dist`], { CONTENT_DIR: good, SITE_URL: '' }),
    ),
    bad: await withBuildLock(() =>
      run(['astro', 'build', '--force', '--outDir', `${bad}-dist`], { CONTENT_DIR: bad }),
    ),
  };
}, 300_000);

afterAll(() => rmSync(join(ROOT, WORK), { recursive: true, force: true }));

describe('the build stops with the check’s lines', () => {
  test.each(cases)('%s', (name) => {
    const b = builds.get(name);
    expect(b, `no build result for ${name}`).toBeDefined();
    // A case with no lines (a record with only secondary sources: listed, not failed) builds.
    expect(b!.code).toBe(expectedLines(name).length ? 1 : 0);
    expect(b!.output.split('\n').filter(Boolean)).toEqual(expectedLines(name));
  });

  test('in the terminal: our lines and a count, no hook banner, stack or source', () => {
    const { code, output } = cli.bad;
    expect(code).toBe(1);
    expect(problemLines(output, `${WORK}/${CLI_CASE}`)).toEqual(expectedLines(CLI_CASE));
    expect(output).toContain('1 problem in ');
    expect(output).not.toMatch(/Stack trace|\[ERROR\]|hook|Location:|FigureError|^\s+at |^\s*\d+ \|/m);
  });

  test('the good fixture builds, with no warning', () => {
    expect(cli.good.code, cli.good.output).toBe(0);
    expect(cli.good.output).not.toMatch(/WARN|MODULE_LEVEL_DIRECTIVE/);
  });
});
