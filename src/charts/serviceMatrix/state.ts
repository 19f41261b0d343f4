/** State vocabulary of the "service-matrix" chart: the zod schema for MDX steps (build time). Embeds read URLs with query.ts, on the same rules. */
import * as z from 'zod/mini';
import { ID_RE } from '../queryParse';
import type { StateResult } from '../types';
import { daySchema, idListSchema, parseWith } from '../shared/stateParse';
import { serviceMatrixDefaultState, type ServiceMatrixState } from './query';

export {
  serviceMatrixDefaultState,
  refs,
  stateFromQuery,
  stateToQuery,
  type ServiceMatrixState,
} from './query';

export const ServiceMatrixStateSchema = z.strictObject({
  date: z.optional(daySchema),
  highlight: z.optional(idListSchema(ID_RE, 'a service id such as "wechat", "telegram"')),
});

export function parseServiceMatrixState(input: unknown): StateResult<ServiceMatrixState> {
  const r = parseWith(ServiceMatrixStateSchema, ['date', 'highlight'], input);
  return r.ok ? { ok: true, state: { ...serviceMatrixDefaultState, ...r.state } as ServiceMatrixState } : r;
}
