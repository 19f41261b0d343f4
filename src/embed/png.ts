/**
 * Build time only: a PNG from a standalone chart SVG, with @resvg/resvg-js (no browser).
 *
 * resvg knows neither custom properties nor @media, and the charts colour their marks with
 * scoped custom properties (`.tl-cat-block { --c: … }`, `fill: var(--c)`). So the SVG's stylesheet
 * is applied first, element by element, as inline styles with every var() resolved, in the light
 * scheme (@media blocks, i.e. dark mode, are dropped). Text uses the system's sans-serif
 * (Liberation Sans on the build machines; see `fc-list`).
 */
import { execFileSync } from 'node:child_process';
import { renderAsync } from '@resvg/resvg-js';
import { DOMParser } from 'linkedom';

const SANS = ['Liberation Sans', 'DejaVu Sans', 'Arial', 'Helvetica'];
const SERIF = 'DejaVu Serif';

let fontFiles: string[] | undefined | null = null;
/**
 * The font files a chart's text can be drawn with: the sans and serif families above and the
 * fonts that cover Chinese, found once per build with fontconfig, rather than every face on the
 * system, through which resvg looked up each Chinese character: a Chinese step figure draws about
 * a quarter faster (725 → 532 ms a figure, interleaved, on the loaded build machine; English
 * unchanged), and the PNGs are byte for byte the same. Undefined without fontconfig: then every
 * system font is loaded.
 */
function chartFontFiles(): string[] | undefined {
  if (fontFiles !== null) return fontFiles;
  try {
    const list = (pattern: string) =>
      execFileSync('fc-list', [pattern, 'file'], { encoding: 'utf8' })
        .split('\n')
        .map((l) => l.trim().replace(/:$/, ''))
        .filter(Boolean);
    const files = [...new Set([...SANS, SERIF, ':lang=zh'].flatMap(list))].sort();
    fontFiles = files.length ? files : undefined;
  } catch {
    fontFiles = undefined;
  }
  return fontFiles;
}

/** Remove `@media … { … }` blocks (with their nested rules). */
export function dropAtMedia(css: string): string {
  let out = '';
  let i = 0;
  while (i < css.length) {
    const at = css.indexOf('@media', i);
    if (at === -1) {
      out += css.slice(i);
      break;
    }
    out += css.slice(i, at);
    const open = css.indexOf('{', at);
    if (open === -1) break;
    let depth = 1;
    let j = open + 1;
    while (j < css.length && depth > 0) {
      if (css[j] === '{') depth++;
      else if (css[j] === '}') depth--;
      j++;
    }
    i = j;
  }
  return out;
}

interface Rule {
  selector: string;
  specificity: number;
  order: number;
  decls: [string, string][];
}

/** Rules of a stylesheet without at-rules or comments: `a, b { x: y }` → one rule per selector. */
export function parseRules(css: string): Rule[] {
  const text = dropAtMedia(css.replace(/\/\*[\s\S]*?\*\//g, '')).replace(/@[a-z-]+[^{;]*;/gi, '');
  const rules: Rule[] = [];
  let order = 0;
  for (const m of text.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const decls: [string, string][] = [];
    for (const d of m[2]!.split(';')) {
      const i = d.indexOf(':');
      if (i < 0) continue;
      const name = d.slice(0, i).trim();
      const value = d
        .slice(i + 1)
        .replace(/!important\s*$/i, '')
        .trim();
      if (name && value) decls.push([name, value]);
    }
    if (!decls.length) continue;
    for (const selector of m[1]!
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean)) {
      rules.push({ selector, specificity: specificity(selector), order: order++, decls });
    }
  }
  return rules;
}

/** CSS specificity as one comparable number (ids, classes/attributes/pseudo-classes, types). */
export function specificity(selector: string): number {
  const s = selector.replace(/\[[^\]]*\]/g, ' .x ').replace(/::[a-z-]+/gi, ' t ');
  const ids = (s.match(/#[\w-]+/g) ?? []).length;
  const classes = (s.match(/\.[\w-]+|:[\w-]+(\([^)]*\))?/g) ?? []).length;
  const types = (s.replace(/[#.:][\w-]+(\([^)]*\))?/g, ' ').match(/(^|[\s>+~])[a-z][\w-]*/gi) ?? []).length;
  return ids * 10000 + classes * 100 + types;
}

const VAR_RE = /var\(\s*(--[A-Za-z0-9_-]+)\s*(?:,\s*([^()]*(?:\([^()]*\)[^()]*)*))?\)/g;

function resolveVars(value: string, custom: Map<string, string>): string {
  let out = value;
  for (let pass = 0; pass < 5 && out.includes('var('); pass++) {
    out = out.replace(
      VAR_RE,
      (_, name: string, fallback?: string) => custom.get(name) ?? fallback?.trim() ?? 'initial',
    );
  }
  return out;
}

function matches(el: Element, selector: string): boolean {
  // Interaction states never apply to a still image.
  if (/:(hover|focus|focus-visible|focus-within|active|visited)\b/.test(selector)) return false;
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

/**
 * Apply the SVG's own stylesheet as inline styles, element by element, with custom properties
 * resolved where they are used (scoped values such as `.cat-block { --c: … }` included), and
 * drop the <style>: resvg then sees exactly what a browser in light mode would draw.
 */
export function inlineStyles(svg: string): string {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml') as unknown as Document;
  const root = doc.documentElement;
  const styles = [...root.querySelectorAll('style')];
  const rules = parseRules(styles.map((s) => s.textContent ?? '').join('\n')).sort(
    (a, b) => a.specificity - b.specificity || a.order - b.order,
  );
  for (const s of styles) s.remove();
  const walk = (el: Element, inherited: Map<string, string>) => {
    const matched = rules.filter((r) => matches(el, r.selector));
    const custom = new Map(inherited);
    for (const r of matched)
      for (const [k, v] of r.decls) if (k.startsWith('--')) custom.set(k, resolveVars(v, custom));
    const props = new Map<string, string>();
    for (const r of matched)
      for (const [k, v] of r.decls) if (!k.startsWith('--')) props.set(k, resolveVars(v, custom));
    const own = el.getAttribute('style');
    if (props.size) {
      const css = [...props].map(([k, v]) => `${k}:${v}`).join(';');
      el.setAttribute('style', own ? `${css};${resolveVars(own, custom)}` : css);
    } else if (own?.includes('var(')) el.setAttribute('style', resolveVars(own, custom));
    for (const child of el.children) walk(child, custom);
  };
  walk(root, new Map());
  return String(doc).replace(/^<\?xml[^>]*>\s*/, '');
}

/**
 * Rasterise a standalone SVG to a PNG `width` px wide, on the site's light background. Async
 * because resvg then draws on libuv's thread pool: with the build's page concurrency (astro.config
 * build.concurrency) the ~110 step and chart images of three editions draw on the second core
 * while the first renders pages.
 */
export async function svgToPng(svg: string, width: number): Promise<Buffer> {
  const image = await renderAsync(inlineStyles(svg), {
    fitTo: { mode: 'width', value: width },
    background: '#fdfcfa',
    font: {
      loadSystemFonts: !chartFontFiles(),
      fontFiles: chartFontFiles() ?? [],
      defaultFontFamily: SANS[0],
      sansSerifFamily: SANS[0],
      serifFamily: SERIF,
    },
    shapeRendering: 2,
    textRendering: 1,
  });
  return image.asPng();
}
