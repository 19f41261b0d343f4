import { chartById, charts } from '../../charts/registry';
import type { StateRefs } from '../../charts/types';
import type { z } from 'zod';
import { ChartPropsSchema, ScrollyPropsSchema, StepPropsSchema } from '../../mdx/props';
import { ChapterSchema } from '../../schemas/chapter';
import { citableById, type Dataset } from '../dataset';
import { type ChapterOutline, extractChapter, mdxProblem, type ProseLength } from './extractChapter';
import type { ContentIssue } from './issue';
import { explainStateDate } from './stateDates';
import { didYouMean } from './suggest';
import { describeZodIssue, show } from './zodIssues';

export interface ChapterFile {
  /** Path from the project root, e.g. `content/chapters/01-the-week.mdx`. */
  file: string;
  text: string;
}

/**
 * Most words a step may hold. On a phone the chart is pinned over the top ~55 % of the screen
 * and the step card passes below it; at 320×640 and 375×667 that leaves about 250 px for the
 * card, which fits about 45 words of prose at the story's body size (issue #11, "Phones
 * first"): the whole card and the whole chart must be on screen together.
 */
export const STEP_MAX_WORDS = 45;
/** Most paragraphs a step may hold: each break costs a blank line of the same ~250 px. */
export const STEP_MAX_PARAGRAPHS = 2;

const FILE_NAME = /^\d{2}-[a-z0-9]+(-[a-z0-9]+)*\.mdx$/;
const STEP_ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/**
 * Checks every chapter against the dataset: frontmatter, unique order, citations that resolve,
 * and each scrolly section, step and chart (known chart, valid state, ids that exist, an alt).
 */
