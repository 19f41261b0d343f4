/**
 * Legal terms and names the chapters may put in quotation marks without quoting anyone: the
 * wording of a law or the name a law is known by. Any other quotation must be a quote a cited
 * record holds (see quoteRule.ts). Keep this list short; add a term only when it is the law's
 * own wording or its common name, not a remark.
 */
export const QUOTED_TERMS: readonly string[] = [
  'organizers of information dissemination',
  'Yarovaya package',
  'sovereign internet',
  'bloggers law',
  'landing law',
  'false information',
  'white lists',
];
