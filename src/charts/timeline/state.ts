/**
 * The timeline's state vocabulary: the zod schema MDX steps and static figures are checked with
 * (build time). The rule for each key lives in constants.ts (no zod), which the browser uses for
 * embed query strings (query.ts), so both accept exactly the same values.
 *
 * Every key is optional; a missing key means its default.
 *
 * | key        | example                                         | default                                   |
 * |------------|-------------------------------------------------|-------------------------------------------|
 * | focus      | `focus: ["2017-04-25", "2017-05-20"]`           | 2009-01-01 to the end of the last event's year |
 * | highlight  | `highlight: ["ru-wechat-block-2017"]`           | nothing highlighted                        |
 * | annotate   | `annotate: ["ru-wechat-block-2017"]` (≤ 3)      | no callouts                                |
 * | countries  | `countries: ["RU"]`                             | `["RU", "CN"]`                             |
 * | categories | `categories: ["block", "unblock"]`              | all eight categories                       |
 */
import * as z from 'zod/mini';
import type { StateResult } from '../types';
import {
  CATEGORIES,
  MAX_CALLOUTS,
  normalise,
  STATE_KEYS,
  type StateKey as Key,
  type TimelineState,
  VALID,
} from './constants';

export {
  CATEGORIES,
  DEFAULT_COUNTRIES,
  DEFAULT_START,
  isDay,
  MAX_CALLOUTS,
  refs,
  STATE_KEYS,
  type TimelineCategory,
  type TimelineState,
} from './constants';
export { stateFromQuery, stateToQuery } from './query';

/** A zod schema for a key, checked by the same predicate embeds use (constants.ts). */
const rule = (key: Key) => z.custom<unknown>(VALID[key]);

/** One schema per key, with the message an editor sees when the value does not fit. */
const KEYS: Record<Key, { schema: z.ZodMiniType; message: string }> = {
  focus: {
    schema: rule('focus'),
    message:
      'expected two dates [start, end] written YYYY-MM-DD, start before end, e.g. ["2017-04-25", "2017-05-20"]',
  },
  highlight: {
    schema: rule('highlight'),
    message: 'expected a list of event ids from content/data/events.json, e.g. ["ru-wechat-block-2017"]',
  },
  annotate: {
    schema: rule('annotate'),
    message: `expected a list of 1 to ${MAX_CALLOUTS} event ids to call out, e.g. ["ru-wechat-block-2017"]`,
  },
  countries: {
    schema: rule('countries'),
    message: 'expected a list of ISO country codes in capitals, e.g. ["RU", "CN"]',
  },
  categories: {
    schema: rule('categories'),
    message: `expected a list taken from ${CATEGORIES.map((c) => `"${c}"`).join(', ')}`,
  },
};

/** The state a figure shows when a step or URL says nothing: everything, RU and CN. */
export const defaultState: TimelineState = {};

/**
 * Checks a state written in MDX (`state={{…}}`) or built from a URL. Unknown keys and bad values
 * are reported one by one, with the key and a sentence an editor can act on.
 */
export function parseState(input: unknown): StateResult<TimelineState> {
  if (input === undefined || input === null) return { ok: true, state: {} };
  if (typeof input !== 'object' || Array.isArray(input))
    return {
      ok: false,
      problems: [
        { key: '', message: 'expected a state object such as { focus: ["2017-04-25", "2017-05-20"] }' },
      ],
    };
  const problems: { key: string; message: string }[] = [];
  const state: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    const spec = (KEYS as Record<string, (typeof KEYS)[Key]>)[key];
    if (!spec) {
      problems.push({
        key,
        message: `unknown key "${key}"; a timeline state may use ${STATE_KEYS.join(', ')}`,
      });
      continue;
    }
    if (value === undefined) continue;
    const r = spec.schema.safeParse(value);
    if (!r.success) problems.push({ key, message: `${key}: ${spec.message}` });
    else state[key] = normalise(key as Key, r.data);
  }
  return problems.length ? { ok: false, problems } : { ok: true, state: state as TimelineState };
}