export function validateChapters(chapters: ChapterFile[], ds: Dataset): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const records = citableById(ds);
  const orders = new Map<number, string>();
  const stepIds = new Map<string, string>();
  const scrollyIds = new Map<string, string>();

  // Chapter anchors (`01-the-week.mdx` → #the-week) share the page's id space with sections and steps.
  const anchors = new Map(
    chapters.map((c) => [
      (c.file.split('/').pop() ?? '').replace(/^\d+-/, '').replace(/\.mdx?$/, ''),
      c.file,
    ]),
  );
  const anchorClash = (id: string) => {
    const chapter = anchors.get(id);
    return chapter ? `"${id}" is already the anchor of chapter ${chapter}; pick another id` : null;
  };

  for (const { file, text } of chapters) {
    const name = file.split('/').pop() ?? file;
    if (!FILE_NAME.test(name))
      issues.push({
        file,
        message: 'file name must look like "03-kebab-title.mdx" (two digits, a hyphen, lowercase words)',
      });

    let outline: ChapterOutline;
    try {
      outline = extractChapter(text);
    } catch (e) {
      issues.push({ file, ...mdxProblem(e) });
      continue;
    }

    if (outline.frontmatter === undefined) {
      issues.push({
        file,
        line: 1,
        message: 'has no frontmatter; start the file with --- title, order, summary, draft, updated ---',
      });
    } else {
      const fm = ChapterSchema.safeParse(outline.frontmatter);
      if (!fm.success) {
        for (const zi of fm.error.issues) {
          const { field, message } = describeZodIssue(zi, outline.frontmatter);
          issues.push({ file, line: frontmatterLine(text, field), record: 'frontmatter', field, message });
        }
      } else if (!fm.data.draft) {
        const other = orders.get(fm.data.order);
        if (other)
          issues.push({
            file,
            line: frontmatterLine(text, 'order'),
            record: 'frontmatter',
            field: 'order',
            message: `${fm.data.order} is already used by ${other}; each chapter needs its own order`,
          });
        orders.set(fm.data.order, file);
      }
    }

    for (const p of outline.problems) issues.push({ file, line: p.line, message: p.message });

    for (const c of outline.cites) {
      if (c.ids.length === 0)
        issues.push({
          file,
          line: c.line,
          record: '<Cite>',
          field: 'ids',
          message: 'names no record; write ids="record-id other-id"',
        });
      for (const id of c.ids)
        if (!records.has(id))
          issues.push({
            file,
            line: c.line,
            record: '<Cite>',
            field: 'ids',
            missing: id,
            message: `"${id}" is not a record id in content/data (events, figures or fotn)${didYouMean(id, records.keys()) || '; check the spelling, or find the id with npm run ids -- <words>'}`,
          });
    }

    for (const s of outline.scrollies) {
      const label = `<Scrolly${s.id ? ` id="${s.id}"` : ''}>`;
      if (!s.id)
        issues.push({
          file,
          line: s.line,
          record: label,
          field: 'id',
          message: 'needs an id="kebab-case-name", unique in the story',
        });
      else if (!STEP_ID.test(s.id))
        issues.push({
          file,
          line: s.line,
          record: label,
          field: 'id',
          message: `"${s.id}" must be kebab-case`,
        });
      else if (scrollyIds.has(s.id))
        issues.push({
          file,
          line: s.line,
          record: label,
          field: 'id',
          message: `"${s.id}" is already used in ${scrollyIds.get(s.id)}`,
        });
      else if (anchorClash(s.id))
        issues.push({ file, line: s.line, record: label, field: 'id', message: anchorClash(s.id)! });
      else scrollyIds.set(s.id, file);
      if (!s.chart)
        issues.push({
          file,
          line: s.line,
          record: label,
          field: 'chart',
          message: `needs chart="…": one of ${knownCharts()}`,
        });
      else if (!chartById(s.chart))
        issues.push({
          file,
          line: s.line,
          record: label,
          field: 'chart',
          message: `"${s.chart}" is not a chart; use one of ${knownCharts()}`,
        });
      if (s.steps === 0)
        issues.push({ file, line: s.line, record: label, message: 'has no <Step>; add at least one' });
      for (const p of propsProblems(ScrollyPropsSchema, s.props ?? {}, ['id', 'chart']))
        issues.push({ file, line: s.line, record: label, ...p });
    }

    for (const f of outline.figures) {
      const label =
        f.kind === 'step' ? `<Step${f.id ? ` id="${f.id}"` : ''}>` : `<Chart chart="${f.chart ?? ''}">`;
      const at = (field: string | undefined, message: string, missing?: string) =>
        issues.push({ file, line: f.line, record: label, field, message, ...(missing && { missing }) });
      for (const p of f.problems) at(undefined, p);
      for (const p of f.kind === 'step'
        ? propsProblems(StepPropsSchema, f.props ?? {}, ['id', 'alt', 'state'])
        : propsProblems(ChartPropsSchema, f.props ?? {}, ['chart', 'alt', 'state']))
        at(p.field, p.message);
      if (!f.alt?.trim())
        at(
          'alt',
          'needs alt="…": one sentence saying what the figure shows in this state, for readers who cannot see it',
        );
      if (f.kind === 'step') {
        if (f.id && !STEP_ID.test(f.id))
          at('id', `"${f.id}" must be kebab-case (it becomes the URL #fragment)`);
        else if (f.id && stepIds.has(f.id))
          at('id', `"${f.id}" is already used in ${stepIds.get(f.id)}; step ids are unique in the story`);
        else if (f.id && anchorClash(f.id)) at('id', anchorClash(f.id)!);
        else if (f.id) stepIds.set(f.id, file);
        const tooLong = f.prose && stepTooLong(f.prose);
        if (tooLong) at(undefined, tooLong);
      } else if (!f.chart) at('chart', `needs chart="…": one of ${knownCharts()}`);
      else if (!chartById(f.chart)) at('chart', `"${f.chart}" is not a chart; use one of ${knownCharts()}`);

      const chart = f.chart ? chartById(f.chart) : undefined;
      if (!chart) continue;
      const parsed = chart.parseState(f.state ?? {});
      if (!parsed.ok) {
        for (const p of parsed.problems) {
          const value = (f.state as Record<string, unknown> | undefined)?.[p.key];
          const dates = explainStateDate(p.key, value);
          if (dates) for (const d of dates) at(`state.${p.key}${d.at}`, d.message);
          // An unknown key's message names the key; any other names the rule, and gets the value.
          else if (!p.key || p.message.includes(`"${p.key}"`))
            at(p.key ? `state.${p.key}` : 'state', p.message);
          else at(`state.${p.key}`, withValue(p.message, value));
        }
        continue;
      }
      for (const m of missingRefs(chart.refs(parsed.state), ds))
        for (const path of pathsOf(f.state, m.id))
          at(`state${path}`, m.message, m.key === 'events' ? String(m.id) : undefined);
    }
  }
  return issues;
}

