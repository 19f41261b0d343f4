// `npm run schema`: writes content/data/schema/*.schema.json from the zod schemas.
// Run it after changing a schema in src/schemas/; a test fails while the files are stale.
import { mkdirSync, writeFileSync } from 'node:fs';
import { jsonSchemas } from '../src/lib/content/jsonSchemas';

const dir = 'content/data/schema';
mkdirSync(dir, { recursive: true });
for (const [file, text] of Object.entries(jsonSchemas())) {
  writeFileSync(`${dir}/${file}`, text);
  console.log(`wrote ${dir}/${file}`);
}
