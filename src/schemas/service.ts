import { z } from 'zod';
import { IdSchema } from './source';

/** An online service that events block, throttle or unblock. */
export const ServiceSchema = z
  .object({
    /** Unique kebab-case id that events refer to in `service`. */
    id: IdSchema,
    /** Name shown to readers, e.g. "Twitter / X". */
    name: z.string().trim().min(1),
    /** Broad kind of service. */
    kind: z.enum(['messenger', 'social', 'video', 'search', 'encyclopedia', 'calls', 'game', 'other']),
    /** Whether the services-by-country matrix shows it. */
    matrix: z.boolean(),
  })
  .strict();
export type Service = z.infer<typeof ServiceSchema>;
