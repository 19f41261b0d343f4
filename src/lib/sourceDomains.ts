import type { Dataset } from './dataset';

export interface SourceDomain {
  /** Host name without a leading `www.`. */
  domain: string;
  /** Publisher names used for this host in the dataset. */
  publishers: string[];
  /** How many records cite a page on this host. */
  records: number;
}

/** Every web host the dataset cites, with how many records rely on it, most-used first. */
export function sourceDomains(ds: Dataset): SourceDomain[] {
  const byDomain = new Map<string, { publishers: Set<string>; records: Set<string> }>();
  for (const r of [...ds.events, ...ds.figures, ...ds.fotnScores, ...ds.fotnScales]) {
    for (const s of r.sources) {
      const domain = new URL(s.url).hostname.replace(/^www\./, '');
      const entry = byDomain.get(domain) ?? { publishers: new Set(), records: new Set() };
      entry.publishers.add(s.publisher);
      entry.records.add(r.id);
      byDomain.set(domain, entry);
    }
  }
  return [...byDomain]
    .map(([domain, e]) => ({ domain, publishers: [...e.publishers].sort(), records: e.records.size }))
    .sort((a, b) => b.records - a.records || a.domain.localeCompare(b.domain));
}
