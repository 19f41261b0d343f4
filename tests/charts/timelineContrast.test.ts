/**
 * Non-text contrast (WCAG 1.4.11) of the timeline's marks: every colour a mark, a period bar or a
 * cluster is drawn in has at least 3:1 against the page background, in light and dark mode and in
 * the data-theme="dark" block. Colours are read from the stylesheets themselves.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrast, customProperties, resolveVar } from '../support/contrast';

const css = (p: string) => readFileSync(new URL(`../../${p}`, import.meta.url), 'utf8');
/** The timeline's colours live with every chart's in one file. */
const TIMELINE = css('src/charts/shared/theme.css');
const TIMELINE_RULES = css('src/charts/timeline/timeline.css');
const GLOBAL = css('src/styles/global.css');
const DARK = 'prefers-color-scheme: dark';

/** Custom properties that colour marks, period bars and clusters (text has its own 4.5:1 rule). */
const MARK_COLOURS = [
  '--tl-block',
  '--tl-unblock',
  '--tl-throttle',
  '--tl-law',
  '--tl-law-in-force',
  '--tl-regulation',
  '--tl-registry',
  '--tl-other',
  '--tl-cluster',
  '--tl-dim',
];

const themes = {
  light: {
    page: customProperties(GLOBAL, ':root')['--bg']!,
    tl: customProperties(TIMELINE, '.tl'),
  },
  dark: {
    page: { ...customProperties(GLOBAL, ':root'), ...customProperties(GLOBAL, ':root', DARK) }['--bg']!,
    tl: { ...customProperties(TIMELINE, '.tl'), ...customProperties(TIMELINE, '.tl', DARK) },
  },
  'data-theme dark': {
    page: { ...customProperties(GLOBAL, ':root'), ...customProperties(GLOBAL, ':root', DARK) }['--bg']!,
    tl: {
      ...customProperties(TIMELINE, '.tl'),
      ...customProperties(TIMELINE, ":root[data-theme='dark'] .tl"),
    },
  },
};

describe('timeline mark colours', () => {
  it('reads the page backgrounds', () => {
    expect(themes.light.page).toBe('#fdfcfa');
    expect(themes.dark.page).toBe('#141414');
  });

  for (const [name, theme] of Object.entries(themes))
    it(`have at least 3:1 against the page background (${name})`, () => {
      const low: string[] = [];
      for (const prop of MARK_COLOURS) {
        const value = theme.tl[prop];
        expect(value, `${prop} is set`).toBeDefined();
        const colour = resolveVar(value!, theme.tl);
        const ratio = contrast(colour, theme.page);
        if (ratio < 3) low.push(`${prop} ${colour}: ${ratio.toFixed(2)}:1`);
      }
      expect(low).toEqual([]);
    });

  it('draws dimmed marks in an opaque colour, not by fading them', () => {
    // Opacity would blend a mark towards the background (0.3 gave about 1.4:1).
    expect(TIMELINE_RULES).toMatch(/\.tl-mark\.is-dim[^{]*\{[^}]*--c: var\(--tl-dim\)/);
    expect(TIMELINE_RULES).not.toMatch(/\.tl-mark[^{]*\{[^}]*opacity: 0\.\d/);
  });
});
