import { describe, expect, test } from 'vitest';
import {
  FigureError,
  parseFigureState,
  requireAlt,
  requireChart,
  scriptJson,
  standaloneSvg,
} from '../../src/lib/figures';
import {
  ChartPropsSchema,
  propsProblem,
  propsTable,
  ScrollyPropsSchema,
  StepPropsSchema,
} from '../../src/mdx/props';
import { fixtureChart } from '../fixtures/chart';
import { fixtureDataset } from '../fixtures/story/dataset';

const where = { label: '<Step id="s1"> in <Scrolly id="x">', file: 'content/chapters/01-x.mdx:12' };

describe('step state parsing', () => {
  test('a valid state is parsed with defaults', () => {
    expect(parseFigureState(fixtureChart, { label: 'Hi' }, fixtureDataset, where)).toEqual({
      highlight: [],
      label: 'Hi',
    });
    expect(parseFigureState(fixtureChart, undefined, fixtureDataset, where)).toEqual({
      highlight: [],
      label: '',
    });
  });
  test('a wrong key names the file, the step and the key', () => {
    expect(() => parseFigureState(fixtureChart, { higlight: [] }, fixtureDataset, where)).toThrow(
      /content\/chapters\/01-x\.mdx:12 · <Step id="s1"> in <Scrolly id="x"> · field "state\.higlight": unknown key/,
    );
  });
  test('a wrong type names the field', () => {
    expect(() => parseFigureState(fixtureChart, { label: 3 }, fixtureDataset, where)).toThrow(
      /field "state\.label"/,
    );
  });
  test('an id that names no record', () => {
    expect(() =>
      parseFigureState(fixtureChart, { highlight: ['ru-wechat-blok-2017'] }, fixtureDataset, where),
    ).toThrow(/field "state\.events": "ru-wechat-blok-2017" is not an event id/);
  });
  test('an unknown chart lists the known ones', () => {
    expect(() => requireChart('timelin', where)).toThrow(/field "chart": "timelin" is not a chart/);
  });
  test('a missing alt', () => {
    expect(() => requireAlt('  ', where)).toThrow(FigureError);
    expect(() => requireAlt(undefined, where)).toThrow(/field "alt": needs alt=/);
  });
  test('without a known file, the message says how to find it', () => {
    expect(() => requireAlt('', { label: '<Step>' })).toThrow(
      /npm run check:content names the file and line/,
    );
  });
});

describe('component props schemas', () => {
  test('Step: alt required, id kebab-case, unknown props refused', () => {
    expect(StepPropsSchema.safeParse({ alt: 'x', state: {} }).success).toBe(true);
    const noAlt = StepPropsSchema.safeParse({ state: {} });
    expect(noAlt.success).toBe(false);
    if (!noAlt.success) expect(propsProblem(noAlt.error).field).toBe('alt');
    const badId = StepPropsSchema.safeParse({ alt: 'x', id: 'Block Day' });
    if (!badId.success)
      expect(propsProblem(badId.error)).toEqual({ field: 'id', message: expect.stringMatching(/kebab/) });
    const extra = StepPropsSchema.safeParse({ alt: 'x', stat: {} });
    if (!extra.success)
      expect(propsProblem(extra.error)).toEqual({
        field: 'stat',
        message: expect.stringMatching(/unknown prop/),
      });
  });
  test('Scrolly and Chart', () => {
    expect(ScrollyPropsSchema.safeParse({ chart: 'timeline', id: 'wechat-week' }).success).toBe(true);
    expect(ScrollyPropsSchema.safeParse({ chart: 'timeline' }).success).toBe(false);
    expect(ChartPropsSchema.safeParse({ chart: 'world-map', alt: 'A map.' }).success).toBe(true);
  });
  test('props tables come from the schemas', () => {
    const rows = propsTable(StepPropsSchema);
    expect(rows.map((r) => r.name)).toEqual(['id', 'alt', 'state']);
    expect(rows.find((r) => r.name === 'alt')).toMatchObject({ required: true, type: 'string' });
    expect(rows.find((r) => r.name === 'id')?.required).toBe(false);
    expect(propsTable(ScrollyPropsSchema).find((r) => r.name === 'steps')).toMatchObject({
      type: '"left" | "right"',
      def: '"left"',
    });
  });
});

describe('build-time figures', () => {
  test('a standalone SVG has xmlns, size, the alt as title and a style element', () => {
    const svg = standaloneSvg(
      fixtureChart,
      fixtureDataset,
      { highlight: [], label: 'A <b>' },
      'narrow',
      'Alt & text',
    );
    expect(svg).toMatch(/^<\?xml/);
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg).toContain('width="360"');
    expect(svg).toContain('<title>Alt &amp; text</title>');
    expect(svg).toContain('A &lt;b&gt;');
    expect(svg).toContain('<style>');
  });
  test('JSON for a script element cannot close it', () => {
    expect(scriptJson({ t: '</script><script>alert(1)</script>' })).not.toContain('</script');
    expect(JSON.parse(scriptJson({ t: '</script>' }))).toEqual({ t: '</script>' });
  });
});
