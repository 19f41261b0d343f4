import type { Dataset } from '../schemas/dataset';
import type { Event } from '../schemas/event';
import type { Figure } from '../schemas/figure';
import type { FotnScale } from '../schemas/fotnScale';
import type { FotnScore } from '../schemas/fotnScore';

export type { Dataset } from '../schemas/dataset';

/** Any record a chapter can cite. */
export type CitableRecord = Event | Figure | FotnScore | FotnScale;

/** Every citable record by id. */
export function citableById(ds: Dataset): Map<string, CitableRecord> {
  const map = new Map<string, CitableRecord>();
  for (const r of [...ds.events, ...ds.figures, ...ds.fotnScores, ...ds.fotnScales]) map.set(r.id, r);
  return map;
}
