// `npm run ids -- <words>`: finds record ids in content/data/*.json. Lists every record whose
// id, title, name, subject, actor, country or summary holds all the words (any case), with its
// date, country and title, oldest first. Reads the files as they are, so it works while a
// record is still wrong. CONTENT_DIR picks another content folder.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_COLLECTIONS } from '../src/lib/content/validateData';

export interface Found {
  id: string;
  /** `2017-05-04`, an edition year for Freedom on the Net scores, or '' for services and mechanisms. */
  date: string;
  country: string;
  title: string;
  /** The data file it is in, e.g. `events.json`. */
  file: string;
}

type Raw = Record<string, unknown>;
const text = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');

/** Records in `files` (data file name → its text) that match every word. */
export function findRecords(files: Record<string, string>, words: string[]): Found[] {
  const wanted = words.map((w) => w.toLowerCase()).filter(Boolean);
  const found: Found[] = [];
  for (const { file, key } of Object.values(DATA_COLLECTIONS)) {
    let list: unknown;
    try {
      list = (JSON.parse(files[file] ?? '{}') as Raw)[key];
    } catch {
      continue; // npm run check:content names the broken line
    }
    if (!Array.isArray(list)) continue;
    for (const r of list as Raw[]) {
      const id = text(r.id);
      if (!id) continue;
      const haystack = [id, r.title, r.name, r.subject, r.actor, r.country, r.countryName, r.summary]
        .map(text)
        .join(' ')
        .toLowerCase();
      if (!wanted.every((w) => haystack.includes(w))) continue;
      found.push({
        id,
        date: text(r.date ?? r.edition),
        country: text(r.country),
        title: text(r.title ?? r.name ?? (r.countryName ? `${text(r.countryName)} ${text(r.edition)}` : '')),
        file,
      });
    }
  }
  return found.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

/** Aligned columns: id, date, country, title. */
export function formatFound(found: Found[]): string {
  const w = (k: 'id' | 'date') => Math.max(...found.map((f) => f[k].length));
  return found
    .map((f) => `${f.id.padEnd(w('id'))}  ${f.date.padEnd(w('date'))}  ${f.country.padEnd(2)}  ${f.title}`)
    .join('\n');
}

function main(): void {
  const words = process.argv.slice(2);
  if (words.length === 0) {
    console.error('Usage: npm run ids -- <words>   e.g. npm run ids -- wechat block');
    process.exit(1);
  }
  const dir = join(process.env.CONTENT_DIR ?? 'content', 'data');
  const files: Record<string, string> = {};
  for (const { file } of Object.values(DATA_COLLECTIONS))
    if (existsSync(join(dir, file))) files[file] = readFileSync(join(dir, file), 'utf8');
  const found = findRecords(files, words);
  if (found.length === 0) {
    console.log(`No record in ${dir}/ mentions ${words.map((w) => `"${w}"`).join(' and ')}.`);
    return;
  }
  console.log(formatFound(found));
  console.log(`\n${found.length} record${found.length === 1 ? '' : 's'}.`);
}

if (process.argv[1] && /ids\.ts$/.test(process.argv[1])) main();
