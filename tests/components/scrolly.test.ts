import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { registerChart } from '../../src/charts/registry';
import Chart from '../../src/mdx/Chart.astro';
import Scrolly from '../../src/mdx/Scrolly.astro';
import Step from '../../src/mdx/Step.astro';
import { fixtureChart } from '../fixtures/chart';
import { fixtureDataset } from '../fixtures/story/dataset';

vi.mock('../../src/lib/loadDataset', () => ({ loadDataset: async () => fixtureDataset }));
vi.mock('../../src/lib/storyFigures', () => ({
  locateFigure: async (q: { scrolly?: string }) =>
    q.scrolly === 'located' ? 'content/chapters/04-x.mdx:7' : undefined,
  // The Embed button asks for the story's step figures (chapter steppers); the fixture story has none.
  editionFigures: async () => [],
}));

let container: AstroContainer;
beforeAll(async () => {
  registerChart(fixtureChart);
  container = await AstroContainer.create();
});

async function step(props: Record<string, unknown>, prose = '<p>Prose.</p>') {
  return container.renderToString(Step, { props, slots: { default: prose } });
}
async function scrolly(props: Record<string, unknown>, steps: string[]) {
  const html = await container.renderToString(Scrolly, { props, slots: { default: steps.join('\n') } });
  return { html, document: parseHTML(`<!doctype html><html><body>${html}</body></html>`).document };
}

describe('<Step>', () => {
  test('carries its state and alt as data, with its prose, a static figure and a share link', async () => {
    const html = await step({ id: 'a', alt: 'Alt A.', state: { label: 'A' } });
    const { document } = parseHTML(html);
    const el = document.querySelector('[data-step]')!;
    expect(el.id).toBe('a');
    expect(JSON.parse(el.getAttribute('data-state')!)).toEqual({ label: 'A' });
    expect(el.getAttribute('data-alt')).toBe('Alt A.');
    expect(el.querySelector('.step-body p')?.textContent).toBe('Prose.');
    expect(el.querySelector('.step-figure img')?.getAttribute('alt')).toBe('Alt A.');
    expect(el.querySelector('a[data-share]')).not.toBeNull();
  });
  test('a missing alt stops the build', async () => {
    await expect(step({ id: 'a', state: {} })).rejects.toThrow(/<Step id="a"> · field "alt": is required/);
  });
  test('an id that is not kebab-case stops the build', async () => {
    await expect(step({ id: 'Block Day', alt: 'x' })).rejects.toThrow(/field "id": must be kebab-case/);
  });
  test('a misspelt prop stops the build', async () => {
    await expect(step({ id: 'a', alt: 'x', stat: {} })).rejects.toThrow(/field "stat": unknown prop/);
  });
});

