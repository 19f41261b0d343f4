import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatIssue } from '../../src/lib/content/issue';
import { checkContent } from '../../src/lib/content/loadContent';
import { readEditions } from '../../src/lib/i18n/datasetTranslations';
import {
  checkGlossary,
  followsGlossary,
  type GlossaryTerm,
  readGlossary,
  usesTerm,
} from '../../src/lib/i18n/glossary';

const ROOT = join(import.meta.dirname, '../..');
const rkn: GlossaryTerm = {
  id: 'roskomnadzor',
  kind: 'body',
  en: ['Roskomnadzor'],
  ru: 'Роскомнадзор',
  ruStem: 'Роскомнадзор',
  zh: '俄罗斯联邦通信、信息技术和大众传媒监督局',
  zhShort: '俄联邦通信监管局',
};

describe('matching a term', () => {
  test('English forms match as whole words, with their case', () => {
    const line: GlossaryTerm = { id: 'line', kind: 'service', en: ['Line'], ru: 'Line', zh: 'Line' };
    expect(usesTerm("Line's domains were listed", line)).toBe(true);
    expect(usesTerm('fixed-line networks', line)).toBe(false);
    expect(usesTerm('Online services', line)).toBe(false);
    expect(usesTerm("Roskomnadzor's spokesman", rkn)).toBe(true);
  });

  test('Russian matches on the stem in any case and inflection; Chinese on either form', () => {
    expect(followsGlossary('по данным Роскомнадзора', rkn, 'ru')).toBe(true);
    expect(followsGlossary('РКН заявил', rkn, 'ru')).toBe(false);
    const law: GlossaryTerm = {
      id: 'x',
      kind: 'law',
      en: ['242-FZ'],
      ru: 'Федеральный закон № 242-ФЗ',
      ruStem: '242-ФЗ',
      zh: '第242-FZ号联邦法',
      zhShort: '242-FZ',
    };
    expect(followsGlossary('Федерального закона № 242-ФЗ', law, 'ru')).toBe(true);
    expect(followsGlossary('俄联邦通信监管局表示', rkn, 'zh')).toBe(true);
    expect(followsGlossary('俄罗斯联邦通信、信息技术和大众传媒监督局表示', rkn, 'zh')).toBe(true);
    expect(followsGlossary('俄通信监管机构表示', rkn, 'zh')).toBe(false);
  });
});

describe('readGlossary', () => {
  test('names the line, term and field of each problem: a bad field, a second id, a country given twice', () => {
    const root = mkdtempSync(join(tmpdir(), 'glossary-'));
    try {
      mkdirSync(join(root, 'content/i18n'), { recursive: true });
      const term = (id: string, extra: object = {}) => ({
        id,
        kind: 'place',
        en: [id],
        ru: id,
        zh: id,
        ...extra,
      });
      const write = (terms: object[]) =>
        writeFileSync(join(root, 'content/i18n/glossary.json'), JSON.stringify({ terms }, null, 2));
      write([term('a', { country: 'ua' })]);
      expect(readGlossary(root, 'content').issues.map(formatIssue)).toEqual([
        'content/i18n/glossary.json:3 · record "a" · field "country": expected an ISO 3166-1 alpha-2 country code in capitals, such as "RU" or "CN", got "ua"',
      ]);
      write([term('a', { country: 'UA' }), term('b', { country: 'UA' }), term('a')]);
      expect(readGlossary(root, 'content').issues.map(formatIssue)).toEqual([
        'content/i18n/glossary.json:13 · record "b" · field "country": "UA" is already the country of term "a"',
        'content/i18n/glossary.json:23 · record "a" · field "id": duplicate id; every term needs its own id',
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('content/i18n/glossary.json', () => {
  const { glossary, issues } = readGlossary(ROOT, 'content');
  const { dataset } = checkContent(ROOT, 'content');

  test('is valid, with unique ids', () => {
    expect(issues.map(formatIssue)).toEqual([]);
    expect(glossary!.terms.length).toBeGreaterThan(60);
  });

  test('names the bodies, laws and services of the issue as newsrooms write them', () => {
    const byId = new Map(glossary!.terms.map((t) => [t.id, t]));
    expect(byId.get('roskomnadzor')).toMatchObject({ ru: 'Роскомнадзор', zhShort: '俄联邦通信监管局' });
    expect(byId.get('organizer-of-information-dissemination')).toMatchObject({
      ru: 'организатор распространения информации',
      zh: '信息传播组织者',
    });
    expect(byId.get('law-242-fz')?.ru).toBe('Федеральный закон № 242-ФЗ');
    expect(byId.get('wechat')?.zh).toBe('微信');
    expect(byId.get('tencent')?.zh).toBe('腾讯');
    expect(byId.get('cybersecurity-law')).toMatchObject({
      ru: 'Закон КНР «О кибербезопасности»',
      zh: '《网络安全法》',
    });
  });

  test('covers every service, and every law, regulation and register the events name', () => {
    const named = (text: string) => glossary!.terms.some((t) => usesTerm(text, t));
    const missing = [
      ...dataset!.services.map((s) => s.name),
      ...dataset!.events
        .filter((e) => ['law', 'law-in-force', 'regulation', 'registry'].includes(e.category))
        .map((e) => e.subject),
    ].filter((text) => !named(text));
    expect([...new Set(missing)]).toEqual([]);
  });

  test('covers every body, company and outlet an event or figure names as its actor', () => {
    // Descriptions rather than names ("Chinese authorities") are translated as text, not fixed.
    const generic =
      /^(President|Chinese authorities|Chinese regulators|Telecom operators|sectoral regulators|regional authorities)$/;
    const missing = [...dataset!.events, ...dataset!.figures]
      .flatMap((r) => r.actor.split(' / '))
      .flatMap((a) => [
        a.replace(/\s*\(.*\)$/, ''),
        ...(/\((?:via |citing )?([^,)]+)\)/.exec(a)?.slice(1) ?? []),
      ])
      .filter(
        (a) => !generic.test(a) && !/^spokesman/.test(a) && !glossary!.terms.some((t) => usesTerm(a, t)),
      );
    expect([...new Set(missing)]).toEqual([]);
  });

  test('every term is used: an English form occurs in content/data or the chapters', () => {
    const all = ['events', 'figures', 'fotn', 'services', 'mechanisms']
      .map((f) => readFileSync(join(ROOT, `content/data/${f}.json`), 'utf8'))
      .concat(checkContent(ROOT, 'content').chapters.map((c) => c.text))
      .join('\n');
    expect(glossary!.terms.filter((t) => !usesTerm(all, t)).map((t) => t.id)).toEqual([]);
  });

  test('the real translations use its forms (violations listed with file, record, field and locale)', () => {
    expect(checkGlossary(glossary!, dataset!, readEditions(ROOT, 'content')).map(formatIssue)).toEqual([]);
  });
});
