/** State vocabulary of the "world-map" chart. Browser-safe (zod/mini). */
import * as z from 'zod/mini';
import { EDITIONS_IN_WORDS, isEdition, LATEST_EDITION } from '../fotnScale';
import type { StateRefs, StateResult } from '../types';
import { fromQuery, idListSchema, parseWith } from './stateParse';

export interface WorldMapState {
  /** Freedom on the Net edition (report year) whose scores colour the map. */
  year: number;
  /** ISO alpha-2 codes of countries to outline and label besides Russia and China. */
  highlight: string[];
}

export const worldMapDefaultState: WorldMapState = { year: LATEST_EDITION, highlight: [] };

export const WorldMapStateSchema = z.strictObject({
  year: z.optional(
    z
      .number({ error: `expected a Freedom on the Net edition year without quotes: ${EDITIONS_IN_WORDS}` })
      .check(z.refine(isEdition, { error: `expected a Freedom on the Net edition year: ${EDITIONS_IN_WORDS}` })),
  ),
  highlight: z.optional(idListSchema(/^[A-Z]{2}$/, 'an ISO country code in capitals, such as "RU", "KZ"')),
});

const KEYS = ['year', 'highlight'] as const;

export function parseWorldMapState(input: unknown): StateResult<WorldMapState> {
  const r = parseWith(WorldMapStateSchema, KEYS, input);
  return r.ok ? { ok: true, state: { ...worldMapDefaultState, ...r.state } as WorldMapState } : r;
}

/** Embed query (`?year=2017&highlight=KZ,BY`); invalid keys fall back to defaults, never throws. */
export function stateFromQuery(params: URLSearchParams): WorldMapState {
  const upper = new URLSearchParams(params);
  const hl = params.getAll('highlight');
  if (hl.length) {
    upper.delete('highlight');
    for (const v of hl) upper.append('highlight', v.toUpperCase());
  }
  return fromQuery(WorldMapStateSchema, worldMapDefaultState, upper, { year: 'number', highlight: 'list' }) as WorldMapState;
}

/** The query string for a state (inverse of stateFromQuery), for "copy embed" links. */
export function stateToQuery(state: WorldMapState): string {
  const p = new URLSearchParams();
  if (state.year !== worldMapDefaultState.year) p.set('year', String(state.year));
  if (state.highlight.length) p.set('highlight', state.highlight.join(','));
  return p.toString().replaceAll('%2C', ',');
}

/** Ids this state names that must exist in the dataset (the build and embeds check them). */
export function refs(state: WorldMapState): StateRefs {
  return ({ editions: [state.year], countries: state.highlight });
}
