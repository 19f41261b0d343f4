/**
 * Chapter 8 ("The scoreboard") quotes Freedom on the Net scores beside a chart that draws every
 * edition on one scale (0 = least free; editions up to 2018 converted with 100 − score). A reader
 * compares the two, so each step's prose must name the numbers the chart marks, and any printed
 * old-scale figure may only appear in a sentence that says it is the printed one.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fotn from '../../content/data/fotn.json';
import { unifiedScore } from '../../src/charts/fotnScale';
import { chartText } from '../../src/charts/shared/i18n';
import type { FotnDirection } from '../../src/schemas/fotnScale';

const mdx = readFileSync(join(import.meta.dirname, '../../content/chapters/08-the-scoreboard.mdx'), 'utf8');
const scores = (fotn.scores as { country: string; edition: number; score: number; scale: string }[]).map(
  (r) => ({ ...r, unified: unifiedScore({ score: r.score, scale: r.scale as FotnDirection }) }),
);
const unifiedOf = (country: string, edition: number) =>
  scores.find((r) => r.country === country && r.edition === edition)?.unified;

/** Each country-panels step: its year and its prose without citations. */
const steps = [...mdx.matchAll(/<Step [^>]*state=\{\{ year: (\d{4}) \}\}>([\s\S]*?)<\/Step>/g)].map((m) => ({
  year: Number(m[1]),
  text: m[2]!.replace(/<Cite [^>]*\/>/g, ' '),
}));

describe('chapter 8: the scoreboard text names the numbers its chart shows', () => {
  it('has the six steps', () => expect(steps.length).toBe(6));

  for (const step of steps)
    it(`${step.year}: names Russia's and China's converted scores, and no printed score unmarked`, () => {
      for (const c of ['RU', 'CN']) expect(step.text).toMatch(new RegExp(`\\b${unifiedOf(c, step.year)}\\b`));
      // Every score the reader could compare with the chart: the converted value of any edition
      // up to this step's year, for the countries the chapter names.
      const shown = new Set(
        scores
          .filter((r) => r.edition <= step.year && ['RU', 'CN', 'TR'].includes(r.country))
          .map((r) => r.unified),
      );
      for (const sentence of step.text.split(/(?<=[.)])\s+/)) {
        if (/printed|old scale/i.test(sentence)) continue;
        const numbers = [...sentence.matchAll(/\b(\d{1,3})\b(?!\s*(?:countries|points|year))/g)]
          .map((m) => Number(m[1]))
          .filter((n) => n <= 100);
        for (const n of numbers) expect(shown, `${n} in “${sentence.trim()}”`).toContain(n);
      }
    });

  it('says once, in the chapter text before the chart, how older scores were converted', () => {
    const intro = mdx.slice(0, mdx.indexOf('<Scrolly'));
    expect(intro).toMatch(/100 minus/);
    // The drawing carries the conversion note itself (countryPanels/render.ts, its words in
    // src/i18n/en/charts.json); the caption does not repeat it, so a phone spends its lines on the chart.
    expect(mdx).not.toMatch(/caption="[^"]*printed score/);
    for (const layout of ['wide', 'narrow'])
      expect(chartText('en', `charts.cp.note2.${layout}`)).toMatch(/100 − the printed score/);
  });
});
