import { describe, expect, it } from 'vitest';
import { dropAtMedia, inlineStyles, parseRules, specificity, svgToPng } from '../../src/embed/png';

const SVG = `<svg xmlns="http://www.w3.org/2000/svg" class="tl" viewBox="0 0 40 20" width="40" height="20">
<style>
.tl { --ink: #111; --block: #d55e00; --unblock: #009e73; }
@media (prefers-color-scheme: dark) { .tl { --ink: #eee; --block: #ff7a2e; } }
.tl .cat-block { --c: var(--block); }
.tl .cat-unblock { --c: var(--unblock); }
.tl .mark { fill: var(--c); stroke: var(--ink, black); }
.tl .cat-unblock .mark { fill: none; stroke: var(--c); }
.tl .mark:focus-visible { stroke: magenta; }
.tl text { fill: var(--ink); font-size: 13px; }
</style>
<g class="cat-block"><rect class="mark" id="a" width="10" height="10"/></g>
<g class="cat-unblock"><rect class="mark" id="b" x="20" width="10" height="10" style="opacity:0.5"/></g>
<text id="t" y="18">Hi</text>
</svg>`;

describe('static images: stylesheet flattening for resvg', () => {
  it('drops @media blocks with their nested rules', () => {
    expect(dropAtMedia('a{x:1} @media (x) { b{y:2} c{z:3} } d{w:4}')).toBe('a{x:1}  d{w:4}');
  });

  it('orders selectors by specificity', () => {
    expect(specificity('.tl .a .b')).toBeGreaterThan(specificity('.tl .a'));
    expect(specificity('#x')).toBeGreaterThan(specificity('.a.b.c'));
    expect(specificity('.tl text')).toBe(101);
    expect(parseRules('a, .b { x: 1; --y: 2 !important }').map((r) => r.selector)).toEqual(['a', '.b']);
  });

  it('resolves scoped custom properties element by element, in the light scheme', () => {
    const out = inlineStyles(SVG);
    expect(out).not.toContain('<style');
    expect(out).not.toContain('var(');
    expect(out).toMatch(
      /id="a"[^>]*style="fill:#d55e00;stroke:#111"|style="fill:#d55e00;stroke:#111"[^>]*id="a"/,
    );
    // The more specific rule wins; the element's own style attribute still comes last.
    expect(out).toMatch(/style="fill:none;stroke:#009e73;opacity:0.5"/);
    expect(out).toMatch(/style="fill:#111;font-size:13px"/);
    expect(out).not.toContain('magenta');
  });

  it('rasterises with text (system fonts) to a PNG of the asked width', async () => {
    const png = await svgToPng(SVG, 400);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(400);
    expect(png.readUInt32BE(20)).toBe(200);
  });

  it('draws Latin, Cyrillic and Chinese glyphs, not missing-glyph boxes, with the fonts it loads', async () => {
    const png = (words: string) =>
      svgToPng(
        `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="60" font-family="Arial, 'Liberation Sans', sans-serif"><text x="4" y="40" font-size="32">${words}</text></svg>`,
        200,
      );
    // Two words of the same length draw alike only when both are boxes.
    for (const [a, b] of [
      ['Web', 'Hat'],
      ['Шаг', 'Дом'],
      ['微信', '封锁'],
    ] as const)
      expect((await png(a)).equals(await png(b)), `${a} and ${b} are drawn as themselves`).toBe(false);
  });
});
