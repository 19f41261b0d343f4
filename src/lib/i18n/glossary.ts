import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { CountryCodeSchema } from '../../schemas/country';
import { IdSchema } from '../../schemas/source';
import type { Dataset } from '../dataset';
import { arrayElementSpans, lineAt } from '../content/jsonPositions';
import { describeZodIssue } from '../content/zodIssues';
import type { Editions, TranslationIssue } from './editions';
import { EDITIONS, type Edition, i18nDir, LANGUAGE_NAMES } from './locales';
import { TRANSLATED, type TranslatedCollection } from './readerFields';

/** One fixed name (a body, a law, a service, a place, a term) in every language. */
export const GlossaryTermSchema = z
  .object({
    id: IdSchema.describe('Kebab-case id, unique in the glossary.'),
    kind: z
      .enum(['body', 'court', 'law', 'register', 'service', 'company', 'media', 'place', 'person', 'term'])
      .describe('What it names.'),
    en: z
      .array(z.string().trim().min(1))
      .min(1)
      .describe(
        'English forms as the dataset writes them; the first is the name. Matched case-sensitively, as whole words.',
      ),
    ru: z.string().trim().min(1).describe('The Russian form, as Meduza, BBC Russian or RBC write it.'),
    ruStem: z
      .string()
      .trim()
      .min(1)
      .optional()
      .describe(
        'The part of `ru` that every inflected form keeps ("Роскомнадзор" in "Роскомнадзора"); defaults to `ru`.',
      ),
    zh: z
      .string()
      .trim()
      .min(1)
      .describe('The Simplified Chinese form, as Xinhua, Caixin or BBC Chinese write it.'),
    zhShort: z
      .string()
      .trim()
      .min(1)
      .optional()
      .describe('A short Chinese form newsrooms also use (俄联邦通信监管局); either form passes.'),
    country: CountryCodeSchema.optional().describe(
      'ISO 3166-1 alpha-2 code when the term names a country or territory: the edition then uses this form for it in Freedom on the Net names and charts, instead of the standard (Intl) one.',
    ),
    descriptive: z
      .literal(true)
      .optional()
      .describe(
        'True when no official name in that language is known and the form describes the thing instead.',
      ),
    note: z
      .string()
      .trim()
      .min(1)
      .optional()
      .describe('The official name in full, usage notes, or why a form was chosen.'),
  })
  .strict();
export type GlossaryTerm = z.infer<typeof GlossaryTermSchema>;

/** content/i18n/glossary.json. */
export const GlossarySchema = z
  .object({
    $schema: z.string().optional().describe('Path of the JSON Schema, for editor autocompletion.'),
    terms: z.array(GlossaryTermSchema).describe('Every fixed name, one record each.'),
  })
  .strict();
export type Glossary = z.infer<typeof GlossarySchema>;

/** Reads and validates content/i18n/glossary.json (line-numbered problems, like the data files). */
export function readGlossary(
  root: string,
  contentDir: string,
): { glossary: Glossary | null; issues: TranslationIssue[] } {
  const path = `${i18nDir(contentDir)}/glossary.json`;
  const abs = join(root, path);
  const problem = (message: string, line?: number, record?: string, field?: string): TranslationIssue => ({
    file: path,
    line,
    record,
    field,
    message,
  });
  if (!existsSync(abs))
    return {
      glossary: null,
      issues: [problem('file is missing: the editions need a glossary of fixed names')],
    };
  const text = readFileSync(abs, 'utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { glossary: null, issues: [problem(`is not valid JSON (${(e as Error).message})`)] };
  }
  const parsed = GlossarySchema.safeParse(json);
  const spans = arrayElementSpans(text, 'terms');
  const issues: TranslationIssue[] = [];
  if (!parsed.success) {
    for (const zi of parsed.error.issues) {
      const { field, message } = describeZodIssue(zi, json);
      const index = zi.path[0] === 'terms' ? Number(zi.path[1]) : -1;
      const term = (json as Glossary).terms?.[index];
      issues.push(
        problem(
          message,
          spans[index] ? lineAt(text, spans[index].start) : 1,
          term?.id ?? (index >= 0 ? `#${index + 1}` : undefined),
          field.split('.').slice(2).join('.') || field,
        ),
      );
    }
    return { glossary: null, issues };
  }
  const seen = new Set<string>();
  const countries = new Map<string, string>();
  parsed.data.terms.forEach((t, i) => {
    const line = lineAt(text, spans[i]!.start);
    if (seen.has(t.id)) issues.push(problem('duplicate id; every term needs its own id', line, t.id, 'id'));
    seen.add(t.id);
    if (t.country && countries.has(t.country))
      issues.push(
        problem(
          `"${t.country}" is already the country of term "${countries.get(t.country)}"`,
          line,
          t.id,
          'country',
        ),
      );
    if (t.country) countries.set(t.country, t.id);
  });
  return { glossary: parsed.data, issues };
}

