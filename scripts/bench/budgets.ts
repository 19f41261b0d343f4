/**
 * The budgets CI enforces (`npm run check:budgets`, tests/e2e/budgets.spec.ts), in one place so
 * the benchmark report shows them next to the measured values. Bytes: gzip -9, 1 kB = 1000 B.
 */
export const BUDGETS = {
  /**
   * Everything the story loads while read to the end, inline scripts included. Issue #12 moved all
   * drawing to build time: the browser fetches each step's drawing and only moves marks between
   * them (src/charts/shared/morph.ts), so no chart code reaches the story (33.0 → 11.8 kB). The
   * editions (#14) add the language switcher and each edition's drawings URL (12.1 kB); the step
   * change in two frames (card, then figure) and the start that reads every section before it
   * writes take it just over 13.0 kB. #12's ceiling is 15 kB; every edition is held to the same budget.
   */
  storyJsGzip: 13_500,
  /**
   * Each edition's story HTML (inline CSS and scripts included). Under Lighthouse's simulated slow
   * 4G the whole document arrives before the first paint, so its bytes are the first screen's
   * wait. One Embed dialog for the page instead of one per figure took the largest edition (/ru/)
   * from 151.6 to 145.2 kB; this holds that. 148 → 150 kB: the corrections log (#13) gained eleven
   * entries and every source's archive link its consulted day, content a reader needs, which took
   * /ru/ from 147.1 to 149.0 kB; structure (a dialog per figure, a drawing twice) must not.
   */
  storyHtmlGzip: 150_000,
  /** Each embed page; a custom state from the query string loads the chart's code on top. */
  embedJsGzip: 3_000,
  /** Requests to any host but the site's own, on every page. */
  otherHostRequests: 0,
  /** Lighthouse scores on the story and an embed. */
  lighthouseAccessibility: 100,
  lighthouseBestPractices: 100,
} as const;
