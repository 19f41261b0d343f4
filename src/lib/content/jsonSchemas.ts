import { z } from 'zod';
import { DataFileSchemas } from '../../schemas/dataFiles';

/** The JSON Schema text for each data file, generated from the zod schemas (one source of truth). */
export function jsonSchemas(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, schema] of Object.entries(DataFileSchemas)) {
    const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
    out[`${name}.schema.json`] = `${JSON.stringify({ ...json, title: `content/data/${name}.json` }, null, 2)}\n`;
  }
  return out;
}
