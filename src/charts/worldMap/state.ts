/** State vocabulary of the "world-map" chart: the zod schema for MDX steps (build time). Embeds read URLs with query.ts, on the same rules. */
import * as z from 'zod/mini';
import { EDITIONS_IN_WORDS, isEdition } from '../fotnScale';
import { COUNTRY_RE } from '../queryParse';
import type { StateResult } from '../types';
import { worldMapDefaultState, type WorldMapState } from './query';
import { idListSchema, parseWith } from '../shared/stateParse';

export { refs, stateFromQuery, stateToQuery, worldMapDefaultState, type WorldMapState } from './query';

export const WorldMapStateSchema = z.strictObject({
  year: z.optional(
    z
      .number({ error: `expected a Freedom on the Net edition year without quotes: ${EDITIONS_IN_WORDS}` })
      .check(
        z.refine(isEdition, { error: `expected a Freedom on the Net edition year: ${EDITIONS_IN_WORDS}` }),
      ),
  ),
  highlight: z.optional(idListSchema(COUNTRY_RE, 'an ISO country code in capitals, such as "RU", "KZ"')),
});

const KEYS = ['year', 'highlight'] as const;

export function parseWorldMapState(input: unknown): StateResult<WorldMapState> {
  const r = parseWith(WorldMapStateSchema, KEYS, input);
  return r.ok ? { ok: true, state: { ...worldMapDefaultState, ...r.state } as WorldMapState } : r;
}
