import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { jsonSchemas } from '../../src/lib/content/jsonSchemas';

const ROOT = join(import.meta.dirname, '../..');

describe('generated JSON Schemas', () => {
  test.each(Object.entries(jsonSchemas()))(
    'content/data/schema/%s is up to date (run `npm run schema`)',
    (file, text) => {
      expect(readFileSync(join(ROOT, 'content/data/schema', file), 'utf8')).toBe(text);
    },
  );

  test.each(['events', 'figures', 'fotn', 'services', 'mechanisms', 'corrections'])(
    'content/data/%s.json points at its schema',
    (name) => {
      const json = JSON.parse(readFileSync(join(ROOT, `content/data/${name}.json`), 'utf8'));
      expect(json.$schema).toBe(`./schema/${name}.schema.json`);
    },
  );

  test('the events schema lists every category and requires sources', () => {
    const schema = JSON.parse(jsonSchemas()['events.schema.json']!);
    const item = schema.properties.events.items;
    expect(item.properties.category.enum).toContain('law-in-force');
    expect(item.required).toEqual(expect.arrayContaining(['id', 'date', 'sources', 'confidence']));
    expect(item.properties.sources.minItems).toBe(1);
    expect(item.additionalProperties).toBe(false);
  });
});
