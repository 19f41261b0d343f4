import { z } from 'zod';
import { GlossarySchema } from './glossary';
import { QUOTES_FIELD } from './quoteWordings';
import { TRANSLATED } from './readerFields';

/** Path of the JSON Schema, for editor autocompletion. */
const $schema = z.string().optional();

/**
 * The shape of one edition's translation of a data file: `{ "<record id>": { "<field>": "…" } }`,
 * each field with the English limits (a title is at most 48 characters in every language).
 */
export function translationFileSchema(file: string) {
  const shape: Record<string, z.ZodType> = {};
  for (const c of Object.values(TRANSLATED)) {
    if (c.file !== file) continue;
    const fields = c.schema.shape as Record<string, z.ZodType>;
    for (const f of c.fields)
      shape[f] = fields[f]!.optional().describe(
        `This edition's text for the English record's "${f}" (content/data/${file}): written as a newsroom in this language would, with dates, numbers and names as in the English and the glossary.`,
      );
    if ('quotes' in c)
      shape[QUOTES_FIELD] = z
        .array(z.string().trim().min(1).nullable())
        .optional()
        .describe(
          `This edition's words for each of the English record's "quotes", one entry per quote in the same order: the words the edition's chapters put in <Q>. null for a quote said in this edition's language (its own words are the record's).`,
        );
  }
  return z.object({ $schema }).catchall(z.object(shape).strict());
}

/**
 * The JSON Schema text of every file under content/i18n/: one per translated data file, shared by
 * the editions (content/i18n/<edition>/events.json points at ../schema/events.schema.json), and
 * the glossary's. Written by `npm run schema`; a test fails while they are stale.
 */
export function i18nJsonSchemas(): Record<string, string> {
  const out: Record<string, string> = {};
  const files = [...new Set(Object.values(TRANSLATED).map((c) => c.file))];
  for (const file of files) {
    const json = z.toJSONSchema(translationFileSchema(file), { io: 'input', unrepresentable: 'any' });
    out[file.replace('.json', '.schema.json')] = show(json, `content/i18n/<edition>/${file}`);
  }
  out['glossary.schema.json'] = show(
    z.toJSONSchema(GlossarySchema, { io: 'input', unrepresentable: 'any' }),
    'content/i18n/glossary.json',
  );
  return out;
}

function show(json: object, title: string): string {
  return `${JSON.stringify({ ...json, title }, null, 2)}\n`;
}
