/** Embed query strings for the serviceMatrix chart, without zod (browser); state.ts uses the same rules. */
import { fromQuery, ID_RE, isIdList, isRealDay, type QueryKinds } from '../queryParse';
import type { StateRefs } from '../types';

export interface ServiceMatrixState {
  /** Day whose status each cell shows, YYYY-MM-DD; absent = the latest recorded status. */
  date?: string;
  /** Service ids (services.json) whose rows are emphasised. */
  highlight: string[];
}

export const serviceMatrixDefaultState: ServiceMatrixState = { highlight: [] };

export const SERVICE_MATRIX_RULES = {
  date: { kind: 'string', valid: isRealDay },
  highlight: { kind: 'list', valid: isIdList(ID_RE) },
} satisfies QueryKinds;

/** Embed query (`?date=2017-05-04&highlight=wechat,line`); invalid keys fall back, never throws. */
export function stateFromQuery(params: URLSearchParams): ServiceMatrixState {
  return fromQuery(serviceMatrixDefaultState, params, SERVICE_MATRIX_RULES);
}

/** The query string for a state (inverse of stateFromQuery), for "copy embed" links. */
export function stateToQuery(state: ServiceMatrixState): string {
  const p = new URLSearchParams();
  if (state.date) p.set('date', state.date);
  if (state.highlight.length) p.set('highlight', state.highlight.join(','));
  return p.toString().replaceAll('%2C', ',');
}

/** Ids this state names that must exist in the dataset (the build and embeds check them). */
export function refs(state: ServiceMatrixState): StateRefs {
  return { services: state.highlight };
}
