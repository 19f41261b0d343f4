import type { z } from 'zod';
import type { Dataset } from '../dataset';
import { endOf, precisionMismatch, startOf } from '../../schemas/dates';
import { EventSchema } from '../../schemas/event';
import { FigureSchema } from '../../schemas/figure';
import { FotnScaleSchema } from '../../schemas/fotnScale';
import { FotnScoreSchema } from '../../schemas/fotnScore';
import { MechanismSchema } from '../../schemas/mechanism';
import { ServiceSchema } from '../../schemas/service';
import type { ContentIssue } from './issue';
import { arrayElementSpans, fieldLine, lineAt, type Span } from './jsonPositions';
import { didYouMean } from './suggest';
import { describeZodIssue } from './zodIssues';

/** Each collection: the file it lives in, the array key inside it, and its record schema. */
export const DATA_COLLECTIONS = {
  events: { file: 'events.json', key: 'events', schema: EventSchema },
  figures: { file: 'figures.json', key: 'figures', schema: FigureSchema },
  fotnScales: { file: 'fotn.json', key: 'scales', schema: FotnScaleSchema },
  fotnScores: { file: 'fotn.json', key: 'scores', schema: FotnScoreSchema },
  services: { file: 'services.json', key: 'services', schema: ServiceSchema },
  mechanisms: { file: 'mechanisms.json', key: 'mechanisms', schema: MechanismSchema },
} as const satisfies Record<keyof Dataset, { file: string; key: string; schema: z.ZodType }>;

export type CollectionName = keyof typeof DATA_COLLECTIONS;

/** The data files and the top-level keys each may hold. */
export const DATA_FILES: Record<string, string[]> = {};
for (const c of Object.values(DATA_COLLECTIONS)) {
  DATA_FILES[c.file] = [...(DATA_FILES[c.file] ?? ['$schema']), c.key];
}

interface Located {
  file: string;
  text: string;
  span: Span;
}

/**
 * Validates every data file: JSON syntax, each record against its schema, then the rules that
 * need several records (unique ids, references between files, date order, FOTN scales).
 * `read(file)` returns a file's text, or undefined when it does not exist.
 */
export function validateData(
  read: (file: string) => string | undefined,
  dir = 'content/data',
): { dataset: Dataset | null; issues: ContentIssue[]; locate: Locate } {
  const issues: ContentIssue[] = [];
  const parsedFiles = new Map<string, { text: string; json: Record<string, unknown> }>();

  for (const [file, allowedKeys] of Object.entries(DATA_FILES)) {
    const path = `${dir}/${file}`;
    const text = read(file);
    if (text === undefined) {
      issues.push({
        file: path,
        message: 'file is missing; every data file must exist (it may hold an empty list)',
      });
      continue;
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      issues.push({ file: path, ...jsonSyntaxProblem(text, e) });
      continue;
    }
    if (json === null || typeof json !== 'object' || Array.isArray(json)) {
      issues.push({
        file: path,
        line: 1,
        message: `expected an object with ${allowedKeys
          .slice(1)
          .map((k) => `"${k}"`)
          .join(' and ')} lists`,
      });
      continue;
    }
    for (const k of Object.keys(json)) {
      if (!allowedKeys.includes(k))
        issues.push({
          file: path,
          line: lineAt(text, text.indexOf(`"${k}"`)),
          field: k,
          message: `unknown top-level key; expected ${allowedKeys.map((a) => `"${a}"`).join(', ')}`,
        });
    }
    parsedFiles.set(file, { text, json: json as Record<string, unknown> });
  }

  const dataset: Partial<Dataset> = {};
  const where = new Map<object, Located>();
  for (const [name, c] of Object.entries(DATA_COLLECTIONS) as [
    CollectionName,
    (typeof DATA_COLLECTIONS)[CollectionName],
  ][]) {
    const f = parsedFiles.get(c.file);
    if (!f) continue;
    const path = `${dir}/${c.file}`;
    const list = f.json[c.key];
    if (!Array.isArray(list)) {
      issues.push({ file: path, field: c.key, message: `expected a list in [ ] under "${c.key}"` });
      continue;
    }
    const spans = arrayElementSpans(f.text, c.key);
    const good: unknown[] = [];
    list.forEach((raw, i) => {
      const span = spans[i] ?? { start: 0, end: 0 };
      const record = recordName(raw, i);
      const result = c.schema.safeParse(raw);
      if (!result.success) {
        for (const zi of result.error.issues) {
          const { field, message } = describeZodIssue(zi, raw, Object.keys(c.schema.shape));
          issues.push({
            file: path,
            line: fieldLine(f.text, span, field),
            record,
            field: field || undefined,
            message,
          });
        }
        return;
      }
      where.set(result.data as object, { file: path, text: f.text, span });
      good.push(result.data);
    });
    (dataset as Record<string, unknown[]>)[name] = good;
  }

  const ds: Dataset = {
    events: dataset.events ?? [],
    figures: dataset.figures ?? [],
    fotnScores: dataset.fotnScores ?? [],
    fotnScales: dataset.fotnScales ?? [],
    services: dataset.services ?? [],
    mechanisms: dataset.mechanisms ?? [],
  };
  // References between files only make sense once every file could be read.
  if (issues.length === 0) issues.push(...crossRecordIssues(ds, where));
  const locate: Locate = (record, field) => {
    const loc = where.get(record);
    return loc
      ? { file: loc.file, line: fieldLine(loc.text, loc.span, field) }
      : { file: dir, line: undefined };
  };
  return { dataset: issues.length === 0 ? ds : null, issues, locate };
}

