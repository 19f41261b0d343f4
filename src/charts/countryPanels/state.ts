/** State vocabulary of the "country-panels" chart. Browser-safe (zod/mini). */
import * as z from 'zod/mini';
import { EDITIONS_IN_WORDS, isEdition, LATEST_EDITION } from '../fotnScale';
import type { StateRefs, StateResult } from '../types';
import { fromQuery, parseWith } from '../worldMap/stateParse';

export interface CountryPanelsState {
  /** Freedom on the Net edition marked on both panels: 2009 or 2011–2025. */
  year: number;
}

export const countryPanelsDefaultState: CountryPanelsState = { year: LATEST_EDITION };

export const CountryPanelsStateSchema = z.strictObject({
  year: z.optional(
    z
      .number({ error: `expected a Freedom on the Net edition year without quotes: ${EDITIONS_IN_WORDS}` })
      .check(z.refine(isEdition, { error: `expected a Freedom on the Net edition year: ${EDITIONS_IN_WORDS}` })),
  ),
});

export function parseCountryPanelsState(input: unknown): StateResult<CountryPanelsState> {
  const r = parseWith(CountryPanelsStateSchema, ['year'], input);
  return r.ok ? { ok: true, state: { ...countryPanelsDefaultState, ...r.state } as CountryPanelsState } : r;
}

/** Embed query (`?year=2017`); an invalid year falls back to the default, never throws. */
export function stateFromQuery(params: URLSearchParams): CountryPanelsState {
  return fromQuery(CountryPanelsStateSchema, countryPanelsDefaultState, params, { year: 'number' }) as CountryPanelsState;
}

/** The query string for a state (inverse of stateFromQuery), for "copy embed" links. */
export function stateToQuery(state: CountryPanelsState): string {
  return state.year === countryPanelsDefaultState.year ? '' : `year=${state.year}`;
}

/** Ids this state names that must exist in the dataset (the build and embeds check them). */
export function refs(state: CountryPanelsState): StateRefs {
  return ({ editions: [state.year] });
}
