import type { Event } from '../schemas/event';
import type { Figure } from '../schemas/figure';
import type { FotnScale } from '../schemas/fotnScale';
import type { FotnScore } from '../schemas/fotnScore';
import type { Mechanism } from '../schemas/mechanism';
import type { Service } from '../schemas/service';

/** Everything in content/data/, validated. Charts derive what they draw from this alone. */
export interface Dataset {
  events: Event[];
  figures: Figure[];
  fotnScores: FotnScore[];
  fotnScales: FotnScale[];
  services: Service[];
  mechanisms: Mechanism[];
}

/** Any record a chapter can cite. */
export type CitableRecord = Event | Figure | FotnScore | FotnScale;

/** Every citable record by id. */
export function citableById(ds: Dataset): Map<string, CitableRecord> {
  const map = new Map<string, CitableRecord>();
  for (const r of [...ds.events, ...ds.figures, ...ds.fotnScores, ...ds.fotnScales]) map.set(r.id, r);
  return map;
}
