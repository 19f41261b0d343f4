import { spawn } from 'node:child_process';
import { cpSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { withBuildLock } from '../support/buildLock';

/**
 * The editions as built: `astro build` of a content folder with a second English chapter (a
 * section, an unnamed step, a heading, a chart, a quotation) and its ru and zh translations
 * (tests/fixtures/chapters-i18n/good), which carry only words. The built /ru/ and /zh/ must have
 * exactly the English step ids, states, figures and heading anchors, and the edition's words.
 * About 30 s on this machine.
 */
const ROOT = join(import.meta.dirname, '../..');
const FIXTURES = join(ROOT, 'tests/fixtures');
// Inside the project (CONTENT_DIR is relative to it), where git and the linters never look.
const WORK = 'node_modules/.cache/edition-build';
const OUT = `${WORK}-dist`;

let pages: Record<'en' | 'ru' | 'zh', Document>;

beforeAll(async () => {
  const abs = join(ROOT, WORK);
  rmSync(abs, { recursive: true, force: true });
  cpSync(join(FIXTURES, 'content-good'), abs, { recursive: true });
  cpSync(join(FIXTURES, 'i18n/good'), join(abs, 'i18n'), { recursive: true });
  cpSync(join(FIXTURES, 'chapters-i18n/good'), abs, { recursive: true });
  const env: NodeJS.ProcessEnv = { ...process.env, CONTENT_DIR: WORK, ASTRO_TELEMETRY_DISABLED: '1' };
  delete env.VITEST; // the integration leaves checking to Vitest when it sees this
  const { code, output } = await withBuildLock(
    () =>
      new Promise<{ code: number | null; output: string }>((resolve) => {
        // --force: a fresh content layer; the one the last build left can list another test's
        // content folder, deleted since ("failed to resolve import astro:content-layer-deferred-module").
        const child = spawn('npx', ['astro', 'build', '--force', '--outDir', OUT], { cwd: ROOT, env });
        let out = '';
        child.stdout.on('data', (d) => (out += d));
        child.stderr.on('data', (d) => (out += d));
        child.on('close', (c) => resolve({ code: c, output: out }));
      }),
  );
  if (code !== 0) throw new Error(`build failed:\n${output}`);
  const read = (path: string) => parseHTML(readFileSync(join(ROOT, OUT, path), 'utf8')).document;
  pages = { en: read('index.html'), ru: read('ru/index.html'), zh: read('zh/index.html') };
}, 300_000);

afterAll(() => {
  rmSync(join(ROOT, WORK), { recursive: true, force: true });
  rmSync(join(ROOT, OUT), { recursive: true, force: true });
});

/** What must not differ between editions: steps, figures, headings, citations. */
function structure(doc: Document) {
  const all = (sel: string) => [...doc.querySelectorAll(sel)];
  return {
    steps: all('[data-step]').map((s) => [s.id, s.getAttribute('data-state')]),
    sections: all('[data-scrolly]').map((s) => [s.id, s.getAttribute('data-chart')]),
    charts: all('.chart-figure').map((f) => [f.getAttribute('data-chart'), f.getAttribute('data-state')]),
    headings: all('.chapter-body h3, .chapter-body h4').map((h) => [h.tagName, h.id]),
    cites: all('sup.cite a').map((a) => [a.getAttribute('href'), a.textContent]),
  };
}

describe.each(['ru', 'zh'] as const)('the %s edition as built', (locale) => {
  test('has the English step ids, states, figures, heading anchors and citation numbers', () => {
    const en = structure(pages.en);
    expect(en.steps.map((s) => s[0])).toEqual(['block-day', 'week-steps-2']);
    expect(structure(pages[locale])).toEqual(en);
  });

  test('shows the translation: title, headings and a <Q> in its marks, marked as translated', () => {
    const doc = pages[locale];
    const words = {
      ru: ['Неделя WeChat в России', 'День за днём', '«', '»', '(пер. с англ.)'],
      zh: ['微信在俄罗斯的一周', '逐日回顾', '“', '”', '（译自英文）'],
    }[locale];
    expect([...doc.querySelectorAll('.chapter-title')].map((h) => h.textContent?.trim())).toContain(words[0]);
    expect(doc.querySelector('#day-by-day')?.textContent).toBe(words[1]);
    const q = doc.querySelector('q.q');
    expect(q?.textContent?.startsWith(words[2]!)).toBe(true);
    expect(q?.textContent?.endsWith(words[3]!)).toBe(true);
    expect(q?.nextElementSibling?.textContent).toBe(words[4]);
    expect(doc.querySelector('.untranslated-note')).toBeNull();
  });
});
