/**
 * (Copy of the timeline branch's tests/support/contrast.ts, same API: merge into one.)
 * WCAG 2.x contrast for tests: colour parsing, relative luminance, contrast ratio, and a small
 * reader of CSS custom properties per selector and media block, so a test can check a chart's
 * stylesheet (light and dark) against the page background. Shared by the timeline and the maps.
 */

export type Rgb = [number, number, number];

/** `#rgb`, `#rrggbb` or `rgb(r g b)` / `rgb(r, g, b)` → [r, g, b] in 0–255; throws on anything else. */
export function parseColor(value: string): Rgb {
  const s = value.trim().toLowerCase();
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(s);
  if (short) return [1, 2, 3].map((i) => parseInt(short[i]! + short[i]!, 16)) as Rgb;
  const long = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/.exec(s);
  if (long) return [1, 2, 3].map((i) => parseInt(long[i]!, 16)) as Rgb;
  const fn = /^rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)\s*(?:[/,]\s*[\d.]+%?\s*)?\)$/.exec(s);
  if (fn) return [1, 2, 3].map((i) => Number(fn[i])) as Rgb;
  throw new Error(`not a colour this helper reads: "${value}"`);
}

/** Relative luminance (WCAG 2.x definition, sRGB). */
export function luminance([r, g, b]: Rgb): number {
  const lin = (c: number) => {
    const v = c / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** Contrast ratio between two colours (1–21), in either order. */
export function contrast(a: string | Rgb, b: string | Rgb): number {
  const la = luminance(typeof a === 'string' ? parseColor(a) : a);
  const lb = luminance(typeof b === 'string' ? parseColor(b) : b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** `fg` drawn at `opacity` over `bg`, as the colour a reader sees. */
export function blend(fg: string | Rgb, bg: string | Rgb, opacity: number): Rgb {
  const f = typeof fg === 'string' ? parseColor(fg) : fg;
  const g = typeof bg === 'string' ? parseColor(bg) : bg;
  return [0, 1, 2].map((i) => Math.round(f[i]! * opacity + g[i]! * (1 - opacity))) as Rgb;
}

export interface CssRule {
  /** The enclosing at-rule prelude (`@media (prefers-color-scheme: dark)`), or '' at top level. */
  media: string;
  selector: string;
  /** Declarations, property → value (custom properties included, comments removed). */
  decls: Record<string, string>;
}

/** The style rules of a stylesheet, one level of nested @media/@container/@supports blocks deep. */
export function cssRules(css: string): CssRule[] {
  const src = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const out: CssRule[] = [];
  const walk = (text: string, media: string) => {
    let i = 0;
    while (i < text.length) {
      const open = text.indexOf('{', i);
      if (open < 0) break;
      const prelude = text.slice(i, open).trim();
      // Find the matching brace.
      let depth = 1;
      let j = open + 1;
      while (j < text.length && depth > 0) {
        if (text[j] === '{') depth++;
        else if (text[j] === '}') depth--;
        j++;
      }
      const body = text.slice(open + 1, j - 1);
      if (prelude.startsWith('@')) walk(body, prelude);
      else {
        const decls: Record<string, string> = {};
        for (const d of body.split(';')) {
          const k = d.indexOf(':');
          if (k > 0) decls[d.slice(0, k).trim()] = d.slice(k + 1).trim();
        }
        out.push({ media, selector: prelude.replace(/\s+/g, ' '), decls });
      }
      i = j;
    }
  };
  walk(src, '');
  return out;
}

/**
 * Custom properties set on `selector` (exact match after whitespace folding), top-level rules
 * first, then those inside at-rules whose prelude includes `media` when it is given.
 */
export function customProperties(css: string, selector: string, media?: string): Record<string, string> {
  const props: Record<string, string> = {};
  for (const r of cssRules(css)) {
    if (r.selector !== selector) continue;
    if (r.media && (!media || !r.media.includes(media))) continue;
    for (const [k, v] of Object.entries(r.decls)) if (k.startsWith('--')) props[k] = v;
  }
  return props;
}

/** Resolves `var(--x, fallback)` against `props` (one level of fallback), else returns `value`. */
export function resolveVar(value: string, props: Record<string, string>): string {
  const m = /^var\(\s*(--[\w-]+)\s*(?:,\s*([^)]+))?\)$/.exec(value.trim());
  if (!m) return value.trim();
  const v = props[m[1]!];
  return v !== undefined ? resolveVar(v, props) : (m[2]?.trim() ?? value);
}
