/**
 * No stylesheet puts :has() on the root element. Chromium re-checks a root :has() for every node
 * inserted anywhere in the page, and a step change inserts many (the morph's new marks and text):
 * `:root:has(.reading-bar)` made each step change restyle from <html> ("Affected by :has()" in a
 * trace of the scroll). A page says what it has with a class on <html> instead.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.(css|astro)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

describe('stylesheets', () => {
  it('put no :has() on :root or html', () => {
    const found = files('src').flatMap((f) =>
      readFileSync(f, 'utf8')
        // Comments blanked, lines kept (a comment may name the rule it replaced).
        .replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '))
        .split('\n')
        .flatMap((line, i) =>
          /(^|[\s,}])(:root|html)(\.[\w-]+)*:has\(/.test(line) ? [`${f}:${i + 1}: ${line.trim()}`] : [],
        ),
    );
    expect(found).toEqual([]);
  });
});
