import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ChapterTranslationSchema } from '../../schemas/chapterTranslation';
import { citableById, type Dataset } from '../dataset';
import { mdxProblem } from '../content/extractChapter';
import { checkChapterMarkup } from '../markupGuard';
import type { ContentIssue } from '../content/issue';
import { findQuotations, normalizeQuote, quoteMatches } from '../content/quotations';
import { didYouMean, nearest } from '../content/suggest';
import type { ChapterFile } from '../content/validateChapters';
import { describeZodIssue } from '../content/zodIssues';
import { type Block, type ChapterStructure, chapterStructure } from './chapterStructure';
import { readEditions } from './datasetTranslations';
import { followsGlossary, type Glossary, type GlossaryTerm, readGlossary, usesTerm } from './glossary';
import { EDITIONS, type Edition, i18nDir, LANGUAGE_NAMES, LOCALES } from './locales';
import { editionWordings } from './quoteWordings';

/** What a translation may write on each component; everything else comes from the English. */
const TRANSLATED_PROPS: Record<string, string[]> = {
  Scrolly: ['id', 'caption'],
  Step: ['id', 'alt'],
  Chart: ['alt', 'caption'],
};
/** Props that only the English file sets (structure); a translation that repeats one is told to remove it. */
const ENGLISH_PROPS: Record<string, string[]> = {
  Scrolly: ['chart', 'steps'],
  Step: ['state'],
  Chart: ['chart', 'state', 'id'],
};
/** Frontmatter only the English file has. */
const ENGLISH_FRONTMATTER = ['order', 'draft', 'updated'];

/** The English revision a translation follows: the first 12 hex characters of the file's SHA-256. */
export function englishRevision(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 12);
}

/** Where an edition's translation of an English chapter lives. */
export function translationPath(contentDir: string, locale: Edition, englishFile: string): string {
  return `${i18nDir(contentDir)}/${locale}/chapters/${englishFile.split('/').pop()}`;
}

/**
 * Every translated chapter (content/i18n/<edition>/chapters/*.mdx) against its English chapter:
 * frontmatter, the same headings, sections, steps (same ids, same order), charts and paragraphs,
 * the same <Cite> ids paragraph by paragraph, the glossary's names, and quotations that are
 * glossary names or sit in <Q>. A translation whose `follows` is not the English file's revision,
 * and a published chapter not translated yet, are warnings. Nothing to do when the content
 * folder has no i18n/.
 */
export function translatedChapterIssues(
  root: string,
  contentDir: string,
  chapters: ChapterFile[],
  dataset: Dataset,
): ContentIssue[] {
  const i18n = i18nDir(contentDir);
  if (!existsSync(join(root, i18n))) return [];
  const glossary = readGlossary(root, contentDir).glossary;
  const quotes = readEditions(root, contentDir).quotes;
  const english = new Map(chapters.map((c) => [c.file.split('/').pop()!, c]));
  const issues: ContentIssue[] = [];
  for (const locale of EDITIONS) {
    const dir = `${i18n}/${locale}/chapters`;
    const files = existsSync(join(root, dir))
      ? readdirSync(join(root, dir))
          .filter((f) => f.endsWith('.mdx'))
          .sort()
      : [];
    for (const name of files) {
      const file = `${dir}/${name}`;
      const source = english.get(name);
      if (!source) {
        issues.push({
          file,
          locale,
          message: `is not a chapter in ${contentDir}/chapters/: a translation has the English file's name${didYouMean(name, english.keys()) || ''}`,
        });
        continue;
      }
      const text = readFileSync(join(root, file), 'utf8');
      // Markup that would run code, as in the English chapters; then the structure and words.
      issues.push(...checkChapterMarkup(file, text).map((i) => ({ ...i, locale })));
      issues.push(...compareChapter({ file, text, locale }, source, dataset, glossary, quotes[locale]));
    }
    for (const [name, source] of english) {
      if (files.includes(name) || isDraft(source.text)) continue;
      issues.push({
        file: `${dir}/${name}`,
        locale,
        warning: true,
        message: `not translated yet: the ${LANGUAGE_NAMES[locale]} edition shows the English ${source.file} with a note saying so; translate it (EDITING.md, "Translate a chapter")`,
      });
    }
  }
  return issues;
}