/**
 * Props a component would refuse while rendering (an unknown prop such as `captoin`, a value of
 * the wrong kind), from the same schema the component parses them with. `covered` props have
 * rules of their own above, with messages that say more.
 */
function propsProblems(
  schema: z.ZodObject,
  props: Record<string, unknown>,
  covered: string[],
): { field: string; message: string }[] {
  const r = schema.safeParse(props);
  if (r.success) return [];
  const known = Object.keys(schema.shape);
  return r.error.issues.flatMap((i) => {
    if (i.code === 'unrecognized_keys')
      return i.keys.map((k) => ({
        field: k,
        message: `unknown prop (this component takes ${known.join(', ')})${didYouMean(k, known)}`,
      }));
    if (covered.includes(String(i.path[0]))) return [];
    return [describeZodIssue(i, props)];
  });
}

/** A chart's message with the value it refused, when the message does not show it already. */
function withValue(message: string, value: unknown): string {
  return value === undefined || message.includes(show(value)) ? message : `${message}, got ${show(value)}`;
}

/** Where a value sits in a state, as written: `.highlight[1]`, `.annotate[0]`. */
function pathsOf(state: unknown, id: string | number): string[] {
  const out: string[] = [];
  const walk = (v: unknown, path: string) => {
    if (v === id) out.push(path);
    else if (Array.isArray(v)) for (const [i, x] of v.entries()) walk(x, `${path}[${i}]`);
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`);
  };
  walk(state, '');
  return out.length ? out : [''];
}

/** What is wrong with a step's length, in one sentence, or null when a phone can show it whole. */
function stepTooLong({ words, paragraphs }: ProseLength): string | null {
  const manyWords = words > STEP_MAX_WORDS;
  const manyParagraphs = paragraphs > STEP_MAX_PARAGRAPHS;
  if (!manyWords && !manyParagraphs) return null;
  const is =
    manyWords && manyParagraphs
      ? `is ${words} words in ${paragraphs} paragraphs; a phone shows about ${STEP_MAX_WORDS} words in at most ${STEP_MAX_PARAGRAPHS} paragraphs`
      : manyWords
        ? `is ${words} words; a phone shows about ${STEP_MAX_WORDS}`
        : `has ${paragraphs} paragraphs; a phone shows at most ${STEP_MAX_PARAGRAPHS}`;
  const fix = manyWords ? 'tighten it' : 'join paragraphs';
  return `${is} beside the chart: ${fix}, move detail into the prose after the section, or split it into two steps`;
}

function knownCharts(): string {
  return (
    Object.keys(charts)
      .map((c) => `"${c}"`)
      .join(', ') || '(no charts registered)'
  );
}

/** Ids a state names that the dataset does not have, each with the nearest ids that exist. */
export function missingRefs(
  refs: StateRefs,
  ds: Dataset,
): { key: string; id: string | number; message: string }[] {
  const out: { key: string; id: string | number; message: string }[] = [];
  const events = new Set(ds.events.map((e) => e.id));
  const services = new Set(ds.services.map((s) => s.id));
  const mechanisms = new Set(ds.mechanisms.map((m) => m.id));
  const countries = new Set([...ds.events.map((e) => e.country), ...ds.fotnScores.map((s) => s.country)]);
  const editions = new Set(ds.fotnScores.map((s) => s.edition));
  const check = (
    key: string,
    ids: (string | number)[] | undefined,
    known: Set<string | number>,
    where: string,
  ) => {
    for (const id of ids ?? [])
      if (!known.has(id))
        out.push({
          key,
          id,
          message: `"${id}" is not ${where}${didYouMean(String(id), [...known].map(String)) || '; check the spelling, or find the id with npm run ids -- <words>'}`,
        });
  };
  check('events', refs.events, events, 'an event id in content/data/events.json');
  check('services', refs.services, services, 'a service id in content/data/services.json');
  check('mechanisms', refs.mechanisms, mechanisms, 'a mechanism id in content/data/mechanisms.json');
  check('countries', refs.countries, countries, 'a country with events or scores in content/data');
  check('year', refs.editions, editions, 'a Freedom on the Net edition in content/data/fotn.json');
  return out;
}

function frontmatterLine(text: string, field: string): number {
  const lines = text.split('\n');
  const name = field.split('.')[0];
  const i = lines.findIndex((l, n) => n > 0 && name && l.startsWith(`${name}:`));
  return i >= 0 ? i + 1 : 1;
}
