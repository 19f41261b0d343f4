/**
 * A record's sources grouped by publisher, in the order they are first listed, so a publisher is
 * named once however many of its pages a record cites ("TASS (1, 2)", not "TASS; TASS").
 */
export interface PublisherPages {
  publisher: string;
  /** The publisher's pages the record cites, in the record's order, each once. */
  urls: string[];
}

export function byPublisher(sources: readonly { url: string; publisher: string }[]): PublisherPages[] {
  const groups = new Map<string, PublisherPages>();
  for (const s of sources) {
    const key = s.publisher.trim();
    const g = groups.get(key) ?? { publisher: key, urls: [] };
    if (!g.urls.includes(s.url)) g.urls.push(s.url);
    groups.set(key, g);
  }
  return [...groups.values()];
}

/** Each publisher once, in first-listed order. */
export function publisherNames(sources: readonly { url: string; publisher: string }[]): string[] {
  return byPublisher(sources).map((g) => g.publisher);
}
