import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { formatIssue } from '../../src/lib/content/issue';
import { checkContent } from '../../src/lib/content/loadContent';

/**
 * Issue #15's audit, on the real content: one mistake in an English file (or in one edition's
 * data) gives the one line that names it, not knock-on lines on the untouched translations or
 * on every place that cites the record. Each case edits one line of a copy of content/.
 */
const ROOT = join(import.meta.dirname, '../..');
// Inside the project (the content folder is relative to it), where git and the linters never look.
const WORK = 'node_modules/.cache/one-mistake';
afterAll(() => rmSync(join(ROOT, WORK), { recursive: true, force: true }));

const CHAPTER = 'chapters/01-the-week-wechat-went-dark.mdx';
const CASES: [string, string, RegExp, string][] = [
  ['a duplicate step id', CHAPTER, /id="made-public"/, 'id="block-day"'],
  ['a misspelt <Cite> id', CHAPTER, /<Cite ids="cn-wechat-launch-2011/, '<Cite ids="cn-wechat-lunch-2011'],
  ['a lowercase <cite>', CHAPTER, /<Cite ids="cn-wechat-launch-2011/, '<cite ids="cn-wechat-launch-2011'],
  ['a misspelt <Cit>', CHAPTER, /<Cite ids="cn-wechat-launch-2011/, '<Cit ids="cn-wechat-launch-2011'],
  ['a # heading', CHAPTER, /^## Day by day$/m, '# Day by day'],
  [
    'a misspelt record key in ru/events.json',
    'i18n/ru/events.json',
    /"ru-wechat-block-2017": \{/,
    '"ru-wechat-blok-2017": {',
  ],
  [
    'a misspelt record id in events.json',
    'data/events.json',
    /"id": "ru-wechat-block-2017"/,
    '"id": "ru-wechat-blok-2017"',
  ],
];

describe('one mistake, one line (real content)', () => {
  test.each(CASES)('%s', (name, rel, find, replace) => {
    const dir = `${WORK}/${name.replace(/\W+/g, '-')}`;
    rmSync(join(ROOT, dir), { recursive: true, force: true });
    cpSync(join(ROOT, 'content'), join(ROOT, dir), { recursive: true });
    const file = join(ROOT, dir, rel);
    const text = readFileSync(file, 'utf8');
    const at = text.search(find);
    expect(at, `${rel} no longer holds ${find}`).toBeGreaterThanOrEqual(0);
    writeFileSync(file, text.replace(find, replace));
    const line = text.slice(0, at).split('\n').length;

    const { issues } = checkContent(ROOT, dir);
    expect(issues.map(formatIssue)).toEqual([
      expect.stringMatching(new RegExp(`^${dir}/${rel}:${line}[ :]`)),
    ]);
    rmSync(join(ROOT, dir), { recursive: true, force: true });
  });
});
