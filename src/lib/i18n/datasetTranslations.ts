import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ZodType } from 'zod';
import type { Dataset } from '../dataset';
import { arrayElementSpans, lineAt } from '../content/jsonPositions';
import { DATA_COLLECTIONS } from '../content/validateData';
import { didYouMean, nearest } from '../content/suggest';
import { describeZodIssue } from '../content/zodIssues';
import type { Editions, ReadFile, TranslationIssue } from './editions';
import { checkGlossary, readGlossary } from './glossary';
import { type Member, lineIndex, objectMembers } from './jsonMembers';
import { EDITIONS, type Edition, i18nDir, LANGUAGE_NAMES } from './locales';
import { QUOTES_FIELD, quotesToWrite, quoteWordingIssues } from './quoteWordings';
import { type EditionTranslations, TRANSLATED, type TranslatedCollection } from './readerFields';
import type { Quote } from '../../schemas/quote';

/**
 * Reads content/i18n/<edition>/<data file>.json for every edition: `{ "<record id>": { "<field>":
 * "text" } }`. Reports files that are missing or are not JSON objects; the rest is checked
 * against the dataset by checkDatasetTranslations.
 */
export function readEditions(root: string, contentDir: string): Editions {
  const out: Editions = {
    root: i18nDir(contentDir),
    translations: {},
    quotes: {},
    files: new Map(),
    issues: [],
  };
  for (const locale of EDITIONS) {
    const edition: EditionTranslations = {};
    const quotes = new Map<string, unknown>();
    for (const c of Object.values(TRANSLATED)) {
      const path = `${i18nDir(contentDir)}/${locale}/${c.file}`;
      const abs = join(root, path);
      if (!existsSync(abs)) {
        if (!('optional' in c))
          out.issues.push({
            file: path,
            locale,
            message: `file is missing: every data file needs its ${LANGUAGE_NAMES[locale]} text, as { "<record id>": { "<field>": "…" } }`,
          });
        continue;
      }
      const text = readFileSync(abs, 'utf8');
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (e) {
        const msg = (e as Error).message;
        const pos = /position (\d+)/.exec(msg);
        out.issues.push({
          file: path,
          line: pos ? lineAt(text, Number(pos[1])) : undefined,
          locale,
          message: `is not valid JSON (${msg.replace(/\s*\(line \d+ column \d+\)/, '')}); look for a missing comma or quote, or a trailing comma, on or just before this line`,
        });
        continue;
      }
      if (json === null || typeof json !== 'object' || Array.isArray(json)) {
        out.issues.push({
          file: path,
          line: 1,
          locale,
          message: 'expected an object { "<record id>": { "<field>": "…" } }',
        });
        continue;
      }
      const records = new Map<string, { member: Member; fields: Map<string, Member> }>();
      const line = lineIndex(text);
      for (const m of objectMembers(text)) {
        const first = records.get(m.key);
        if (first)
          out.issues.push({
            file: path,
            line: line(m.at),
            record: m.key,
            locale,
            message: `appears twice (also on line ${line(first.member.at)}): keep one; only the last is read`,
          });
        records.set(m.key, {
          member: m,
          fields: new Map(objectMembers(text, m.start).map((f) => [f.key, f])),
        });
      }
      out.files.set(path, { path, text, line, records });
      const byId: Record<string, Record<string, string>> = {};
      for (const [id, value] of Object.entries(json as Record<string, unknown>))
        if (id !== '$schema' && value && typeof value === 'object' && !Array.isArray(value)) {
          // A record's quote wordings are a list, kept apart from its texts (see quoteWordings.ts).
          const { [QUOTES_FIELD]: wordings, ...text } = value as Record<string, unknown>;
          byId[id] = text as Record<string, string>;
          if (wordings !== undefined && 'quotes' in c) quotes.set(id, wordings);
        }
      edition[c.file] = byId;
    }
    out.translations[locale] = edition;
    out.quotes[locale] = quotes;
  }
  return out;
}

