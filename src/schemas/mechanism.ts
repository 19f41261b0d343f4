import { z } from 'zod';
import { IdSchema } from './source';

/** A kind of internet control (a register of blocked sites, data localisation…). */
export const MechanismSchema = z
  .object({
    /** Unique kebab-case id that events refer to in `mechanisms`. */
    id: IdSchema,
    /** Row label in the comparison matrix, at most 40 characters. */
    name: z.string().trim().min(1).max(40, 'expected a name of at most 40 characters'),
    /** Row label on phones, where the matrix has one line of 12 px text per row: at most 20 characters. */
    short: z.string().trim().min(1).max(20, 'expected a short name of at most 20 characters').optional(),
    /** One plain sentence defining the mechanism in general terms. */
    description: z.string().trim().min(1),
  })
  .strict();
export type Mechanism = z.infer<typeof MechanismSchema>;