/** Where a checked record (an object of the dataset) was written: file, and the line of a field. */
export type Locate = (record: object, field?: string) => { file: string; line: number | undefined };

function recordName(raw: unknown, index: number): string {
  const id = (raw as { id?: unknown } | null)?.id;
  return typeof id === 'string' && id ? id : `#${index + 1} (no id)`;
}

function jsonSyntaxProblem(text: string, e: unknown): { line?: number; message: string } {
  const msg = e instanceof Error ? e.message : String(e);
  const pos = /position (\d+)/.exec(msg);
  const lc = /line (\d+)/.exec(msg);
  const line = lc ? Number(lc[1]) : pos ? lineAt(text, Number(pos[1])) : undefined;
  return {
    line,
    message: `is not valid JSON (${msg.replace(/\s*\(line \d+ column \d+\)/, '')}); look for a missing comma or quote, or a trailing comma, on or just before this line`,
  };
}

/** Rules that involve more than one record, or more than one field. */
function crossRecordIssues(ds: Dataset, where: Map<object, Located>): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const at = (r: object, record: string, field: string | undefined, message: string) => {
    const loc = where.get(r);
    issues.push({
      file: loc?.file ?? 'content/data',
      line: loc ? fieldLine(loc.text, loc.span, field) : undefined,
      record,
      field,
      message,
    });
  };

  // Ids are unique across everything a chapter can cite, and within services and mechanisms.
  const seen = new Map<string, string>();
  for (const r of [...ds.events, ...ds.figures, ...ds.fotnScores, ...ds.fotnScales]) {
    const first = seen.get(r.id);
    if (first) at(r, r.id, 'id', `duplicate id: already used in ${first}; every record needs its own id`);
    else seen.set(r.id, where.get(r)?.file ?? 'content/data');
  }
  for (const list of [ds.services, ds.mechanisms]) {
    const ids = new Set<string>();
    for (const r of list) {
      if (ids.has(r.id)) at(r, r.id, 'id', 'duplicate id; every record needs its own id');
      ids.add(r.id);
    }
  }

  const services = new Set(ds.services.map((s) => s.id));
  const mechanisms = new Set(ds.mechanisms.map((m) => m.id));
  for (const r of [...ds.events, ...ds.figures]) {
    const mismatch = precisionMismatch(r.date, r.precision);
    if (mismatch) at(r, r.id, 'date', `${mismatch}, got "${r.date}"`);
  }
  for (const e of ds.events) {
    if (e.endDate && endOf(e.endDate) < startOf(e.date))
      at(
        e,
        e.id,
        'endDate',
        `ends (${e.endDate}) before it starts (${e.date}); endDate must not be before date`,
      );
    if (e.service && !services.has(e.service))
      at(
        e,
        e.id,
        'service',
        `"${e.service}" is not in content/data/services.json${didYouMean(e.service, services) || '; add it there or fix the spelling'}`,
      );
    if (e.serviceStatus && !e.service)
      at(
        e,
        e.id,
        'serviceStatus',
        'only makes sense with a "service"; add the service id or remove serviceStatus',
      );
    if (e.serviceStatus && !['block', 'unblock', 'throttle'].includes(e.category))
      at(
        e,
        e.id,
        'serviceStatus',
        `only block, unblock and throttle events change a service's status, not "${e.category}"`,
      );
    for (const m of e.mechanisms ?? [])
      if (!mechanisms.has(m))
        at(
          e,
          e.id,
          'mechanisms',
          `"${m}" is not in content/data/mechanisms.json${didYouMean(m, mechanisms) || '; add it there or fix the spelling'}`,
        );
  }

  // Freedom on the Net: one score per country and edition, on the scale in force that year.
  const pairs = new Set<string>();
  for (const s of ds.fotnScores) {
    const expectedId = `fotn-${s.edition}-${s.country.toLowerCase()}`;
    if (s.id !== expectedId) at(s, s.id, 'id', `expected "${expectedId}" (fotn-<edition>-<country>)`);
    const key = `${s.country} ${s.edition}`;
    if (pairs.has(key))
      at(
        s,
        s.id,
        'edition',
        `a second score for ${s.country} in ${s.edition}; keep one record and merge its sources`,
      );
    pairs.add(key);
    const scale = ds.fotnScales.find(
      (x) => s.edition >= x.fromEdition && s.edition <= (x.toEdition ?? Number.POSITIVE_INFINITY),
    );
    if (scale && scale.direction !== s.scale)
      at(
        s,
        s.id,
        'scale',
        `the ${s.edition} edition used "${scale.direction}" (see ${scale.id}), not "${s.scale}"`,
      );
  }
  return issues;
}
