/**
 * Every chart in the Russian and Chinese editions: no English interface word left in any story
 * state's drawing (visible text, title, description, accessible names), table or details; the
 * mechanism matrix reads the same rules in every language (law names pair across （…）); and one
 * SVG golden per chart and edition, looked at as PNGs before they were committed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { countryPanels } from '../../src/charts/countryPanels';
import { mechanismMatrix } from '../../src/charts/mechanismMatrix';
import { cellKind, mmCellsAt } from '../../src/charts/mechanismMatrix/model';
import { serviceMatrix } from '../../src/charts/serviceMatrix';
import { timeline } from '../../src/charts/timeline';
import { worldMap } from '../../src/charts/worldMap';
import type { Locale } from '../../src/charts/shared/i18n';
import { extractChapter } from '../../src/lib/content/extractChapter';
import { checkContent } from '../../src/lib/content/loadContent';
import { localizedDataset } from '../../src/lib/i18n/localizedRecord';

const root = join(import.meta.dirname, '../..');
const { dataset } = checkContent(root);
const { document } = parseHTML('<!doctype html><html><body></body></html>') as unknown as {
  document: Document;
};
// biome-ignore lint/suspicious/noExplicitAny: each chart has its own state and data types.
const CHARTS: any[] = [timeline, worldMap, countryPanels, serviceMatrix, mechanismMatrix];
const EDITIONS = ['ru', 'zh'] as const;

/**
 * The charts' English interface words (legends, statuses, headings, captions, connecting words). A
 * dataset text may still be English where its translation is missing (the content check reports
 * that); these are the charts' own words, which never should be.
 */
const ENGLISH = [
  /\bBlocked\b/,
  /\bRestricted\b/,
  /\bOpen again\b/,
  /\bNo restriction\b/i,
  /\bNo record\b/i,
  /\bIn effect\b/,
  /\bAdopted\b/,
  /\bIn force\b/,
  /\bNot in our data\b/,
  /\bUndated\b/,
  /\b(Not|Partly) [Ff]ree\b/,
  /\bStatus on\b/,
  /\bRules (in effect|recorded)\b/,
  /\bLatest records\b/,
  /\bScore\b/,
  /\bEditions? before\b/,
  /\bRussia\b/,
  // Publishers keep their names ("China Law Translate").
  /\bChina\b(?! Law Translate)/,
  /\bTimeline of\b/,
  /\bLaw (passed|in force)\b/,
  /\bRegister entry\b/,
  /\bThrottling\b/,
  /\bGrey:/,
  /\bLine: month\b/,
  /\bof 100\b/,
  /\bsince\b/,
  /\bno score\b/i,
  /\bOther countries\b/,
  /\bevents? in\b/,
  /\bHighlighted\b/,
  /\bSource:/,
  /\bRecord\b/,
  /\bShow the numbers\b/,
  /\bOpen the source\b/,
];

function statesOf(id: string): { name: string; state: unknown }[] {
  const out: { name: string; state: unknown }[] = [{ name: 'default', state: undefined }];
  const dir = join(root, 'content/chapters');
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.mdx')))
    for (const fig of extractChapter(readFileSync(join(dir, f), 'utf8')).figures)
      if (fig.chart === id) out.push({ name: `${f}:${fig.line}`, state: fig.state ?? {} });
  return out;
}

/** Every word a reader (or a screen reader) meets in a drawing. */
function words(svg: Element): string[] {
  const out = [svg.textContent ?? ''];
  for (const el of svg.querySelectorAll('[aria-label]')) out.push(el.getAttribute('aria-label')!);
  return out;
}

function render(
  chart: (typeof CHARTS)[number],
  data: unknown,
  state: unknown,
  locale: Locale,
  narrow = false,
) {
  const size = (narrow ? chart.sizes.narrow : undefined) ?? chart.sizes.wide;
  return chart.render(data, state, {
    ...size,
    document,
    layout: narrow ? 'narrow' : 'wide',
    idPrefix: 't',
    locale,
  }) as SVGSVGElement;
}

