import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { mechanismMatrix } from '../../src/charts/mechanismMatrix';
import { missingRefs } from '../../src/lib/content/validateChapters';
import { stateFromQuery } from '../../src/charts/mechanismMatrix/state';
import { join } from 'node:path';
import { checkContent } from '../../src/lib/content/loadContent';
import { cellKind, lawShown, mmCellsAt } from '../../src/charts/mechanismMatrix/model';
import { localizedDataset } from '../../src/lib/i18n/localizedRecord';
import { LOCALES } from '../../src/lib/i18n/locales';
import { textWidth } from '../../src/charts/shared/text';
import { mmLegend } from '../../src/charts/mechanismMatrix/draw';
import { mapsDataset } from '../fixtures/maps-dataset';

const { document } = parseHTML('<!doctype html><html><body></body></html>') as unknown as {
  document: Document;
};
const data = mechanismMatrix.select(mapsDataset);
const render = (state: unknown, layout: 'wide' | 'narrow' = 'wide') => {
  const parsed = mechanismMatrix.parseState(state);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  const size = layout === 'narrow' ? mechanismMatrix.sizes.narrow! : mechanismMatrix.sizes.wide;
  return mechanismMatrix.render(data, parsed.state, { ...size, document, layout, idPrefix: 'mm-test' })
    .outerHTML;
};

/** An attribute of the element with `data-key` = key in rendered SVG markup. */
function attrOf(html: string, key: string, attr: string): string | null {
  const { document: d } = parseHTML(`<!doctype html><html><body>${html}</body></html>`) as unknown as {
    document: Document;
  };
  return d.querySelector(`[data-key="${key}"]`)?.getAttribute(attr) ?? null;
}

