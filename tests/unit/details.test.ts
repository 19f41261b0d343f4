/** src/charts/shared/details.ts on linkedom: the build's file, and the line a mark opens. */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { attachDetails, detailsFile, type MarkDetails } from '../../src/charts/shared/details';

describe('detailsFile', () => {
  it('writes each card once, steps pointing at them by mark key', () => {
    const a: MarkDetails = { title: 'WeChat in Russia: blocked.' };
    const b: MarkDetails = {
      title: 'LINE in Russia: blocked.',
      links: [{ text: 'Source', href: 'https://x.test/' }],
    };
    const file = detailsFile([{ w: a, l: b }, { w: { ...a } }]);
    expect(file.cards).toEqual([a, b]);
    expect(file.steps).toEqual([{ w: 0, l: 1 }, { w: 0 }]);
  });
});

describe('attachDetails', () => {
  it('shows the card of the mark under focus for the step shown, as text, with its source link', async () => {
    const { document, window } = parseHTML(`<html><body><figure>
      <div class="figure-svgs"><svg data-layout="wide"><g data-key="RU:wechat" tabindex="0"><rect></rect></g></svg></div>
      <p class="sm-details" data-details="line" aria-live="polite"></p></figure></body></html>`);
    const file = detailsFile([
      { 'RU:wechat': { title: 'WeChat <b>in</b> Russia: open.' } },
      {
        'RU:wechat': {
          title: 'WeChat in Russia: blocked.',
          links: [{ text: 'Open the source', href: 'https://tass.test/a' }],
        },
      },
    ]);
    // The module checks event targets with the page's Element class.
    (globalThis as { Element?: unknown }).Element = window.Element;
    let step = 1;
    const urls: string[] = [];
    (globalThis as { fetch?: unknown }).fetch = async (url: string) => {
      urls.push(url);
      return { ok: true, json: async () => file };
    };
    const figure = document.querySelector('figure') as unknown as HTMLElement;
    attachDetails(figure, { url: (svg) => `/states/s/${svg.dataset.layout}.json`, step: () => step });
    const mark = document.querySelector('[data-key]')!;
    mark.dispatchEvent(new window.Event('focusin', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 0));
    const line = document.querySelector('.sm-details')!;
    expect(urls).toEqual(['/states/s/wide.json']);
    expect(line.textContent).toBe('WeChat in Russia: blocked. Open the source');
    expect(line.querySelector('a')?.getAttribute('href')).toBe('https://tass.test/a');
    expect(line.querySelector('a')?.getAttribute('rel')).toBe('noopener noreferrer');
    step = 0;
    mark.dispatchEvent(new window.Event('focusin', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 0));
    // Text from data never becomes markup.
    expect(line.textContent).toBe('WeChat <b>in</b> Russia: open.');
    expect(line.querySelector('b')).toBeNull();
    expect(urls).toHaveLength(1);
  });
});
