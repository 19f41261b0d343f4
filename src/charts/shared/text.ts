/**
 * Chart text: the one font stack every chart draws in, and the widths of text set in it, measured
 * at build time without a DOM. Arial, Liberation Sans (Linux) and Helvetica (Apple) share the same
 * advance widths, tabulated below (1/1000 em). A device with none of them (Android) falls back to
 * Roboto, which sets English text slightly narrower on average; the 4% slack in textWidth covers
 * the rest. Unknown characters count as a wide-ish 0.6 em. System fonts only: nothing is downloaded.
 */

/** The font stack of all chart text (SVG attribute and `--chart-font` in shared/chart.css). */
export const CHART_FONT = "Arial, 'Liberation Sans', Helvetica, 'Helvetica Neue', Roboto, sans-serif";

// Advance widths for ASCII 32–126, regular and bold.
const REGULAR = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556,
  556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278,
  500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469,
  556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500,
  278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];
const BOLD = [
  278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556,
  556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667, 611, 778, 722, 278,
  556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584,
  556, 333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, 611, 611, 389, 556,
  333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
];
const EXTRA: Record<string, number> = {
  '’': 222,
  '‘': 222,
  '“': 333,
  '”': 333,
  '–': 556,
  '—': 1000,
  '·': 278,
  '…': 1000,
  é: 556,
  ü: 556,
};

/** Width in px of `s` set at `size` px. */
export function textWidth(s: string, size: number, bold = false): number {
  const table = bold ? BOLD : REGULAR;
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    w += c >= 32 && c <= 126 ? table[c - 32]! : (EXTRA[ch] ?? 600);
  }
  // 4% slack for hinting and fallback fonts.
  return (w * size * 1.04) / 1000;
}

/**
 * Words of `s` broken into lines no wider than `max` px. A word wider than `max` on its own (a
 * crowded phone drawing) is split with a hyphen, so no text runs past the figure's edge.
 */
export function wrap(s: string, size: number, max: number, bold = false): string[] {
  const words: string[] = [];
  for (const w of s.split(/\s+/).filter(Boolean)) {
    let rest = w;
    while (rest.length > 3 && textWidth(rest, size, bold) > max) {
      let n = rest.length - 1;
      while (n > 2 && textWidth(`${rest.slice(0, n)}-`, size, bold) > max) n--;
      words.push(`${rest.slice(0, n)}-`);
      rest = rest.slice(n);
    }
    words.push(rest);
  }
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    const next = line ? `${line} ${w}` : w;
    if (line && textWidth(next, size, bold) > max) {
      lines.push(line);
      line = w;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}
