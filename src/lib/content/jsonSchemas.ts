import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { DataFileSchemas } from '../../schemas/dataFiles';

/** Which schema file documents the records under each list key. */
const DOCS_FOR_LIST: Record<string, string> = {
  events: 'event.ts',
  figures: 'figure.ts',
  scores: 'fotnScore.ts',
  scales: 'fotnScale.ts',
  services: 'service.ts',
  mechanisms: 'mechanism.ts',
  corrections: 'correction.ts',
};

/**
 * The JSON Schema text for each data file, generated from the zod schemas (one source of truth).
 * Field descriptions come from the TSDoc comments in src/schemas/, so editors see them on hover.
 */
export function jsonSchemas(): Record<string, string> {
  const out: Record<string, string> = {};
  const sourceDocs = fieldDocs('source.ts');
  for (const [name, schema] of Object.entries(DataFileSchemas)) {
    const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
    for (const [key, prop] of Object.entries(json.properties ?? {})) {
      const docsFile = DOCS_FOR_LIST[key];
      const item = prop.items;
      if (!docsFile || !item?.properties) continue;
      addDescriptions(item, fieldDocs(docsFile));
      const sources = item.properties.sources?.items;
      if (sources) addDescriptions(sources, sourceDocs);
      const quotes = item.properties.quotes?.items;
      if (quotes) addDescriptions(quotes, fieldDocs('quote.ts'));
    }
    out[`${name}.schema.json`] =
      `${JSON.stringify({ ...json, title: `content/data/${name}.json` }, null, 2)}\n`;
  }
  return out;
}

interface JsonSchema {
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  description?: string;
}

function addDescriptions(schema: JsonSchema, docs: Map<string, string>): void {
  for (const [field, prop] of Object.entries(schema.properties ?? {})) {
    const doc = docs.get(field);
    if (doc) prop.description = doc;
  }
}

/** `/** doc *\/ field:` pairs from a schema file's object literals. */
function fieldDocs(file: string): Map<string, string> {
  const text = readFileSync(new URL(`../../schemas/${file}`, import.meta.url), 'utf8');
  const docs = new Map<string, string>();
  for (const m of text.matchAll(/\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*\n\s*'?([\w$ -]+?)'?\s*:/g)) {
    const doc = m[1]!
      .replace(/^\s*\*\s?/gm, '')
      .replace(/\s+/g, ' ')
      .trim();
    if (!docs.has(m[2]!)) docs.set(m[2]!, doc);
  }
  return docs;
}
