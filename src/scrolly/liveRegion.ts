/**
 * Announces a step to screen readers through its section's polite live region: the figure's text
 * alternative for that step, not the whole prose (which the reader reaches by reading on).
 */
export function announce(region: HTMLElement | null, text: string): void {
  if (!region) return;
  // Clearing first makes repeated identical text announce again.
  region.textContent = '';
  window.setTimeout(() => {
    region.textContent = text;
  }, 50);
}

/** What is announced for step `index` (0-based) of `count`. */
export function stepAnnouncement(index: number, count: number, alt: string): string {
  return `Figure, step ${index + 1} of ${count}: ${alt}`;
}