describe('<Scrolly>', () => {
  test('renders the sticky figure in the first state and numbers steps without an id', async () => {
    const steps = [
      await step({ id: 's-one', alt: 'One.', state: { label: 'One' } }),
      await step({ alt: 'Two.', state: { highlight: ['ru-wechat-block-2017'] } }),
    ];
    const { document } = await scrolly({ chart: 'fixture', id: 'sec' }, steps);
    const section = document.querySelector('section.scrolly')!;
    expect(section.id).toBe('sec');
    const figure = section.querySelector('.scrolly-figure')!;
    expect(figure.getAttribute('data-chart')).toBe('fixture');
    expect(figure.getAttribute('data-active-step')).toBe('s-one');
    expect(JSON.parse(figure.getAttribute('data-state')!)).toEqual({ highlight: [], label: 'One' });
    // Both layouts are in the HTML; CSS picks one.
    expect(figure.querySelectorAll('svg[data-layout]').length).toBe(2);
    expect(figure.querySelector('svg[data-layout="wide"] .fixture-label')?.textContent).toBe('One');
    const stepEls = [...section.querySelectorAll('[data-step]')];
    expect(stepEls.map((s) => s.id)).toEqual(['s-one', 'sec-2']);
    // States are stored parsed, with the chart's defaults.
    expect(JSON.parse(stepEls[1]!.getAttribute('data-state')!)).toEqual({
      highlight: ['ru-wechat-block-2017'],
      label: '',
    });
    // Each step points at its own static figure, in both layouts, with its size.
    const img = stepEls[1]!.querySelector('.step-figure img')!;
    expect(img.getAttribute('src')).toBe('/figures/sec-2.svg');
    expect(img.getAttribute('width')).toBe('640');
    expect(stepEls[1]!.querySelector('.step-figure source')?.getAttribute('srcset')).toBe(
      '/figures/narrow/sec-2.svg',
    );
    expect(stepEls[1]!.querySelector('a[data-share]')?.getAttribute('href')).toBe('#sec-2');
    // Controls, live region and the linear view for no-script and print. No chart data: the
    // browser gets each step's drawing (src/pages/states/), not the data to draw it.
    expect(section.querySelector('[data-prev]')).not.toBeNull();
    expect(section.querySelector('[data-next]')).not.toBeNull();
    expect(section.querySelector('[aria-live="polite"]')).not.toBeNull();
    expect(document.querySelector('script[type="application/json"]:not([data-embed-editions])')).toBeNull();
    // The linear view for print and for phones too short for a pinned figure beside a card.
    const linear = document.querySelector('link[data-scrolly-linear]');
    expect(linear?.getAttribute('media')).toBe('print, (max-width: 600px) and (max-height: 460px)');
    expect(linear?.getAttribute('data-scrolly-linear')).toBe(linear?.getAttribute('media'));
  });

  test('a wrong state key stops the build, naming the step and the key', async () => {
    const steps = [await step({ id: 'bad', alt: 'x', state: { focus: ['2017-01-01'] } })];
    await expect(scrolly({ chart: 'fixture', id: 'sec' }, steps)).rejects.toThrow(
      /<Step id="bad"> in <Scrolly id="sec"> · field "state\.focus": unknown key/,
    );
  });
  test('an unknown record id stops the build', async () => {
    const steps = [await step({ id: 'bad', alt: 'x', state: { highlight: ['no-such-event'] } })];
    await expect(scrolly({ chart: 'fixture', id: 'sec' }, steps)).rejects.toThrow(
      /"no-such-event" is not an event id/,
    );
  });
  test('an unknown chart stops the build', async () => {
    const steps = [await step({ id: 'x', alt: 'x' })];
    await expect(scrolly({ chart: 'timelin', id: 'sec' }, steps)).rejects.toThrow(
      /<Scrolly id="sec"> · field "chart": "timelin" is not a chart/,
    );
  });
  test('the chapter file is named when the section is found in the story', async () => {
    const steps = [await step({ id: 'bad', alt: 'x', state: { nope: 1 } })];
    await expect(scrolly({ chart: 'fixture', id: 'located' }, steps)).rejects.toThrow(
      /^content\/chapters\/04-x\.mdx:7 · <Step id="bad"> in <Scrolly id="located">/,
    );
  });
  test('a section without steps, or without an id, stops the build', async () => {
    await expect(scrolly({ chart: 'fixture', id: 'sec' }, [])).rejects.toThrow(/has no <Step>/);
    await expect(scrolly({ chart: 'fixture' }, [])).rejects.toThrow(/<Scrolly> · field "id": is required/);
  });
});

describe('<Chart>', () => {
  test('draws a static figure with caption and data table', async () => {
    const html = await container.renderToString(Chart, {
      props: { chart: 'fixture', alt: 'Imo returns.', state: { highlight: ['ru-imo-unblock-2017'] } },
    });
    const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
    const fig = document.querySelector('figure.chart-figure')!;
    expect(fig.querySelector('svg[data-layout="wide"]')?.getAttribute('aria-label')).toBe('Imo returns.');
    expect(fig.querySelector('figcaption')?.textContent).toContain('Fixture: events as dots');
    // The caption is the figure's last child (valid HTML); the numbers follow the figure.
    expect(fig.lastElementChild?.tagName.toLowerCase()).toBe('figcaption');
    const table = fig.nextElementSibling?.querySelector('details.data-table table');
    expect(table?.querySelectorAll('tbody tr').length).toBe(fixtureDataset.events.length);
  });
  test('a missing alt or a bad state stops the build', async () => {
    await expect(container.renderToString(Chart, { props: { chart: 'fixture', state: {} } })).rejects.toThrow(
      /<Chart chart="fixture"> · field "alt"/,
    );
    await expect(
      container.renderToString(Chart, { props: { chart: 'fixture', alt: 'x', state: { highlight: 'imo' } } }),
    ).rejects.toThrow(/field "state\.highlight"/);
  });
});
