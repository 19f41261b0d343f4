import type { Event } from './event';
import type { Figure } from './figure';
import type { FotnScale } from './fotnScale';
import type { FotnScore } from './fotnScore';
import type { Mechanism } from './mechanism';
import type { Service } from './service';

/** Everything in content/data/, validated by the schemas beside this file. Charts draw from this alone. */
export interface Dataset {
  events: Event[];
  figures: Figure[];
  fotnScores: FotnScore[];
  fotnScales: FotnScale[];
  services: Service[];
  mechanisms: Mechanism[];
}