function isDraft(text: string): boolean {
  try {
    return chapterStructure(text).frontmatter?.draft === true;
  } catch {
    return false;
  }
}

/** One translation against its English chapter. */
export function compareChapter(
  t: { file: string; text: string; locale: Edition },
  en: ChapterFile,
  dataset: Dataset,
  glossary: Glossary | null,
  quotes: ReadonlyMap<string, unknown> = new Map(),
): ContentIssue[] {
  const { file, locale } = t;
  // This edition's translations of the records, where their quotes' wordings are.
  const eventsFile = `${file.slice(0, file.lastIndexOf('/chapters/'))}/events.json`;
  const issues: ContentIssue[] = [];
  const at = (
    line: number | undefined,
    record: string | undefined,
    field: string | undefined,
    message: string,
  ) => issues.push({ file, line, record, field, locale, message, against: en.file });
  let ours: ChapterStructure;
  let theirs: ChapterStructure;
  try {
    theirs = chapterStructure(en.text);
  } catch {
    return []; // the English chapter's own check reports it
  }
  try {
    ours = chapterStructure(t.text);
  } catch (e) {
    const p = mdxProblem(e);
    return [{ file, line: p.line, locale, message: p.message }];
  }
  const lang = LANGUAGE_NAMES[locale];
  const enAt = (line: number) => `${en.file}:${line}`;

  // Frontmatter: the words, and the English revision they follow.
  const fm = ours.frontmatter;
  const fmLine = (k: string) => ours.frontmatterLines[k] ?? 1;
  if (!fm)
    at(1, undefined, undefined, 'has no frontmatter; start the file with --- title, summary, follows ---');
  else {
    for (const key of ENGLISH_FRONTMATTER)
      if (key in fm) at(fmLine(key), 'frontmatter', key, 'comes from the English chapter; remove it');
    const rest = Object.fromEntries(Object.entries(fm).filter(([k]) => !ENGLISH_FRONTMATTER.includes(k)));
    const parsed = ChapterTranslationSchema.safeParse(rest);
    const revision = englishRevision(en.text);
    if (!parsed.success)
      for (const zi of parsed.error.issues) {
        const { field, message } = describeZodIssue(zi, rest);
        const hint =
          field === 'follows' && rest.follows === undefined
            ? `; the English is now "${revision}": write follows: "${revision}"`
            : field === 'title' || field === 'summary'
              ? `: write the ${lang} ${field}`
              : '';
        at(fmLine(field), 'frontmatter', field, `${message}${hint}`);
      }
    else if (parsed.data.follows !== revision)
      issues.push({
        file,
        line: fmLine('follows'),
        record: 'frontmatter',
        field: 'follows',
        locale,
        warning: true,
        against: en.file,
        message: `follows "${parsed.data.follows}", but ${en.file} is now "${revision}": the English has changed since this translation; see what changed with git log -p ${en.file}, bring the translation up to date, then write follows: "${revision}"`,
      });
  }

  // Props: only words; structure comes from the English.
  const tags = [...ours.scrollies, ...ours.scrollies.flatMap((s) => s.steps), ...ours.charts];
  for (const tag of tags) {
    const label = tag.name === 'Step' || tag.name === 'Scrolly' ? labelOf(tag) : `<${tag.name}>`;
    for (const [name, a] of Object.entries(tag.attrs)) {
      if (ENGLISH_PROPS[tag.name]?.includes(name))
        at(a.line, label, name, 'comes from the English; remove it');
      else if (!TRANSLATED_PROPS[tag.name]?.includes(name))
        at(
          a.line,
          label,
          name,
          `unknown prop (a translated <${tag.name}> takes ${TRANSLATED_PROPS[tag.name]!.join(', ')})${didYouMean(name, TRANSLATED_PROPS[tag.name]!)}`,
        );
    }
    if ((tag.name === 'Step' || tag.name === 'Chart') && !String(tag.attrs.alt?.value ?? '').trim())
      at(tag.line, label, 'alt', `needs alt="…": the English alt in ${lang}`);
  }

  // Sections and steps: the same ids in the same order.
  const ourSections = new Map(ours.scrollies.map((s) => [s.id, s]));
  for (const s of theirs.scrollies) {
    const mine = ourSections.get(s.id);
    if (!mine) {
      at(
        undefined,
        `<Scrolly id="${s.id}">`,
        undefined,
        `is missing: translate the English section (${enAt(s.line)}) with each of its steps`,
      );
      continue;
    }
    const want = s.steps.map((x) => x.id);
    const have = mine.steps.map((x) => x.id);
    // A misspelt step id is one mistake: named once, with the missing English id it was meant to be.
    const missing = want.filter((id) => id !== undefined && !have.includes(id)) as string[];
    const meant = new Map<string | undefined, string>();
    for (const id of have) {
      const near = id === undefined || want.includes(id) ? [] : nearest(id, missing);
      if (near.length === 1) meant.set(id, near[0]!);
    }
    const misspelt = new Set<string | undefined>(meant.values());
    for (const [i, step] of s.steps.entries())
      if (!have.includes(step.id) && !misspelt.has(step.id)) {
        const before = want.slice(0, i).findLast((id) => have.includes(id));
        at(
          mine.line,
          `<Step id="${step.id}">`,
          undefined,
          `is missing from <Scrolly id="${s.id}">: translate the English step (${enAt(step.line)}) and put it ${before ? `after <Step id="${before}">` : 'first'}`,
        );
      }
    for (const step of mine.steps)
      if (!want.includes(step.id))
        at(
          step.line,
          `<Step id="${step.id}">`,
          'id',
          meant.has(step.id)
            ? `is not a step of the English <Scrolly id="${s.id}">; did you mean "${meant.get(step.id)}"?`
            : `is not a step of the English <Scrolly id="${s.id}"> (its steps: ${want.join(', ')}); remove it, or give it the English step's id`,
        );
    const common = have.filter((id) => want.includes(id));
    const wanted = want.filter((id) => have.includes(id));
    const wrong = common.findIndex((id, i) => id !== wanted[i]);
    if (wrong >= 0) {
      const step = mine.steps.find((x) => x.id === common[wrong])!;
      at(
        step.line,
        `<Step id="${step.id}">`,
        undefined,
        `is not where the English has it: the English order is ${want.join(', ')}; keep the steps in that order`,
      );
    }
  }
  const theirSections = new Set(theirs.scrollies.map((s) => s.id));
  for (const s of ours.scrollies)
    if (!theirSections.has(s.id))
      at(
        s.line,
        labelOf(s),
        'id',
        `is not a section of the English ${en.file}${didYouMean(String(s.id), [...theirSections].map(String)) || ''}; use the English section's id`,
      );

  // Headings and charts: the same number, in place.
  if (ours.headings.length !== theirs.headings.length)
    at(
      ours.headings[theirs.headings.length]?.line ?? ours.headings.at(-1)?.line,
      undefined,
      'headings',
      `has ${ours.headings.length} heading${plural(ours.headings.length)} where the English has ${theirs.headings.length} (${theirs.headings.map((h) => `"${h.text}"`).join(', ') || 'none'}); translate each English heading in its place`,
    );
  else
    for (const [i, h] of ours.headings.entries())
      if (h.depth !== theirs.headings[i]!.depth)
        at(
          h.line,
          undefined,
          'headings',
          `is a ${'#'.repeat(h.depth)} heading where the English (${enAt(theirs.headings[i]!.line)}) has ${'#'.repeat(theirs.headings[i]!.depth)}`,
        );
  if (ours.charts.length !== theirs.charts.length)
    at(
      ours.charts[theirs.charts.length]?.line,
      '<Chart>',
      undefined,
      `the translation has ${ours.charts.length} <Chart> where the English has ${theirs.charts.length}; translate each English chart's alt in its place`,
    );

  // Paragraphs and citations, block by block: steps by id, the rest by position.
  const pairs = pairBlocks(ours.blocks, theirs.blocks);
  if (pairs.proseCountDiffers && ours.headings.length === theirs.headings.length)
    at(
      undefined,
      undefined,
      'paragraphs',
      `the prose is split into ${pairs.ourProse} run${plural(pairs.ourProse)} between headings and figures where the English has ${pairs.theirProse}; keep the English blocks in the English order`,
    );
  const records = citableById(dataset);
  for (const [mine, theirsBlock] of pairs.pairs) {
    if (mine.paragraphs.length !== theirsBlock.paragraphs.length) {
      at(
        mine.paragraphs[0]?.line ?? mine.line,
        mine.label,
        'paragraphs',
        `has ${mine.paragraphs.length} paragraph${plural(mine.paragraphs.length)} where the English (${enAt(theirsBlock.line)}) has ${theirsBlock.paragraphs.length}; translate paragraph for paragraph`,
      );
      continue;
    }
    for (const [i, p] of mine.paragraphs.entries()) {
      const e = theirsBlock.paragraphs[i]!;
      if (JSON.stringify(p.cites) !== JSON.stringify(e.cites))
        at(
          p.line,
          mine.label,
          '<Cite>',
          `paragraph ${i + 1} cites ${citesText(p.cites)} but the English (${enAt(e.line)}) cites ${citesText(e.cites)}: the same <Cite> elements, with the same ids, in the same order`,
        );
      for (const term of glossaryMisses(glossary, e.text, p.text, locale))
        at(p.line, mine.label, `paragraph ${i + 1}`, glossaryMessage(term, locale));
    }
  }

  // Quotations: a translated one sits in <Q from>, whose paragraph cites a record quoting that
  // language, and its words are the edition's wording of such a quote (matched as in English).
  const language = (tag: string) => tag.split('-')[0]!.toLowerCase();
  const quoteLanguages = (ids: string[]) =>
    new Set(
      ids.flatMap((id) => {
        const r = records.get(id);
        return r && 'quotes' in r ? (r.quotes ?? []).map((q) => language(q.language)) : [];
      }),
    );
  const wordings = (id: string, from: string) => {
    const r = records.get(id);
    if (!r || !('quotes' in r) || !r.quotes) return [];
    const words = editionWordings(r.quotes, locale, quotes.get(id));
    return r.quotes.flatMap((q, i) => (language(q.language) === from && words[i] ? [words[i]] : []));
  };
  const holds = (id: string, from: string, text: string) =>
    wordings(id, from).some((w) => quoteMatches(text, w));
  const heldElsewhere = (q: { text: string; from: string }, cites: string[]) =>
    [...records.keys()].filter((id) => !cites.includes(id) && holds(id, q.from, q.text));
  /** Where the words are not a cited record's: the line that says so, and what to do. */
  const untraced = (q: { text: string; from: string }, cites: string[]) => {
    const heldBy = heldElsewhere(q, cites);
    const unworded = cites.filter((id) => {
      const r = records.get(id);
      const inFrom =
        r && 'quotes' in r ? (r.quotes ?? []).filter((x) => language(x.language) === q.from) : [];
      return wordings(id, q.from).length < inFrom.length;
    });
    return (
      `quotation ${mark(q.text.trim(), locale)} in <Q from="${q.from}"> is not the ${lang} wording of a quote of the records cited in its paragraph (looked in: ${cites.length ? cites.join(', ') : 'none: the paragraph cites no record'}); ` +
      (heldBy.length
        ? `the words are the ${lang} wording of a quote of ${heldBy.map((id) => `"${id}"`).join(', ')}, which this paragraph does not cite: quote a record the paragraph cites, or move the quotation to the paragraph that cites that record`
        : unworded.length
          ? `${eventsFile} has no ${lang} wording yet for the quotes of ${unworded.map((id) => `"${id}"`).join(', ')}: add them under "quotes", one per English quote`
          : `write the words ${eventsFile} gives in "quotes" for the quote you mean, or write it in our own words`)
    );
  };
  const names = glossaryNames(glossary, locale);
  for (const block of ours.blocks)
    for (const p of block.paragraphs) {
      for (const q of findQuotations(p.textOutsideQ))
        if (!names.some((n) => isName(q.text, n, locale)))
          at(
            p.lineAt(q.offset),
            block.label,
            undefined,
            `quotation ${mark(q.text.trim(), locale)} is neither a glossary name nor inside <Q>: write a translated quotation as <Q from="en">…</Q> without marks of your own, or write it in our own words`,
          );
      const cited = quoteLanguages(p.cites.flat());
      for (const q of p.qs) {
        if (!q.from || !(LOCALES as readonly string[]).includes(q.from))
          at(
            q.line,
            block.label,
            '<Q>',
            `${q.from ? `from="${q.from}" is not a language of the story` : 'needs from="…"'}: write the language the words were said in (${LOCALES.join(', ')})${q.from ? didYouMean(q.from, LOCALES) : ''}`,
          );
        // Words another record holds get the line below, which names that record.
        else if (!cited.has(q.from) && !heldElsewhere({ text: q.text, from: q.from }, p.cites.flat()).length)
          at(
            q.line,
            block.label,
            '<Q>',
            `<Q from="${q.from}">, but no record cited in this paragraph holds a quote in "${q.from}"${p.cites.length ? ` (cited: ${p.cites.flat().join(', ')})` : ''}; cite the record whose "quotes" hold these words, as the English paragraph does`,
          );
        else if (!p.cites.flat().some((id) => holds(id, q.from!, q.text)))
          at(q.line, block.label, '<Q>', untraced({ text: q.text, from: q.from }, p.cites.flat()));
      }
    }

  // The glossary in the words outside paragraphs: title, summary, headings, alts and captions.
  const words: [string | undefined, string | undefined, number, string, string][] = [
    [str(fm?.title), str(theirs.frontmatter?.title), fmLine('title'), 'frontmatter', 'title'],
    [str(fm?.summary), str(theirs.frontmatter?.summary), fmLine('summary'), 'frontmatter', 'summary'],
  ];
  if (ours.headings.length === theirs.headings.length)
    for (const [i, h] of ours.headings.entries())
      words.push([h.text, theirs.headings[i]!.text, h.line, `heading ${i + 1}`, 'text']);
  const theirSteps = new Map(theirs.scrollies.flatMap((s) => s.steps).map((s) => [s.id, s]));
  for (const s of ours.scrollies.flatMap((x) => x.steps))
    words.push([
      str(s.attrs.alt?.value),
      str(theirSteps.get(s.id)?.attrs.alt?.value),
      s.line,
      labelOf(s),
      'alt',
    ]);
  for (const [i, c] of ours.charts.entries())
    words.push([str(c.attrs.alt?.value), str(theirs.charts[i]?.attrs.alt?.value), c.line, '<Chart>', 'alt']);
  for (const [mine, english, line, record, field] of words) {
    if (mine === undefined || english === undefined) continue;
    for (const term of glossaryMisses(glossary, english, mine, locale))
      at(line, record, field, glossaryMessage(term, locale));
  }
  return issues;
}

