/**
 * Chart text: the one font stack every chart draws in, and the widths of text set in it, measured
 * at build time without a DOM. Arial, Liberation Sans (Linux) and Helvetica (Apple) share the same
 * advance widths, tabulated below (1/1000 em; Latin and Cyrillic, read from Liberation Sans with
 * fontkitten). A device with none of them (Android) falls back to Roboto, which sets text slightly
 * narrower on average; the 4% slack in textWidth covers the rest. Chinese characters and full-width
 * punctuation come from the system's CJK font (PingFang, Microsoft YaHei, Noto Sans CJK), which sets
 * every one of them 1 em wide. Unknown characters count as a wide-ish 0.6 em. System fonts only:
 * nothing is downloaded.
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
// Cyrillic А–я (U+0410–U+044F), regular and bold.
const CYRILLIC = [
  667, 656, 667, 542, 677, 667, 923, 604, 719, 719, 583, 656, 833, 722, 778, 719, 667, 722, 611, 635, 760,
  667, 740, 667, 917, 938, 792, 885, 656, 719, 1010, 722, 556, 573, 531, 365, 583, 556, 669, 458, 559, 559,
  438, 583, 688, 552, 556, 542, 556, 500, 458, 500, 823, 500, 573, 521, 802, 823, 625, 719, 521, 510, 750,
  542,
];
const CYRILLIC_BOLD = [
  722, 719, 722, 567, 712, 667, 904, 626, 719, 719, 610, 702, 833, 722, 778, 719, 667, 722, 611, 622, 854,
  667, 730, 703, 1005, 1019, 870, 979, 719, 711, 1031, 719, 556, 618, 615, 417, 635, 556, 709, 497, 615, 615,
  500, 635, 740, 604, 611, 604, 611, 556, 490, 556, 875, 556, 615, 581, 833, 844, 729, 854, 615, 552, 854,
  583,
];
const EXTRA: Record<string, number> = {
  Ё: 667,
  ё: 556,
  '«': 556,
  '»': 556,
  '№': 1073,
  '\u00a0': 278,
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

/** Han characters, kana, CJK and full-width punctuation: each set 1 em wide. */
const FULL_WIDTH = /[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff01-\uff60\uffe0-\uffe6]/u;

/** Width in px of `s` set at `size` px. */
export function textWidth(s: string, size: number, bold = false): number {
  const table = bold ? BOLD : REGULAR;
  const cyrillic = bold ? CYRILLIC_BOLD : CYRILLIC;
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    w +=
      c >= 32 && c <= 126
        ? table[c - 32]!
        : c >= 0x410 && c <= 0x44f
          ? cyrillic[c - 0x410]!
          : FULL_WIDTH.test(ch)
            ? 1000
            : (EXTRA[ch] ?? 600);
  }
  // 4% slack for hinting and fallback fonts.
  return (w * size * 1.04) / 1000;
}

/**
 * Words of `s` broken into lines no wider than `max` px. A word wider than `max` on its own (a
 * crowded phone drawing) is split with a hyphen (hyphenPoint), so no text runs past the figure's edge.
 */
export function wrap(s: string, size: number, max: number, bold = false): string[] {
  // Each piece, and whether a space sets it off from the one before.
  const words: { text: string; spaced: boolean }[] = [];
  for (const w of s.split(/\s+/).filter(Boolean))
    breakable(w).forEach((piece, i) => {
      let rest = piece;
      while (rest.length > 3 && textWidth(rest, size, bold) > max) {
        let n = rest.length - 1;
        while (n > 2 && textWidth(`${rest.slice(0, n)}-`, size, bold) > max) n--;
        n = hyphenPoint(rest, n);
        const head = rest.slice(0, n);
        words.push({ text: head.endsWith('-') ? head : `${head}-`, spaced: i === 0 });
        rest = rest.slice(n);
      }
      words.push({ text: rest, spaced: i === 0 });
    });
  const lines: string[] = [];
  let line = '';
  for (const { text: w, spaced } of words) {
    const next = line ? `${line}${spaced ? ' ' : ''}${w}` : w;
    if (line && textWidth(next, size, bold) > max) {
      lines.push(line);
      line = w;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

const VOWEL = /[aeiouyаеёиоуыэюя]/iu;

/**
 * Where to split a word too wide for its line, at or before `n` characters: after a hyphen the
 * word already has, or else the last place between two syllables as Russian typesetting allows it
 * (and English reads it): each part keeps a vowel and two letters, ь, ъ and й stay with the letter
 * before them, and the break falls after a vowel before a consonant and vowel or another vowel
 * (изви-няется, бло-кировку, Face-book), or between two consonants that are not one sound
 * (блокиров-ку; We-Chat, not WeC-hat). Without such a place, at `n`.
 */
export function hyphenPoint(word: string, n: number): number {
  for (let k = n; k >= 2; k--) if (word[k - 1] === '-') return k;
  const ok = (k: number) => {
    const a = /\p{L}+$/u.exec(word.slice(0, k))?.[0] ?? '';
    const b = /^\p{L}+/u.exec(word.slice(k))?.[0] ?? '';
    return VOWEL.test(a) && VOWEL.test(b) && a.length >= 2 && b.length >= 2 && !/^[ьъй]/iu.test(b);
  };
  const oneSound = (s: string) => /^(ch|ck|gh|ph|sh|th|wh)$/i.test(s);
  const syllable = (k: number) => {
    const [p, c, d] = [word[k - 1]!, word[k]!, word[k + 1] ?? ''];
    return VOWEL.test(p)
      ? VOWEL.test(c) || VOWEL.test(d) || oneSound(c + d)
      : !VOWEL.test(c) && !oneSound(p + c);
  };
  for (let k = n; k >= 2; k--) if (ok(k) && syllable(k)) return k;
  return n;
}

// Chinese punctuation that may not start a line, and that may not end one (GB/T 15834 line breaking).
const NO_START = /^[，。、；：！？）》」』”’…·％]/u;
const NO_END = /[（《「『“‘]$/u;

/**
 * The pieces of a space-free run between which a line may break: Chinese breaks between any two
 * characters (closing punctuation stays with the character before it, opening with the one after),
 * Latin and Cyrillic words and numbers inside it stay whole. Text without CJK is one piece.
 */
export function breakable(word: string): string[] {
  if (!FULL_WIDTH.test(word)) return [word];
  const out: string[] = [];
  for (const [piece] of word.matchAll(
    /[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff01-\uff60\uffe0-\uffe6]|[^\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff01-\uff60\uffe0-\uffe6]+/gu,
  )) {
    const last = out.length - 1;
    if (last >= 0 && (NO_START.test(piece) || NO_END.test(out[last]!))) out[last] += piece;
    else out.push(piece);
  }
  return out;
}
