import { getCollection } from 'astro:content';
import type { Dataset } from './dataset';

let cached: Promise<Dataset> | undefined;

/** The validated dataset from Astro's content layer, in file order. Build time only. */
export function loadDataset(): Promise<Dataset> {
  cached ??= (async () => {
    const data = async <
      K extends 'events' | 'figures' | 'fotnScores' | 'fotnScales' | 'services' | 'mechanisms',
    >(
      k: K,
    ) => (await getCollection(k)).map((e) => e.data);
    return {
      events: await data('events'),
      figures: await data('figures'),
      fotnScores: await data('fotnScores'),
      fotnScales: await data('fotnScales'),
      services: await data('services'),
      mechanisms: await data('mechanisms'),
    } as Dataset;
  })();
  return cached;
}
