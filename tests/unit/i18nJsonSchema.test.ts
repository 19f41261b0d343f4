import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { i18nJsonSchemas, translationFileSchema } from '../../src/lib/i18n/jsonSchemas';
import { EDITIONS } from '../../src/lib/i18n/locales';

const ROOT = join(import.meta.dirname, '../..');

describe('JSON Schemas of content/i18n', () => {
  test.each(Object.entries(i18nJsonSchemas()))(
    'content/i18n/schema/%s is up to date (run `npm run schema`)',
    (file, text) => {
      expect(readFileSync(join(ROOT, 'content/i18n/schema', file), 'utf8')).toBe(text);
    },
  );

  test('every translation file and the glossary point at their schema', () => {
    for (const locale of EDITIONS)
      for (const file of readdirSync(join(ROOT, 'content/i18n', locale)).filter((f) => f.endsWith('.json'))) {
        const json = JSON.parse(readFileSync(join(ROOT, 'content/i18n', locale, file), 'utf8'));
        expect(json.$schema, `${locale}/${file}`).toBe(`../schema/${file.replace('.json', '.schema.json')}`);
      }
    const glossary = JSON.parse(readFileSync(join(ROOT, 'content/i18n/glossary.json'), 'utf8'));
    expect(glossary.$schema).toBe('./schema/glossary.schema.json');
  });

  test('a translation keeps the English limits and knows only the translated fields', () => {
    const events = translationFileSchema('events.json');
    expect(events.safeParse({ 'ru-x': { title: 'Россия блокирует WeChat' } }).success).toBe(true);
    expect(events.safeParse({ 'ru-x': { title: 'x'.repeat(49) } }).success).toBe(false);
    expect(events.safeParse({ 'ru-x': { date: '2017-05-04' } }).success).toBe(false);
    const schema = JSON.parse(i18nJsonSchemas()['mechanisms.schema.json']!);
    expect(Object.keys(schema.additionalProperties.properties)).toEqual(['name', 'short', 'description']);
    expect(schema.additionalProperties.properties.short.maxLength).toBe(20);
  });
});
