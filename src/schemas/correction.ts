import { z } from 'zod';
import { DaySchema } from './dates';
import { IdSchema } from './source';

/**
 * One change made after publication, shown in the story's "Corrections and updates" section.
 * The latest `date` is the story's "Updated" date.
 */
export const CorrectionSchema = z
  .object({
    /** Day the change was published, YYYY-MM-DD. */
    date: DaySchema,
    /** Anchor of the chapter that changed (its file name without the number), when a chapter changed. */
    chapter: IdSchema.optional(),
    /** Id of the record that changed, when a record changed. */
    record: IdSchema.optional(),
    /** What changed, in one or two plain sentences. */
    change: z.string().trim().min(1, 'expected what changed'),
    /** Why it changed: the error, the better source, the new fact. */
    reason: z.string().trim().min(1, 'expected why it changed'),
  })
  .strict()
  .refine((c) => c.chapter !== undefined || c.record !== undefined, {
    message: 'names neither a chapter nor a record; add "chapter" or "record" (or both)',
  });
export type Correction = z.infer<typeof CorrectionSchema>;
