import { citationOrder, publishedChapters } from '../../lib/chapters';

let cached: Promise<Map<string, number>> | undefined;

/** Citation numbers as the story page assigns them (first cited is 1), without touching its state. */
export function storyCitationNumbers(): Promise<Map<string, number>> {
  cached ??= (async () => {
    const numbers = new Map<string, number>();
    for (const id of citationOrder(await publishedChapters()))
      if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
    return numbers;
  })();
  return cached;
}
