import { z } from 'zod';
import { ConfidenceSchema, IdSchema, SourcesSchema } from './source';

/** Which end of Freedom on the Net's 0–100 scale is the bad end. */
export const FotnDirectionSchema = z.enum(['0=most-free', '0=least-free']);
export type FotnDirection = z.infer<typeof FotnDirectionSchema>;

/** The status bands of one scale, each an inclusive [low, high] range. */
export const FotnBandsSchema = z
  .object({
    /** Scores counted as Free. */
    Free: z.tuple([z.number(), z.number()]),
    /** Scores counted as Partly Free. */
    'Partly Free': z.tuple([z.number(), z.number()]),
    /** Scores counted as Not Free. */
    'Not Free': z.tuple([z.number(), z.number()]),
  })
  .strict();

/** A Freedom on the Net scoring scale and the editions that used it. */
export const FotnScaleSchema = z
  .object({
    /** Unique kebab-case id. */
    id: IdSchema,
    /** First edition (report year) that used this scale. */
    fromEdition: z.number().int().min(2009),
    /** Last edition that used it; absent while the scale is current. */
    toEdition: z.number().int().min(2009).optional(),
    /** `0=most-free` (editions to 2018) or `0=least-free` (from 2019). */
    direction: FotnDirectionSchema,
    /** Status bands on this scale. */
    bands: FotnBandsSchema,
    /** The scale in our own words. */
    summary: z.string().trim().min(1),
    /** Where the scale is documented. */
    sources: SourcesSchema,
    /** `verified` or `likely`. */
    confidence: ConfidenceSchema,
  })
  .strict();
export type FotnScale = z.infer<typeof FotnScaleSchema>;