/**
 * The dataset's editions, checked: for each edition and each record, every reader-visible field
 * the English record has is translated and not empty, within the English limits (a 48-character
 * chart title is 48 characters in every language); no translation names a record that does not
 * exist, or a field that is not translated; and each text uses the glossary's names
 * (content/i18n/glossary.json). Content folders without an i18n/ folder (single-edition test
 * fixtures) have no editions to check.
 */
export function checkDatasetTranslations(root: string, contentDir: string, ds: Dataset): TranslationIssue[] {
  if (!existsSync(join(root, i18nDir(contentDir)))) return [];
  const editions = readEditions(root, contentDir);
  const issues = [...editions.issues];
  const english = englishLines(root, contentDir, ds);
  for (const locale of EDITIONS) {
    const edition = editions.translations[locale];
    if (!edition) continue;
    for (const [name, c] of Object.entries(TRANSLATED) as [
      TranslatedCollection,
      (typeof TRANSLATED)[TranslatedCollection],
    ][]) {
      const path = `${i18nDir(contentDir)}/${locale}/${c.file}`;
      const file = editions.files.get(path);
      if (!file) continue;
      issues.push(...checkFile(file, locale, name, ds, english));
    }
  }
  const glossary = readGlossary(root, contentDir);
  issues.push(...glossary.issues);
  if (glossary.glossary) issues.push(...checkGlossary(glossary.glossary, ds, editions));
  return issues;
}

/** Records of each translated collection, by id. */
function recordsOf(ds: Dataset, name: TranslatedCollection): Map<string, Record<string, unknown>> {
  return new Map((ds[name] as { id: string }[]).map((r) => [r.id, r as Record<string, unknown>]));
}

/** The collections whose text lives in one translation file (fotn.json holds only the scales' text). */
function collectionsIn(file: string): TranslatedCollection[] {
  return (Object.keys(TRANSLATED) as TranslatedCollection[]).filter((n) => TRANSLATED[n].file === file);
}

function checkFile(
  file: ReadFile,
  locale: Edition,
  name: TranslatedCollection,
  ds: Dataset,
  english: (id: string) => string,
): TranslationIssue[] {
  const issues: TranslationIssue[] = [];
  const c = TRANSLATED[name];
  const lang = LANGUAGE_NAMES[locale];
  const at = (
    line: number | undefined,
    record: string | undefined,
    field: string | undefined,
    message: string,
  ) => issues.push({ file: file.path, line, record, field, locale, message });
  const records = recordsOf(ds, name);
  // Ids any collection of this data file has: a score id in fotn.json is "no text to translate", not a typo.
  const otherIds = new Set(
    Object.values(DATA_COLLECTIONS)
      .filter((d) => d.file === c.file)
      .flatMap((d) => (ds[collectionName(d.key)] as { id: string }[]).map((r) => r.id)),
  );
  const fields = c.fields as readonly string[];
  const schema = c.schema.shape as Record<string, ZodType>;
  // Records whose text sits under a misspelt id: that id's line names them ("did you mean"), so
  // they are not reported again as having no text (one mistake, one line).
  const misspelt = new Set<string>();

  for (const [id, { member, fields: given }] of file.records) {
    if (id === '$schema') continue;
    const line = file.line(member.at);
    const record = records.get(id);
    if (!record) {
      if (otherIds.has(id)) {
        at(
          line,
          id,
          undefined,
          `has no text to translate: in content/data/${c.file} only ${describeFields(c.file)}`,
        );
        continue;
      }
      const near = nearest(id, records.keys());
      if (near.length === 1 && !file.records.has(near[0]!)) misspelt.add(near[0]!);
      issues.push({
        file: file.path,
        line,
        record: id,
        locale,
        missing: id,
        message: `is not a record id in content/data/${c.file}${didYouMean(id, records.keys())}`,
      });
      continue;
    }
    if (file.text[member.start] !== '{') {
      at(line, id, undefined, `expected an object { ${fields.map((f) => `"${f}": "…"`).join(', ')} }`);
      continue;
    }
    if ('quotes' in c) {
      const fm = given.get(QUOTES_FIELD);
      const value: unknown = fm ? JSON.parse(file.text.slice(fm.start, fm.end)) : undefined;
      const isEnglish = (w: string, q: Quote) => w.trim() === q.text.trim() && looksLikeProse(w);
      for (const i of quoteWordingIssues(value, record.quotes as Quote[] | undefined, locale, isEnglish))
        at(file.line((fm ?? member).at), id, i.field, i.message);
    }
    for (const [field, fm] of given) {
      if (field === QUOTES_FIELD && 'quotes' in c) continue;
      const fline = file.line(fm.at);
      const value = JSON.parse(file.text.slice(fm.start, fm.end)) as unknown;
      if (!fields.includes(field)) {
        at(
          fline,
          id,
          field,
          `unknown field: a translation holds only ${[...fields, ...('quotes' in c ? [QUOTES_FIELD] : [])].map((f) => `"${f}"`).join(', ')}; check the spelling or remove it`,
        );
        continue;
      }
      if (typeof value !== 'string') {
        at(fline, id, field, `expected the ${lang} text in quotes`);
        continue;
      }
      if (typeof record[field] !== 'string') {
        at(fline, id, field, `the English record has no "${field}"; remove it here too`);
        continue;
      }
      if (!value.trim()) {
        at(fline, id, field, `is empty: write the ${lang} for "${cutText(record[field] as string)}"`);
        continue;
      }
      if (value.trim() === (record[field] as string).trim() && looksLikeProse(value)) {
        at(fline, id, field, `is the English text: write it in ${lang}`);
        continue;
      }
      const checked = schema[field]?.safeParse(value);
      if (checked && !checked.success)
        for (const zi of checked.error.issues) at(fline, id, field, describeZodIssue(zi, value).message);
    }
  }

  for (const [id, record] of records) {
    const present = fields.filter((f) => typeof record[f] === 'string');
    const entry = file.records.get(id);
    if (!entry) {
      if ('optional' in c || misspelt.has(id)) continue;
      at(
        file.line(file.text.lastIndexOf('}')),
        id,
        undefined,
        `has no ${lang} text; add "${id}": { ${[
          ...present.map((f) => `"${f}": "…"`),
          ...('quotes' in c ? quotesToWrite(record.quotes as Quote[] | undefined, locale) : []),
        ].join(', ')} } (English at ${english(id)})`,
      );
      continue;
    }
    for (const f of present)
      if (!entry.fields.has(f))
        at(
          file.line(entry.member.at),
          id,
          f,
          `is missing: write the ${lang} for "${cutText(record[f] as string)}"`,
        );
  }
  return issues;
}

