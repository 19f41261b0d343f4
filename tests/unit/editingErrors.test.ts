import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { badCases } from './contentFixtures';

/**
 * EDITING.md's "What the errors mean" stays true: every message the broken-content fixtures
 * print has a row in a table of EDITING.md (that section, or the section of the rules it
 * belongs to), and every row of that section names a message the code can print (its words
 * are in the rule sources, or a fixture prints it).
 */
const ROOT = join(import.meta.dirname, '../..');
const editing = readFileSync(join(ROOT, 'EDITING.md'), 'utf8');
const section = editing.slice(editing.indexOf('## What the errors mean'));
const end = section.indexOf('\n## ', 5);
const table = end > 0 ? section.slice(0, end) : section;

/** Backticked patterns in the first cell of each table row; `…` stands for any text. */
const patternsIn = (text: string) =>
  text
    .split('\n')
    .filter((l) => l.startsWith('| `'))
    .flatMap((l) => [...(l.split(' | ')[0] ?? '').matchAll(/`([^`]+)`/g)].map((m) => m[1]!));
const patterns = patternsIn(table);
const anywhere = patternsIn(editing);
const toRegExp = (p: string) =>
  new RegExp(
    `^${p
      .split(/\s*…\s*/)
      .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*?')}`,
  );

/** The message part of a formatted line: after the location, record and field. */
const message = (line: string) =>
  line.replace(/^content\/[^:]+(:\d+)?( · record "(?:[^"]|"(?! ·))*")?( · field "[^"]*")?: /, '');

const printed = badCases().flatMap((name) =>
  readFileSync(join(ROOT, 'tests/fixtures/content-bad', name, 'expected.txt'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map(message),
);

function sources(dir: string): string {
  return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && /\.ts$/.test(d.name))
    .map((d) => readFileSync(join(d.parentPath, d.name), 'utf8'))
    .join('\n');
}
// Every rule lives under src/lib (content, i18n, …), src/schemas or a chart's state schema.
const code = [sources('src/lib'), sources('src/schemas'), sources('src/charts')].join('\n');

describe('EDITING.md explains every message', () => {
  test('the table has rows', () => {
    expect(patterns.length).toBeGreaterThan(40);
  });

  test.each(printed.map((m) => [m]))('%s', (m) => {
    expect(
      anywhere.filter((p) => toRegExp(p).test(m)),
      `no row in EDITING.md for: ${m}`,
    ).not.toEqual([]);
  });

  test('every row names a message the code prints', () => {
    const unknown = patterns.filter(
      (p) =>
        !printed.some((m) => toRegExp(p).test(m)) &&
        !p
          .split(/\s*…\s*/)
          .map((s) => s.trim().replace(/^"|"$/g, '').trim())
          .filter((s) => s.length >= 4)
          .every((s) => code.includes(s)),
    );
    expect(unknown).toEqual([]);
  });
});

describe('the sections messages point to', () => {
  // `EDITING.md, "Translate a chapter"` in a message sends the editor to that heading: it must exist.
  const named = [...[sources('src'), sources('scripts')].join('\n').matchAll(/EDITING\.md,? "([^"]+)"/g)].map(
    (m) => m[1]!,
  );
  const headings = new Set(editing.split('\n').flatMap((l) => /^#{2,4} (.+)$/.exec(l)?.[1] ?? []));

  test('messages name sections', () => {
    expect(named).toContain('Translate a chapter');
  });

  test.each([...new Set(named)].map((n) => [n]))('"%s" is a heading of EDITING.md', (name) => {
    expect(headings.has(name)).toBe(true);
  });
});
