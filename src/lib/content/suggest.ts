import { distance } from 'fastest-levenshtein';

/**
 * The known names closest to a misspelt one: those a typo away (edits ≤ 30 % of the longer
 * name, at least 1), and of those only the nearest (ties kept), so a wrong id gets one real
 * hint and a wholly different word gets none.
 */
export function nearest(wrong: string, known: Iterable<string>): string[] {
  const w = wrong.toLowerCase();
  let best = Number.POSITIVE_INFINITY;
  let names: string[] = [];
  for (const name of new Set(known)) {
    const d = distance(w, name.toLowerCase());
    if (d === 0 || d > Math.max(1, Math.round(Math.max(w.length, name.length) * 0.3))) continue;
    if (d < best) [best, names] = [d, [name]];
    else if (d === best) names.push(name);
  }
  return names.sort().slice(0, 3);
}

/** `; did you mean "a"?` (or `"a" or "b"`), or '' when nothing is close. */
export function didYouMean(
  wrong: string,
  known: Iterable<string>,
  show: (name: string) => string = (n) => `"${n}"`,
): string {
  const near = nearest(wrong, known);
  return near.length ? `; did you mean ${near.map(show).join(' or ')}?` : '';
}
