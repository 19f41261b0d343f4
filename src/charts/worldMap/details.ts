/** The world map's details line: a country's score in the state's edition, and its source. */
import type { ChartDetails, MarkDetails } from '../shared/details';
import { countryDetails, countryLabel, scoresOf, type WorldMapData } from './model';
import type { WorldMapState } from './state';
import { chartText, joinSentences, type Locale } from '../shared/i18n';

function marks(
  data: WorldMapData,
  state: WorldMapState,
  _drawing: SVGSVGElement,
  locale: Locale = 'en',
): Record<string, MarkDetails> {
  const out: Record<string, MarkDetails> = {};
  for (const [code, s] of scoresOf(data, state.year))
    out[code] = {
      title: joinSentences(locale, [
        chartText(locale, 'charts.wm.details', {
          label: countryLabel(data, s, locale),
          year: String(state.year),
        }),
        countryDetails(s, locale),
      ]),
    };
  return out;
}

export const worldMapDetails: ChartDetails<WorldMapState, WorldMapData> = {
  look: 'line',
  className: 'wm-details',
  marks,
};
