/** Standalone images carry their colours: var(--…) in attributes is written out for resvg. */
import { describe, expect, test } from 'vitest';
import { resolveVars } from '../../src/lib/figures';

describe('resolveVars', () => {
  const vars = new Map([
    ['--a', '#111111'],
    ['--b', 'var(--a)'],
  ]);
  test('replaces a variable, a nested one, and falls back when it is not defined', () => {
    expect(resolveVars('var(--a)', vars)).toBe('#111111');
    expect(resolveVars('var(--b)', vars)).toBe('#111111');
    expect(resolveVars('var(--bg, #ffffff)', vars)).toBe('#ffffff');
    expect(resolveVars('url(#p) var(--a)', vars)).toBe('url(#p) #111111');
  });
  test('leaves an unknown variable without fallback as it is', () => {
    expect(resolveVars('var(--nope)', vars)).toBe('var(--nope)');
  });
});

describe('a standalone image', () => {
  test('inlines every chart colour, light and dark, and writes its attributes out in light colours', async () => {
    const { serviceMatrix } = await import('../../src/charts/serviceMatrix');
    const { standaloneSvg } = await import('../../src/lib/figures');
    const { fixtureDataset } = await import('../fixtures/story/dataset');
    const svg = standaloneSvg(serviceMatrix, fixtureDataset, { highlight: [] }, 'wide', 'Alt.');
    expect(svg).toContain('--sm-blocked: #7a1f1f');
    expect(svg).toMatch(/prefers-color-scheme: dark[\s\S]*--sm-blocked: #c2463d/);
    expect(svg).not.toMatch(/="[^"]*var\(/);
    expect(svg).toMatch(/fill="#ffffff"/);
  });
});
