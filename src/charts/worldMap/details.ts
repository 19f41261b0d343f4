/** The world map's details line: a country's score in the state's edition, and its source. */
import type { ChartDetails, MarkDetails } from '../shared/details';
import { countryDetails, countryLabel, scoresOf, type WorldMapData } from './model';
import type { WorldMapState } from './state';

function marks(data: WorldMapData, state: WorldMapState): Record<string, MarkDetails> {
  const out: Record<string, MarkDetails> = {};
  for (const [code, s] of scoresOf(data, state.year))
    out[code] = { title: `${countryLabel(data, s)} (${state.year}). ${countryDetails(s)}` };
  return out;
}

export const worldMapDetails: ChartDetails<WorldMapState, WorldMapData> = {
  look: 'line',
  className: 'wm-details',
  marks,
};