describe('mechanism-matrix', () => {
  it('matches the 4 May 2017 golden', async () => {
    await expect(
      render({ date: '2017-05-04', highlight: ['messenger-registration', 'data-localisation'] }),
    ).toMatchFileSnapshot('./__goldens__/mechanism-matrix-2017-05-04.svg');
  });
  it('matches the 1 January 2024 golden', async () => {
    await expect(render({ date: '2024-01-01' })).toMatchFileSnapshot(
      './__goldens__/mechanism-matrix-2024-01-01.svg',
    );
  });
  it('matches the narrow golden (everything recorded)', async () => {
    await expect(render({}, 'narrow')).toMatchFileSnapshot(
      './__goldens__/mechanism-matrix-latest-narrow.svg',
    );
  });

  it('shows a rule once it took effect, and an adopted law as pending', () => {
    expect(attrOf(render({ date: '2017-07-28' }), 'RU:vpn-restrictions', 'class')).toBe('mm-cell mm-k-none');
    expect(attrOf(render({ date: '2017-07-30' }), 'RU:vpn-restrictions', 'class')).toBe(
      'mm-cell mm-k-pending',
    );
    expect(attrOf(render({ date: '2017-11-01' }), 'RU:vpn-restrictions', 'class')).toBe(
      'mm-cell mm-k-in-effect',
    );
    expect(attrOf(render({ date: '2017-07-28' }), 'RU:vpn-restrictions', 'href')).toBeNull();
  });

  it('links each filled cell to its record’s source, and names the law', () => {
    const svg = render({ date: '2017-05-04' });
    expect(attrOf(svg, 'RU:data-localisation', 'href')).toMatch(/^https?:\/\//);
    const t = mechanismMatrix.table(data, { date: '2017-05-04', highlight: [] });
    const row = t.rows.find((r) => r[0] === 'Data localisation')!;
    expect(row[1]).toBe('in force 1 September 2015: Federal Law 242-FZ (personal data localization)');
    expect(row[2]).toMatchObject({ text: expect.stringContaining('ru-law-242fz-in-force-2015') });
    expect(row[3]).toContain('adopted 7 November 2016');
  });

  it('parses states and embed queries', () => {
    expect(mechanismMatrix.parseState({ date: '2017-05-04', highlight: ['data-localisation'] }).ok).toBe(
      true,
    );
    const bad = mechanismMatrix.parseState({ date: '2017-5-4', highlight: 'data-localisation' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problems.map((p) => p.key).sort()).toEqual(['date', 'highlight']);
    expect(mechanismMatrix.refs({ highlight: ['real-name'] })).toEqual({ mechanisms: ['real-name'] });
    expect(
      missingRefs(mechanismMatrix.refs({ highlight: ['mind-control'] }), mapsDataset).map((m) => m.key),
    ).toEqual(['mechanisms']);
    expect(stateFromQuery(new URLSearchParams('date=2017-05-04&colour=red'))).toEqual({
      date: '2017-05-04',
      highlight: [],
    });
  });

  it('draws China’s long-standing controls as in effect, like Russia’s laws (story data)', () => {
    const { dataset } = checkContent(join(import.meta.dirname, '../..'));
    const real = mechanismMatrix.select(dataset!);
    const kind = (day: string, key: string) => cellKind(mmCellsAt(real, day).find((c) => c.key === key)!);
    // The Great Firewall (Golden Shield in operation from November 2003) and Russia's register.
    expect(kind('2025-01-01', 'CN:traffic-filtering')).toBe('in-effect');
    expect(kind('2025-01-01', 'CN:blocklist-register')).toBe('in-effect');
    expect(kind('2025-01-01', 'RU:blocklist-register')).toBe('in-effect');
    expect(kind('2025-01-01', 'CN:platform-bans')).toBe('in-effect');
    expect(kind('2025-01-01', 'CN:vpn-restrictions')).toBe('in-effect');
    expect(kind('2025-01-01', 'CN:real-name')).toBe('in-effect');
    // The Cybersecurity Law: adopted 7 November 2016, pending until it took effect on 1 June 2017.
    expect(kind('2017-05-31', 'CN:data-localisation')).toBe('pending');
    expect(kind('2017-06-01', 'CN:data-localisation')).toBe('in-effect');
    // China's column at the last step of chapter 6 is mostly filled, not mostly empty.
    const cn = mmCellsAt(real, '2025-01-01').filter((c) => c.country === 'CN');
    expect(cn.filter((c) => cellKind(c) === 'in-effect').length).toBeGreaterThan(cn.length / 2);
  });

  it('says an empty cell is a gap in our data, not the absence of a rule', () => {
    const svg = render({ date: '2012-12-31' });
    expect(attrOf(svg, 'RU:data-localisation', 'aria-label')).toMatch(/^Not in our data\. .*not proof/);
    expect(mmLegend().none[0]).toMatch(/no record in our dataset/i);
    expect(mmLegend().none[0]).toMatch(/not proof/);
  });
});

describe('a law’s name in a wide cell', () => {
  it('drops the bracketed gloss or the second name before it cuts, and never cuts a word', () => {
    expect(lawShown('Federal Law 242-FZ (personal data localization)', 235, 12)).toBe('Federal Law 242-FZ');
    expect(lawShown('Проект «Золотой щит» / Великий китайский файрвол', 235, 12)).toBe(
      'Проект «Золотой щит»',
    );
    expect(lawShown('Provisions on Internet User Account Names', 235, 12)).toBe(
      'Provisions on Internet User Account…',
    );
  });
  const { dataset } = checkContent(join(import.meta.dirname, '../..'));
  for (const locale of LOCALES)
    it(`shows whole words in every cell (${locale})`, () => {
      const d = mechanismMatrix.select(localizedDataset(dataset!, locale));
      for (const st of Object.values(d.steps).flat()) {
        const shown = st.shown ?? st.law;
        expect(textWidth(shown, 12)).toBeLessThanOrEqual(235);
        const head = shown.replace(/…$/, '');
        expect(st.law.startsWith(head), shown).toBe(true);
        // What follows the shown words starts a new word (a space or a bracket) or, in Chinese, a new character.
        const next = st.law.slice(head.length, head.length + 1);
        expect(next === '' || /[\s(（\p{Script=Han}]/u.test(next), `${st.law} → ${shown}`).toBe(true);
      }
    });
});
