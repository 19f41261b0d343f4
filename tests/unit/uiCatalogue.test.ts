import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/lib/content/issue';
import { formatUiText } from '../../src/lib/i18n/uiCatalogue';
import { uiCatalogueIssues } from '../../src/lib/i18n/uiCheck';

/** A project root holding a copy of the real catalogues, with `edit` applied to one file. */
function rootWith(edit: Record<string, Record<string, unknown>>): string {
  const root = mkdtempSync(join(tmpdir(), 'ui-catalogue-'));
  cpSync('src/i18n', join(root, 'src/i18n'), { recursive: true });
  for (const [file, json] of Object.entries(edit))
    writeFileSync(join(root, 'src/i18n', file), JSON.stringify(json));
  return root;
}

describe('interface catalogues', () => {
  it('the real catalogues have every English string in every edition', () => {
    expect(uiCatalogueIssues(process.cwd()).map(formatIssue)).toEqual([]);
  });

  it('names a missing string, a dropped placeholder and a stray key, with file, key and locale', () => {
    const root = rootWith({
      'en/test.json': { 'test.steps': 'Step {n} of {total}', 'test.close': 'Close' },
      'ru/test.json': { 'test.steps': 'Шаг {n}', 'test.clsoe': 'Закрыть' },
      'zh/test.json': { 'test.steps': '第{n}步，共{total}步', 'test.close': ' ' },
    });
    expect(uiCatalogueIssues(root).map(formatIssue)).toEqual([
      'src/i18n/ru/test.json · record "test.steps" · locale "ru": expected the placeholders {n, total} of the English, got {n}',
      'src/i18n/ru/test.json · record "test.close" · locale "ru": missing interface string; English: "Close"',
      'src/i18n/ru/test.json · record "test.clsoe" · locale "ru": no such interface string in src/i18n/en/; did you mean "test.close"?',
      'src/i18n/zh/test.json · record "test.close" · locale "zh": missing interface string; English: "Close"',
    ]);
  });

  it('a file that is not JSON is one line, not a crash', () => {
    const root = rootWith({});
    writeFileSync(join(root, 'src/i18n/ru/broken.json'), '{ "a": ');
    expect(uiCatalogueIssues(root)[0]?.message).toMatch(/not valid JSON/);
  });

  it('plural forms follow each language’s rules, and numbers its digits', () => {
    const steps = { one: '{count} шаг', few: '{count} шага', many: '{count} шагов', other: '{count} шага' };
    expect([1, 3, 5, 21].map((count) => formatUiText('ru', steps, { count }))).toEqual([
      '1 шаг',
      '3 шага',
      '5 шагов',
      '21 шаг',
    ]);
    expect(formatUiText('ru', 'всего {n}', { n: 12000 })).toBe('всего 12\u00a0000');
    expect(formatUiText('en', 'Step {n} of {total}', { n: 2, total: 6 })).toBe('Step 2 of 6');
  });
});
