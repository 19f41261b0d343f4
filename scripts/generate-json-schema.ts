// `npm run schema`: writes content/data/schema/*.schema.json and content/i18n/schema/*.schema.json
// from the zod schemas. Run it after changing a schema; a test fails while the files are stale.
import { mkdirSync, writeFileSync } from 'node:fs';
import { jsonSchemas } from '../src/lib/content/jsonSchemas';
import { i18nJsonSchemas } from '../src/lib/i18n/jsonSchemas';

for (const [dir, schemas] of [
  ['content/data/schema', jsonSchemas()],
  ['content/i18n/schema', i18nJsonSchemas()],
] as const) {
  mkdirSync(dir, { recursive: true });
  for (const [file, text] of Object.entries(schemas)) {
    writeFileSync(`${dir}/${file}`, text);
    console.log(`wrote ${dir}/${file}`);
  }
}
