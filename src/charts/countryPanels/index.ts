/**
 * "country-panels": Russia and China side by side, each on a projection that suits it (built at
 * build time), coloured by its Freedom on the Net score for the state's year, with its score
 * over every edition as a small line chart and that year marked.
 *
 * State: `year` (an edition: 2009 or 2011–2025; default 2025).
 */
import type { ChartModule } from '../types';
import {
  type CountryPanelsData,
  countryPanelsTable,
  describeCountryPanels,
  PANELS,
  selectCountryPanels,
} from './model';
import { renderCountryPanels } from './render';
import {
  type CountryPanelsState,
  countryPanelsDefaultState,
  parseCountryPanelsState,
  stateFromQuery,
  stateToQuery,
  refs,
} from './state';

export { stateFromQuery, stateToQuery };
export type { CountryPanelsData, CountryPanelsState };

export const countryPanels: ChartModule<CountryPanelsState, CountryPanelsData> = {
  id: 'country-panels',
  title: 'Russia and China: internet freedom over time',
  parseState: parseCountryPanelsState,
  defaultState: countryPanelsDefaultState,
  refs,
  stateFromQuery,
  stateToQuery,
  select: selectCountryPanels,
  render: renderCountryPanels,
  describe: describeCountryPanels,
  table: countryPanelsTable,
  sizes: {
    wide: { width: PANELS.wide.width, height: PANELS.wide.height },
    narrow: { width: PANELS.narrow.width, height: PANELS.narrow.height },
  },
  stylesheet: 'countryPanels/countryPanels.css',
  source: 'Freedom House, Freedom on the Net (scores as published each year).',
};

export default countryPanels;