/** Pairs each translated block with the English one: steps by id, prose runs by position. */
function pairBlocks(ours: Block[], theirs: Block[]) {
  const theirSteps = new Map(theirs.filter((b) => b.step).map((b) => [b.step!.id, b]));
  const ourProse = ours.filter((b) => b.kind === 'prose');
  const theirProse = theirs.filter((b) => b.kind === 'prose');
  const pairs: [Block, Block][] = [];
  for (const b of ours) if (b.step && theirSteps.has(b.step.id)) pairs.push([b, theirSteps.get(b.step.id)!]);
  const proseCountDiffers = ourProse.length !== theirProse.length;
  if (!proseCountDiffers) for (const [i, b] of ourProse.entries()) pairs.push([b, theirProse[i]!]);
  pairs.sort((a, b) => a[0].line - b[0].line);
  return { pairs, proseCountDiffers, ourProse: ourProse.length, theirProse: theirProse.length };
}

/**
 * Glossary terms the English text uses that the translation does not write the glossary's way. A
 * name inside a longer name is that name's ("Moscow" in "The Moscow Times", "Google" in "Google
 * Play"): the longer term decides how it is written.
 */
function glossaryMisses(glossary: Glossary | null, english: string, mine: string, locale: Edition) {
  const terms = glossary?.terms ?? [];
  return terms.filter((t) => {
    let text = english;
    for (const other of terms)
      for (const form of other.en)
        if (other !== t && t.en.some((f) => form !== f && form.includes(f)))
          text = text.split(form).join(' ');
    return usesTerm(text, t) && !followsGlossary(mine, t, locale);
  });
}