/** The English forms of `term` that occur in `text` as whole words. */
export function usesTerm(text: string, term: GlossaryTerm): boolean {
  if (!term.en.some((form) => text.includes(form))) return false; // cheap first: most texts name few terms
  let re = patterns.get(term);
  if (!re) {
    re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${term.en.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'u');
    patterns.set(term, re);
  }
  return re.test(text);
}

/** Each term's English forms as one pattern, compiled once (the check runs every term over every text). */
const patterns = new WeakMap<GlossaryTerm, RegExp>();

/** Whether a translation writes the term as the glossary does (Russian by stem, any case). */
export function followsGlossary(text: string, term: GlossaryTerm, locale: Edition): boolean {
  if (locale === 'ru') return text.toLowerCase().includes((term.ruStem ?? term.ru).toLowerCase());
  return text.includes(term.zh) || (term.zhShort !== undefined && text.includes(term.zhShort));
}

/** The form an edition must use, for messages. */
function expected(term: GlossaryTerm, locale: Edition): string {
  if (locale === 'ru')
    return term.ruStem && term.ruStem !== term.ru ? `${term.ru}" (stem "${term.ruStem}` : term.ru;
  return term.zhShort ? `${term.zh}" or "${term.zhShort}` : term.zh;
}

/**
 * Every translated text whose English uses a glossary term must use the glossary's form of it.
 * A service without a translation shows its English name, so it must match the glossary too.
 */
export function checkGlossary(glossary: Glossary, ds: Dataset, editions: Editions): TranslationIssue[] {
  const issues: TranslationIssue[] = [];
  for (const locale of EDITIONS) {
    const edition = editions.translations[locale];
    if (!edition) continue;
    for (const name of Object.keys(TRANSLATED) as TranslatedCollection[]) {
      const c = TRANSLATED[name];
      const path = `${editions.root}/${locale}/${c.file}`;
      const file = editions.files.get(path);
      for (const r of ds[name] as unknown as Record<string, unknown>[]) {
        const id = r.id as string;
        for (const field of c.fields) {
          const english = r[field];
          if (typeof english !== 'string') continue;
          const given = edition[c.file]?.[id]?.[field];
          if (given === undefined && !('optional' in c)) continue; // reported as missing already
          if (given !== undefined && !given.trim()) continue; // reported as empty already
          const text = given ?? english;
          const entry = file?.records.get(id);
          const at = entry?.fields.get(field) ?? entry?.member;
          const lang = LANGUAGE_NAMES[locale];
          for (const term of glossary.terms) {
            if (!usesTerm(english, term) || followsGlossary(text, term, locale)) continue;
            issues.push({
              file: path,
              line: file?.line(at ? at.at : file.text.lastIndexOf('}')),
              record: id,
              field,
              locale,
              message:
                given === undefined
                  ? `has no ${lang} text, so it shows the English "${english}", but the glossary writes "${term.en[0]}" as "${expected(term, locale)}" (term "${term.id}"); add "${id}": { "${field}": "…" }`
                  : `the ${lang} text does not use the glossary's "${expected(term, locale)}" for "${term.en[0]}"; write it as content/i18n/glossary.json does (term "${term.id}")`,
            });
          }
        }
      }
    }
  }
  return issues;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