/** Dataset key of a data-file list key (`scores` → `fotnScores`). */
function collectionName(key: string): keyof Dataset {
  const found = Object.entries(DATA_COLLECTIONS).find(([, d]) => d.key === key);
  return found![0] as keyof Dataset;
}

function describeFields(file: string): string {
  return collectionsIn(file)
    .map((n) => `${DATA_COLLECTIONS[n].key} have reader text (${TRANSLATED[n].fields.join(', ')})`)
    .join('; ');
}

/** `content/data/events.json:123` for a record, from the English files' text. */
function englishLines(root: string, contentDir: string, ds: Dataset): (id: string) => string {
  const where = new Map<string, string>();
  for (const name of Object.keys(TRANSLATED) as TranslatedCollection[]) {
    const d = DATA_COLLECTIONS[name];
    const path = `${contentDir}/data/${d.file}`;
    const abs = join(root, path);
    if (!existsSync(abs)) continue;
    const text = readFileSync(abs, 'utf8');
    const spans = arrayElementSpans(text, d.key);
    (ds[name] as { id: string }[]).forEach((r, i) => {
      where.set(r.id, `${path}:${spans[i] ? lineAt(text, spans[i].start) : 1}`);
    });
  }
  return (id) => where.get(id) ?? `${contentDir}/data`;
}

/**
 * Whether a text is prose rather than a name: a translation may repeat "WeChat", "Meta (Facebook,
 * Instagram)" or "GfK Rus", but a sentence copied from the English is a translation not yet made.
 */
function looksLikeProse(s: string): boolean {
  return (s.match(/(?<![\p{L}])\p{Ll}{3,}/gu) ?? []).length >= 2;
}

/** The first words of an English text, to say which one a message is about. */
function cutText(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57).trimEnd()}…` : s;
}
