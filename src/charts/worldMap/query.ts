/** Embed query strings for the world map, without zod (browser); state.ts uses the same rules. */
import { isEdition, LATEST_EDITION } from '../fotnScale';
import { COUNTRY_RE, fromQuery, isIdList, type QueryKinds } from '../queryParse';
import type { StateRefs } from '../types';

export interface WorldMapState {
  /** Freedom on the Net edition (report year) whose scores colour the map. */
  year: number;
  /** ISO alpha-2 codes of countries to outline and label besides Russia and China. */
  highlight: string[];
}

export const worldMapDefaultState: WorldMapState = { year: LATEST_EDITION, highlight: [] };

export const WORLD_MAP_RULES = {
  year: { kind: 'number', valid: (y: number) => typeof y === 'number' && isEdition(y) },
  highlight: { kind: 'list', valid: isIdList(COUNTRY_RE) },
} satisfies QueryKinds;

/** Embed query (`?year=2017&highlight=KZ,BY`); invalid keys fall back to defaults, never throws. */
export function stateFromQuery(params: URLSearchParams): WorldMapState {
  const upper = new URLSearchParams(params);
  const hl = params.getAll('highlight');
  if (hl.length) {
    upper.delete('highlight');
    for (const v of hl) upper.append('highlight', v.toUpperCase());
  }
  return fromQuery(worldMapDefaultState, upper, WORLD_MAP_RULES);
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
  return { editions: [state.year], countries: state.highlight };
}
