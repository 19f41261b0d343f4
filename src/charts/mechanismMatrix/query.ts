/** Embed query strings for the mechanismMatrix chart, without zod (browser); state.ts uses the same rules. */
import { fromQuery, ID_RE, isIdList, isRealDay, type QueryKinds } from '../queryParse';
import type { StateRefs } from '../types';

export interface MechanismMatrixState {
  /** Day the matrix shows, YYYY-MM-DD: a cell appears once its rule took effect. Absent = today's picture. */
  date?: string;
  /** Mechanism ids (mechanisms.json) whose rows are emphasised. */
  highlight: string[];
}

export const mechanismMatrixDefaultState: MechanismMatrixState = { highlight: [] };

export const MECHANISM_MATRIX_RULES = {
  date: { kind: 'string', valid: isRealDay },
  highlight: { kind: 'list', valid: isIdList(ID_RE) },
} satisfies QueryKinds;

/** Embed query (`?date=2017-05-04&highlight=data-localisation`); invalid keys fall back, never throws. */
export function stateFromQuery(params: URLSearchParams): MechanismMatrixState {
  return fromQuery(mechanismMatrixDefaultState, params, MECHANISM_MATRIX_RULES);
}

/** The query string for a state (inverse of stateFromQuery), for "copy embed" links. */
export function stateToQuery(state: MechanismMatrixState): string {
  const p = new URLSearchParams();
  if (state.date) p.set('date', state.date);
  if (state.highlight.length) p.set('highlight', state.highlight.join(','));
  return p.toString().replaceAll('%2C', ',');
}

/** Ids this state names that must exist in the dataset (the build and embeds check them). */
export function refs(state: MechanismMatrixState): StateRefs {
  return { mechanisms: state.highlight };
}
