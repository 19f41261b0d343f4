/** State vocabulary of the "mechanism-matrix" chart: the zod schema for MDX steps (build time). Embeds read URLs with query.ts, on the same rules. */
import * as z from 'zod/mini';
import { ID_RE } from '../queryParse';
import type { StateResult } from '../types';
import { daySchema, idListSchema, parseWith } from '../shared/stateParse';
import { mechanismMatrixDefaultState, type MechanismMatrixState } from './query';

export {
  mechanismMatrixDefaultState,
  refs,
  stateFromQuery,
  stateToQuery,
  type MechanismMatrixState,
} from './query';

export const MechanismMatrixStateSchema = z.strictObject({
  date: z.optional(daySchema),
  highlight: z.optional(idListSchema(ID_RE, 'a mechanism id such as "data-localisation"')),
});

export function parseMechanismMatrixState(input: unknown): StateResult<MechanismMatrixState> {
  const r = parseWith(MechanismMatrixStateSchema, ['date', 'highlight'], input);
  return r.ok
    ? { ok: true, state: { ...mechanismMatrixDefaultState, ...r.state } as MechanismMatrixState }
    : r;
}
