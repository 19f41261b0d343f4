import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, test } from 'vitest';
import Sources from '../../src/components/Sources.astro';
import type { CitableRecord } from '../../src/lib/dataset';
import { fixtureDataset } from '../fixtures/story/dataset';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

async function render(records: CitableRecord[]) {
  const html = await container.renderToString(Sources, { props: { records } });
  return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
}

const [first, second] = fixtureDataset.events as CitableRecord[];

describe('<Sources> intro', () => {
  // The methods chapter once described "likely" records the dataset did not hold (issue #13);
  // the list's own intro must not repeat that.
  test('says nothing of records marked likely when no cited record is', async () => {
    const doc = await render([first!, second!]);
    const intro = doc.querySelector('.sources-intro')!.textContent!;
    expect(intro).toContain('thinly sourced');
    expect(intro).not.toMatch(/likely/i);
    expect(doc.querySelector('.flag-likely')).toBeNull();
  });

  test('explains the flag when a cited record is marked likely', async () => {
    const doc = await render([first!, { ...second!, confidence: 'likely' } as CitableRecord]);
    const intro = doc.querySelector('.sources-intro')!;
    expect(intro.textContent).toMatch(/Records marked likely were widely reported/);
    expect([...intro.querySelectorAll('em')].map((e) => e.textContent)).toEqual(['thinly sourced', 'likely']);
    expect(doc.querySelectorAll('.flag-likely')).toHaveLength(1);
  });
});

describe('<Sources> archive links', () => {
  test('each page links its archived copy, except a page that is itself a capture in the archive', async () => {
    const capture =
      'https://web.archive.org/web/20140227204727/http:/www.google.com/hostednews/afp/article/x';
    const doc = await render([
      {
        ...first!,
        sources: [
          { url: 'https://example.org/a', publisher: 'A', kind: 'news', accessed: '2026-12-02' },
          { url: capture, publisher: 'Internet Archive (AFP)', kind: 'news' },
        ],
      } as CitableRecord,
    ]);
    const archived = [...doc.querySelectorAll('a.archived')].map((a) => a.getAttribute('href'));
    expect(archived).toEqual(['https://web.archive.org/web/20261202/https://example.org/a']);
    expect([...doc.querySelectorAll('.source-links a')].map((a) => a.getAttribute('href'))).toContain(
      capture,
    );
  });
});
