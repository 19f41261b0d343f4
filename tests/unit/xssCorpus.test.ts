import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readChapters } from '../../src/lib/content/loadContent';
import { checkChapterMarkup, isSafeLink } from '../../src/lib/markupGuard';
import { HttpUrlSchema } from '../../src/schemas/source';
import { xssFixtureFiles } from '../fixtures/xss/generate';
import {
  HOSTILE_SOURCE_URLS,
  PAYLOADS,
  REFUSED_CHAPTER_MARKUP,
  REFUSED_SOURCE_URLS,
} from '../fixtures/xss/payloads';

const root = join(import.meta.dirname, '..', '..');
const chapter = (body: string) =>
  `---\ntitle: "x"\norder: 1\nsummary: "x"\nupdated: 2026-11-29\n---\n\n${body}\n`;

describe('XSS corpus', () => {
  it('has at least 20 payloads, each with its own id', () => {
    expect(PAYLOADS.length).toBeGreaterThanOrEqual(20);
    expect(new Set(PAYLOADS.map((p) => p.id)).size).toBe(PAYLOADS.length);
  });

  it('the fixture story is generated from the corpus and up to date', () => {
    for (const [file, text] of Object.entries(xssFixtureFiles()))
      expect(
        readFileSync(join(root, 'tests/fixtures/xss', file), 'utf8'),
        `${file}: run npx tsx tests/fixtures/xss/generate.ts`,
      ).toBe(text);
  });
});

describe('chapter markup that could run code is refused before the build', () => {
  it.each(REFUSED_CHAPTER_MARKUP)('$id: $mdx', ({ mdx, message }) => {
    const issues = checkChapterMarkup('content/chapters/01-x.mdx', chapter(mdx));
    expect(issues.map((i) => i.message)).toContainEqual(expect.stringMatching(message));
    for (const i of issues) {
      expect(i.file).toBe('content/chapters/01-x.mdx');
      expect(i.line).toBeGreaterThanOrEqual(8);
    }
  });

  it('lets prose, links, code spans and the editor components through', () => {
    const ok = chapter(
      [
        'Text with *emphasis*, <abbr title="Roskomnadzor">RKN</abbr>, H<sub>2</sub>O and `<script>alert(1)</script>` as code.',
        '[Reuters](https://www.reuters.com/) · [mail](mailto:desk@example.org) · [up](#sources-heading) · [data](/data/)',
        '<Cite ids="cn-facebook-block-2009" />',
        '{/* an editor note */}',
      ].join('\n\n'),
    );
    expect(checkChapterMarkup('c.mdx', ok)).toEqual([]);
  });

  it('passes every chapter of the real story and of the fixtures', () => {
    for (const dir of [
      'content/chapters',
      'tests/fixtures/xss/chapters',
      'tests/fixtures/content-good/chapters',
    ])
      for (const c of readChapters(root, dir)) expect(checkChapterMarkup(c.file, c.text), c.file).toEqual([]);
  });

  it('reads link schemes as a browser does', () => {
    for (const bad of [
      'javascript:alert(1)',
      ' JAVASCRIPT:x',
      'java\nscript:x',
      'data:text/html,x',
      'vbscript:x',
    ])
      expect(isSafeLink(bad), bad).toBe(false);
    for (const good of [
      'https://example.org/',
      'http://example.org/',
      '/data/',
      '#step-1',
      'mailto:a@b.c',
      '../x/',
    ])
      expect(isSafeLink(good), good).toBe(true);
  });
});

describe('source URLs', () => {
  it.each(REFUSED_SOURCE_URLS)('refuses %j with a clear message', (url) => {
    const r = HttpUrlSchema.safeParse(url);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe('expected a web address starting with http:// or https://');
  });

  it.each(HOSTILE_SOURCE_URLS)('accepts %j as a web address (it is rendered as an escaped href)', (url) => {
    expect(HttpUrlSchema.safeParse(url).success).toBe(true);
  });
});
