/**
 * No label overlaps another or leaves the drawing, in any edition, story state, embed default and
 * layout of the maps and matrices. Text is measured as the charts lay it out (Arial advance widths, sizes and
 * weights from each chart's stylesheet; tests/support/svgLabels.ts) with a 1 px margin. In the
 * matrices, a row label must also stay clear of the cells and show its row's whole name (on two
 * lines if it must, never cut), and a cell's words stay inside its cell.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { countryPanels } from '../../src/charts/countryPanels';
import { mechanismMatrix } from '../../src/charts/mechanismMatrix';
import { serviceMatrix } from '../../src/charts/serviceMatrix';
import { worldMap } from '../../src/charts/worldMap';
import { extractChapter } from '../../src/lib/content/extractChapter';
import { checkContent } from '../../src/lib/content/loadContent';
import { localizedDataset } from '../../src/lib/i18n/localizedRecord';
import { LOCALES } from '../../src/lib/i18n/locales';
import { overlaps, rectBoxes, textBoxes } from '../support/svgLabels';

const root = join(import.meta.dirname, '../..');
const { dataset } = checkContent(root);
const { document } = parseHTML('<!doctype html><html><body></body></html>') as unknown as {
  document: Document;
};
const MARGIN = 1;

// biome-ignore lint/suspicious/noExplicitAny: each chart has its own state and data types.
const charts: { chart: any; css: string; cells?: string; rows?: RowNames }[] = [
  { chart: worldMap, css: 'src/charts/worldMap/worldMap.css' },
  { chart: countryPanels, css: 'src/charts/countryPanels/countryPanels.css' },
  {
    chart: serviceMatrix,
    css: 'src/charts/serviceMatrix/serviceMatrix.css',
    cells: '.sm-cell',
    rows: { label: '.sm-label', names: (d) => d.services },
  },
  {
    chart: mechanismMatrix,
    css: 'src/charts/mechanismMatrix/mechanismMatrix.css',
    cells: '.mm-cell',
    // Phones show the mechanism's short name.
    rows: { label: '.mm-label', names: (d) => d.mechanisms, narrow: 'short' },
  },
];

/** Where a matrix writes its row labels, and the names they must show whole. */
interface RowNames {
  label: string;
  // biome-ignore lint/suspicious/noExplicitAny: each matrix has its own data type.
  names: (data: any) => { id: string; name: string; short?: string }[];
  narrow?: 'short';
}

/** A row label's words as the reader sees them: its lines joined, a word broken with a hyphen rejoined. */
const shownWords = (label: Element) => {
  const lines = [...label.querySelectorAll('tspan')].map((t) => t.textContent ?? '');
  return (lines.length ? lines : [label.textContent ?? ''])
    .map((l) => l.trim())
    .reduce((all, l) => (all.endsWith('-') ? `${all.slice(0, -1)}${l}` : all ? `${all} ${l}` : l), '');
};

/** Every state the story and the embeds draw for a chart: its steps and charts, and the default. */
function statesOf(id: string): { name: string; state: unknown }[] {
  const out: { name: string; state: unknown }[] = [{ name: 'embed default', state: undefined }];
  const dir = join(root, 'content/chapters');
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.mdx')))
    for (const fig of extractChapter(readFileSync(join(dir, f), 'utf8')).figures)
      if (fig.chart === id) out.push({ name: `${f}:${fig.line} ${fig.id ?? ''}`, state: fig.state ?? {} });
  return out;
}

for (const locale of LOCALES)
  for (const { chart, css: cssPath, cells, rows } of charts) {
    const css = readFileSync(join(root, cssPath), 'utf8');
    const data = chart.select(localizedDataset(dataset!, locale));
    describe(`${chart.id} (${locale}): labels fit`, () => {
      for (const { name, state } of statesOf(chart.id))
        for (const layout of ['wide', 'narrow'] as const)
          it(`${name} (${layout})`, () => {
            const parsed =
              state === undefined ? { ok: true, state: chart.defaultState } : chart.parseState(state);
            expect(parsed.ok).toBe(true);
            const size = (layout === 'narrow' ? chart.sizes.narrow : undefined) ?? chart.sizes.wide;
            const svg: Element = chart.render(data, parsed.state, {
              ...size,
              document,
              layout,
              idPrefix: 't',
              ...(locale === 'en' ? {} : { locale }),
            });
            const boxes = textBoxes(svg, css);
            const problems: string[] = [];
            for (const b of boxes)
              if (b.x < -0.5 || b.y < -0.5 || b.x + b.w > size.width + 0.5 || b.y + b.h > size.height + 0.5)
                problems.push(
                  `“${b.text}” crosses the edge (${b.x.toFixed(1)}…${(b.x + b.w).toFixed(1)} of ${size.width}, y ${b.y.toFixed(1)}…${(b.y + b.h).toFixed(1)} of ${size.height})`,
                );
            for (let i = 0; i < boxes.length; i++)
              for (let j = i + 1; j < boxes.length; j++) {
                const a = boxes[i]!;
                const b = boxes[j]!;
                if (a.el.closest('text') === b.el.closest('text')) continue;
                if (overlaps(a, b, MARGIN)) problems.push(`“${a.text}” overlaps “${b.text}”`);
              }
            if (cells) {
              const cellBoxes = rectBoxes(svg, `${cells} rect`);
              for (const b of boxes) {
                const own = b.el.closest(cells);
                if (own) {
                  const box = cellBoxes.find((c) => c.el.closest(cells) === own)!;
                  if (b.x < box.x || b.x + b.w > box.x + box.w)
                    problems.push(`“${b.text}” runs out of its cell`);
                } else
                  for (const c of cellBoxes)
                    if (overlaps(b, c, 0))
                      problems.push(
                        `“${b.text}” runs into cell ${c.el.closest(cells)!.getAttribute('data-key')}`,
                      );
              }
            }
            // Every row label shows its row's whole name (never cut with an ellipsis).
            if (rows)
              for (const r of rows.names(data)) {
                const label = svg.querySelector(`[data-key="${r.id}"] ${rows.label}`);
                const name = layout === 'narrow' && rows.narrow ? (r.short ?? r.name) : r.name;
                if (!label || shownWords(label) !== name)
                  problems.push(`row ${r.id} shows “${label ? shownWords(label) : ''}”, not “${name}”`);
              }
            expect(problems).toEqual([]);
          });
    });
  }
