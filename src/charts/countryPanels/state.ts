/** State vocabulary of the "country-panels" chart: the zod schema for MDX steps (build time). Embeds read URLs with query.ts, on the same rules. */
import * as z from 'zod/mini';
import { EDITIONS_IN_WORDS, isEdition } from '../fotnScale';
import type { StateResult } from '../types';
import { parseWith } from '../shared/stateParse';
import { countryPanelsDefaultState, type CountryPanelsState } from './query';

export {
  countryPanelsDefaultState,
  refs,
  stateFromQuery,
  stateToQuery,
  type CountryPanelsState,
} from './query';

export const CountryPanelsStateSchema = z.strictObject({
  year: z.optional(
    z
      .number({ error: `expected a Freedom on the Net edition year without quotes: ${EDITIONS_IN_WORDS}` })
      .check(
        z.refine(isEdition, { error: `expected a Freedom on the Net edition year: ${EDITIONS_IN_WORDS}` }),
      ),
  ),
});

export function parseCountryPanelsState(input: unknown): StateResult<CountryPanelsState> {
  const r = parseWith(CountryPanelsStateSchema, ['year'], input);
  return r.ok ? { ok: true, state: { ...countryPanelsDefaultState, ...r.state } as CountryPanelsState } : r;
}
