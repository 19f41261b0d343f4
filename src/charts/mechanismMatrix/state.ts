/** State vocabulary of the "mechanism-matrix" chart. Browser-safe (zod/mini). */
import * as z from 'zod/mini';
import type { StateRefs, StateResult } from '../types';
import { daySchema, fromQuery, idListSchema, parseWith } from '../worldMap/stateParse';

export interface MechanismMatrixState {
  /** Day the matrix shows, YYYY-MM-DD: a cell appears once its rule took effect. Absent = today's picture. */
  date?: string;
  /** Mechanism ids (mechanisms.json) whose rows are emphasised. */
  highlight: string[];
}

export const mechanismMatrixDefaultState: MechanismMatrixState = { highlight: [] };

export const MechanismMatrixStateSchema = z.strictObject({
  date: z.optional(daySchema),
  highlight: z.optional(idListSchema(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a mechanism id such as "data-localisation"')),
});

export function parseMechanismMatrixState(input: unknown): StateResult<MechanismMatrixState> {
  const r = parseWith(MechanismMatrixStateSchema, ['date', 'highlight'], input);
  return r.ok ? { ok: true, state: { ...mechanismMatrixDefaultState, ...r.state } as MechanismMatrixState } : r;
}

/** Embed query (`?date=2017-05-04&highlight=data-localisation`); invalid keys fall back, never throws. */
export function stateFromQuery(params: URLSearchParams): MechanismMatrixState {
  return fromQuery(MechanismMatrixStateSchema, mechanismMatrixDefaultState, params, { date: 'string', highlight: 'list' }) as MechanismMatrixState;
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
  return ({ mechanisms: state.highlight });
}