function glossaryMessage(term: GlossaryTerm, locale: Edition): string {
  const form =
    locale === 'ru'
      ? term.ruStem && term.ruStem !== term.ru
        ? `${term.ru}" (stem "${term.ruStem}`
        : term.ru
      : term.zhShort
        ? `${term.zh}" or "${term.zhShort}`
        : term.zh;
  return `does not use the glossary's "${form}" for "${term.en[0]}"; write it as content/i18n/glossary.json does (term "${term.id}")`;
}

/**
 * The forms of every glossary name in an edition (a quotation may be one of them), and the words
 * a form itself sets in quotation marks: a law's title, as in закон «Об информации, …».
 */
function glossaryNames(glossary: Glossary | null, locale: Edition): string[][] {
  return (glossary?.terms ?? []).flatMap((t) => {
    const forms = locale === 'ru' ? [t.ru, t.ruStem ?? t.ru] : [t.zh, ...(t.zhShort ? [t.zhShort] : [])];
    const quoted = forms.flatMap((f) => findQuotations(f).map((q) => q.text));
    return [forms, ...quoted.map((q) => [q])];
  });
}

/** Whether quoted words are a glossary name: the form itself, or (Russian) an inflection of it. */
function isName(quoted: string, [form, stem]: string[], locale: Edition): boolean {
  const q = normalizeQuote(quoted);
  if (q === normalizeQuote(form!)) return true;
  if (locale !== 'ru' || !stem) return locale === 'zh' && q === normalizeQuote(stem ?? '');
  const words = (s: string) => s.split(/\s+/).length;
  return q.includes(normalizeQuote(stem)) && words(q) === words(normalizeQuote(form!));
}

function mark(text: string, locale: Edition): string {
  return locale === 'ru' ? `«${text}»` : `“${text}”`;
}

function citesText(cites: string[][]): string {
  return cites.length ? cites.map((ids) => `<Cite ids="${ids.join(' ')}" />`).join(' ') : 'nothing';
}

function labelOf(tag: { name: string; attrs: Record<string, { value: unknown }> } & { id?: string }): string {
  const id = tag.id ?? str(tag.attrs.id?.value);
  return `<${tag.name}${id ? ` id="${id}"` : ''}>`;
}

function plural(n: number): string {
  return n === 1 ? '' : 's';
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}
