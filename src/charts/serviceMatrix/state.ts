/** State vocabulary of the "service-matrix" chart. Browser-safe (zod/mini). */
import * as z from 'zod/mini';
import type { StateRefs, StateResult } from '../types';
import { daySchema, fromQuery, idListSchema, parseWith } from '../worldMap/stateParse';

export interface ServiceMatrixState {
  /** Day whose status each cell shows, YYYY-MM-DD; absent = the latest recorded status. */
  date?: string;
  /** Service ids (services.json) whose rows are emphasised. */
  highlight: string[];
}

export const serviceMatrixDefaultState: ServiceMatrixState = { highlight: [] };

export const ServiceMatrixStateSchema = z.strictObject({
  date: z.optional(daySchema),
  highlight: z.optional(idListSchema(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a service id such as "wechat", "telegram"')),
});

export function parseServiceMatrixState(input: unknown): StateResult<ServiceMatrixState> {
  const r = parseWith(ServiceMatrixStateSchema, ['date', 'highlight'], input);
  return r.ok ? { ok: true, state: { ...serviceMatrixDefaultState, ...r.state } as ServiceMatrixState } : r;
}

/** Embed query (`?date=2017-05-04&highlight=wechat,line`); invalid keys fall back, never throws. */
export function stateFromQuery(params: URLSearchParams): ServiceMatrixState {
  return fromQuery(ServiceMatrixStateSchema, serviceMatrixDefaultState, params, { date: 'string', highlight: 'list' }) as ServiceMatrixState;
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
  return ({ services: state.highlight });
}
