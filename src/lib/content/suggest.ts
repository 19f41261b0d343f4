import { distance } from 'fastest-levenshtein';

/**
 * The known names closest to a misspelt one: those a typo away (edits ≤ 30 % of the longer
 * name, at least 1, at most `maxEdits`), and of those only the nearest (ties kept), so a wrong
 * id gets one real hint and a wholly different word gets none.
 */
export function nearest(wrong: string, known: Iterable<string>, maxEdits = Infinity): string[] {
  const w = wrong.toLowerCase();
  let best = Number.POSITIVE_INFINITY;
  let names: string[] = [];
  for (const name of new Set(known)) {
    const d = distance(w, name.toLowerCase());
    const limit = Math.min(maxEdits, Math.max(1, Math.round(Math.max(w.length, name.length) * 0.3)));
    if (d === 0 || d > limit) continue;
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
  maxEdits = Infinity,
): string {
  const near = nearest(wrong, known, maxEdits);
  return near.length ? `; did you mean ${near.map(show).join(' or ')}?` : '';
}