for (const locale of EDITIONS) {
  const ds = localizedDataset(dataset!, locale);
  for (const chart of CHARTS) {
    const data = chart.select(ds);
    describe(`${chart.id} in ${locale}`, () => {
      it('says nothing in English: drawings, descriptions, tables, details', () => {
        const found = new Set<string>();
        for (const { name, state: raw } of statesOf(chart.id)) {
          const parsed = raw === undefined ? { ok: true, state: chart.defaultState } : chart.parseState(raw);
          expect(parsed.ok).toBe(true);
          const state = parsed.state;
          const texts: string[] = [chart.describe(data, state, locale)];
          const table = chart.table(data, state, locale);
          texts.push(table.caption, ...table.columns);
          for (const row of table.rows) for (const c of row) if (typeof c === 'string') texts.push(c);
          for (const narrow of [false, true]) {
            const svg = render(chart, data, state, locale, narrow);
            texts.push(...words(svg));
            if (chart.details)
              for (const card of Object.values(chart.details.marks(data, state, svg, locale)) as {
                meta?: string;
                title: string;
                notes?: string[];
                list?: string[];
              }[])
                texts.push(card.meta ?? '', card.title, ...(card.notes ?? []), ...(card.list ?? []));
          }
          for (const t of texts)
            for (const re of ENGLISH) {
              const m = re.exec(t);
              if (m) found.add(`${name}: “${m[0]}” in “${t.slice(Math.max(0, m.index - 40), m.index + 40)}”`);
            }
        }
        expect([...found].slice(0, 20)).toEqual([]);
      });
      it('marks its drawing with the edition’s language', () => {
        expect(render(chart, data, chart.defaultState, locale).getAttribute('lang')).toBe(
          locale === 'zh' ? 'zh-Hans' : 'ru',
        );
      });
    });
  }
}

describe('mechanism-matrix across editions', () => {
  it('shows every cell at the same stage in every language (law names pair in each)', () => {
    const kinds = (locale: Locale, day?: string) =>
      mmCellsAt(mechanismMatrix.select(localizedDataset(dataset!, locale)), day)
        .map((c) => `${c.key}:${cellKind(c)}`)
        .sort();
    for (const day of [undefined, '2017-05-04', '2019-11-01'])
      for (const locale of EDITIONS) expect(kinds(locale, day)).toEqual(kinds('en', day));
  });
});

describe('edition goldens', () => {
  const cases: { chart: (typeof CHARTS)[number]; state: unknown; narrow?: boolean; name: string }[] = [
    {
      chart: timeline,
      state: { focus: ['2017-04-01', '2017-06-30'], annotate: ['ru-wechat-block-2017'] },
      name: 'timeline-may-2017',
    },
    { chart: worldMap, state: { year: 2017, highlight: [] }, name: 'world-map-2017' },
    { chart: countryPanels, state: { year: 2025 }, narrow: true, name: 'country-panels-2025-narrow' },
    {
      chart: serviceMatrix,
      state: { date: '2017-05-04', highlight: ['wechat'] },
      name: 'service-matrix-2017-05-04',
    },
    {
      chart: mechanismMatrix,
      state: { date: '2017-05-04', highlight: [] },
      narrow: true,
      name: 'mechanism-matrix-2017-05-04-narrow',
    },
  ];
  for (const locale of EDITIONS)
    for (const c of cases)
      it(`${c.name} (${locale})`, async () => {
        const parsed = c.chart.parseState(c.state);
        expect(parsed.ok).toBe(true);
        const data = c.chart.select(localizedDataset(dataset!, locale));
        await expect(render(c.chart, data, parsed.state, locale, c.narrow).outerHTML).toMatchFileSnapshot(
          `./__goldens__/${locale}/${c.name}.svg`,
        );
      });
});
