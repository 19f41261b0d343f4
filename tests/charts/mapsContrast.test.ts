/**
 * Non-text contrast (WCAG 1.4.11) of the maps and the mechanisms matrix, computed from the
 * stylesheets in light and dark mode against the page background.
 *
 * A choropleth's fills are a sequential scale: ten steps cannot all stand 3:1 from the page and
 * from each other, and its light end (or, in dark mode, its dark end) is close to the background.
 * What a reader needs to perceive each graphical object is its boundary, and the values are also
 * given as text (labels, the focus details line, the data table). So the rule we hold the maps to:
 * every country shape and dot, and every legend swatch, has an edge with >= 3:1 against the
 * background; the key-country outline, focus ring and axis lines reach 3:1 too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrast, cssRules, customProperties, resolveVar } from '../support/contrast';

const read = (p: string) => readFileSync(join(import.meta.dirname, '../..', p), 'utf8');
const globalCss = read('src/styles/global.css');
/** Every chart colour, light and dark. */
const theme = read('src/charts/shared/theme.css');
const DARK = 'prefers-color-scheme: dark';
const modes = [
  { name: 'light', media: undefined },
  { name: 'dark', media: DARK },
] as const;

/** Custom properties of `selector` in a mode (the dark block overrides the light one). */
function props(css: string, selector: string, media?: string) {
  const light = customProperties(css, selector);
  return media ? { ...light, ...customProperties(css, selector, media) } : light;
}
const bgOf = (media?: string) => props(globalCss, ':root', media)['--bg']!;

/** The value of `property` in the (top-level) rule whose selector is exactly `selector`. */
function decl(css: string, selector: string, property: string): string | undefined {
  return cssRules(css).find((r) => !r.media && r.selector === selector)?.decls[property];
}

describe('world map: every mark has an edge of >= 3:1 against the page', () => {
  const css = read('src/charts/worldMap/worldMap.css');
  it('draws country shapes and dots with the border colour, not a hairline', () => {
    expect(decl(css, '.wm-country', 'stroke')).toBe('var(--wm-border)');
    expect(Number(decl(css, '.wm-country', 'stroke-width'))).toBeGreaterThanOrEqual(0.5);
    expect(decl(css, '.wm-na-swatch, .wm-legend rect', 'stroke')).toBe('var(--wm-border)');
  });
  for (const { name, media } of modes)
    it(`${name}: border, key outline, focus ring and axis lines >= 3:1`, () => {
      const p = props(theme, '.wm', media);
      const bg = bgOf(media);
      for (const v of ['--wm-border', '--wm-key', '--wm-focus', '--wm-muted'])
        expect(contrast(resolveVar(`var(${v})`, p), bg), `${v} on ${bg}`).toBeGreaterThanOrEqual(3);
    });
});

describe('country panels: the focus country is outlined at >= 3:1', () => {
  const css = read('src/charts/countryPanels/countryPanels.css');
  it('outlines the country with the line colour', () =>
    expect(decl(css, '.cp-country', 'stroke')).toBe('var(--cp-line)'));
  for (const { name, media } of modes)
    it(`${name}: outline, line and year marker >= 3:1`, () => {
      const p = props(theme, '.cp', media);
      const bg = bgOf(media);
      for (const v of ['--cp-line', '--cp-accent', '--cp-muted'])
        expect(contrast(resolveVar(`var(${v})`, p), bg), `${v} on ${bg}`).toBeGreaterThanOrEqual(3);
    });
});

describe('mechanisms matrix: each kind of cell is told apart from the page at >= 3:1', () => {
  const css = read('src/charts/mechanismMatrix/mechanismMatrix.css');
  it('edges: pending and undated cells in the pending blue, empty cells in the muted grey', () => {
    expect(decl(css, '.mm-k-pending .mm-box', 'stroke')).toBe('var(--mm-pending)');
    expect(decl(css, '.mm-k-undated .mm-box', 'stroke')).toBe('var(--mm-pending)');
    expect(decl(css, '.mm-k-none .mm-box', 'stroke')).toBe('var(--mm-muted)');
  });
  for (const { name, media } of modes)
    it(`${name}: in-effect fill, pending/undated edge, empty-cell edge >= 3:1`, () => {
      const p = props(theme, '.mm', media);
      const bg = bgOf(media);
      for (const v of ['--mm-force', '--mm-pending', '--mm-muted'])
        expect(contrast(resolveVar(`var(${v})`, p), bg), `${v} on ${bg}`).toBeGreaterThanOrEqual(3);
    });
});
