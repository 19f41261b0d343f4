/**
 * Citation numbers for one page: the first record cited gets [1], and so on, in reading order.
 * The page registers its reading order before rendering; `<Cite>` only looks numbers up.
 */
let order = new Map<string, number>();

export function setCitationOrder(ids: string[]): void {
  order = new Map();
  for (const id of ids) if (!order.has(id)) order.set(id, order.size + 1);
}

export function citationNumber(id: string): number | undefined {
  return order.get(id);
}

/** Anchor id of a record's entry in the sources list. */
export function sourceAnchor(id: string): string {
  return `source-${id}`;
}
