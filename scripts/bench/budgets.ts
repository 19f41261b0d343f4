/**
 * The budgets CI enforces (`npm run check:budgets`, tests/e2e/budgets.spec.ts), in one place so
 * the benchmark report shows them next to the measured values. Bytes: gzip -9, 1 kB = 1000 B.
 */
export const BUDGETS = {
  /**
   * Everything the story loads while read to the end, inline scripts included. 32 kB since the
   * keyboard and screen-reader work of issue #11 (roving focus in the charts, focus that stays on
   * the step controls, live announcements, sticky-figure scroll margins): about 1.5 kB gzip.
   */
  storyJsGzip: 32_000,
  /** Each embed page. */
  embedJsGzip: 12_000,
  /** Requests to any host but the site's own, on every page. */
  otherHostRequests: 0,
  /** Lighthouse scores on the story and an embed. */
  lighthouseAccessibility: 100,
  lighthouseBestPractices: 100,
} as const;
