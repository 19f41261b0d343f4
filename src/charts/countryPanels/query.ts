/** Embed query strings for the country panels, without zod (browser); state.ts uses the same rules. */
import { isEdition, LATEST_EDITION } from '../fotnScale';
import { fromQuery, type QueryKinds } from '../queryParse';
import type { StateRefs } from '../types';

export interface CountryPanelsState {
  /** Freedom on the Net edition marked on both panels: 2009 or 2011–2025. */
  year: number;
}

export const countryPanelsDefaultState: CountryPanelsState = { year: LATEST_EDITION };

export const COUNTRY_PANELS_RULES = {
  year: { kind: 'number', valid: (y: number) => typeof y === 'number' && isEdition(y) },
} satisfies QueryKinds;

/** Embed query (`?year=2017`); an invalid year falls back to the default, never throws. */
export function stateFromQuery(params: URLSearchParams): CountryPanelsState {
  return fromQuery(countryPanelsDefaultState, params, COUNTRY_PANELS_RULES);
}

/** The query string for a state (inverse of stateFromQuery), for "copy embed" links. */
export function stateToQuery(state: CountryPanelsState): string {
  return state.year === countryPanelsDefaultState.year ? '' : `year=${state.year}`;
}

/** Ids this state names that must exist in the dataset (the build and embeds check them). */
export function refs(state: CountryPanelsState): StateRefs {
  return { editions: [state.year] };
}
