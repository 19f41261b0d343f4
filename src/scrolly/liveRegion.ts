/**
 * Announces a step to screen readers through its section's polite live region: the figure's text
 * alternative for that step, not the whole prose (which the reader reaches by reading on). The
 * words come from the page in its edition's language (`data-words` on the live region and the
 * counter, written at build time from src/i18n/<locale>/scrolly.json); English when absent.
 */
export function announce(region: HTMLElement | null, text: string): void {
  if (!region) return;
  // Clearing first makes repeated identical text announce again.
  region.textContent = '';
  window.setTimeout(() => {
    region.textContent = text;
  }, 50);
}

/** `{n}`, `{count}` and `{alt}` of the page's words filled for step `index` (0-based) of `count`. */
function fill(words: string, index: number, count: number, alt = ''): string {
  return words.replace(/\{(n|count|alt)\}/g, (_, k: string) =>
    k === 'n' ? String(index + 1) : k === 'count' ? String(count) : alt,
  );
}

/** What is announced for step `index` (0-based) of `count`. */
export function stepAnnouncement(
  index: number,
  count: number,
  alt: string,
  words = 'Figure, step {n} of {count}: {alt}',
): string {
  return fill(words, index, count, alt);
}

/** The figure's step counter ("Step 2 of 6"). */
export function stepCounter(index: number, count: number, words = 'Step {n} of {count}'): string {
  return fill(words, index, count);
}
