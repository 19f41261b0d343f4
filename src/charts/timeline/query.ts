/**
 * Embed query strings for the timeline, without zod (browser): the same rules as state.ts (both
 * use VALID from constants.ts).
 */
import { normalise, refs, STATE_KEYS, type TimelineState, VALID } from './constants';

export { refs };

/**
 * A state from an embed's query string: `?focus=2017-04-25,2017-05-20&highlight=a,b&annotate=a
 * &countries=RU,CN&categories=block,unblock`. Each key that is missing or invalid falls back to its
 * default, on its own; unknown parameters are ignored. Never throws.
 */
export function stateFromQuery(params: URLSearchParams): TimelineState {
  const state: Record<string, unknown> = {};
  for (const key of STATE_KEYS) {
    const raw = params.get(key);
    if (raw === null) continue;
    const list = raw
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const value = key === 'countries' ? list.map((c) => c.toUpperCase()) : list;
    if (VALID[key](value)) state[key] = normalise(key, value);
  }
  return state as TimelineState;
}

/** The query string for a state (the inverse of stateFromQuery), e.g. for "copy embed" links. */
export function stateToQuery(state: TimelineState): string {
  const p = new URLSearchParams();
  for (const key of STATE_KEYS) {
    const v = state[key];
    if (v?.length) p.set(key, v.join(','));
  }
  return p.toString().replaceAll('%2C', ',');
}
