import { z } from 'zod';
import { CountryCodeSchema } from './country';
import { PartialDateSchema } from './dates';
import { FotnDirectionSchema } from './fotnScale';
import { ConfidenceSchema, IdSchema, SourcesSchema } from './source';

/** Freedom House's three status labels. */
export const FotnStatusSchema = z.enum(['Free', 'Partly Free', 'Not Free']);
export type FotnStatus = z.infer<typeof FotnStatusSchema>;

/** One country's Freedom on the Net total score in one edition, as published. */
export const FotnScoreSchema = z
  .object({
    /** `fotn-<edition>-<lowercase country code>`, e.g. `fotn-2017-ru`. */
    id: IdSchema,
    /** ISO 3166-1 alpha-2 country code. */
    country: CountryCodeSchema,
    /** Country name as Freedom House writes it. */
    countryName: z.string().trim().min(1),
    /** Report year (an edition covers June of the year before to May of this year). */
    edition: z.number().int().min(2009).max(2100),
    /** Total score 0–100 on the edition's own scale, as published. */
    score: z.number().min(0).max(100),
    /** Direction of that scale; must match the scale in force for the edition. */
    scale: FotnDirectionSchema,
    /** Status Freedom House gave (or derived from the score bands; `note` says so). */
    status: FotnStatusSchema,
    /** Publication date of the edition, when known. */
    published: PartialDateSchema.optional(),
    /** Where the score is published; at least one. */
    sources: SourcesSchema,
    /** `verified` or `likely`. */
    confidence: ConfidenceSchema,
    /** Provenance and caveats (secondary sources, computed totals). */
    note: z.string().trim().min(1).optional(),
  })
  .strict();
export type FotnScore = z.infer<typeof FotnScoreSchema>;
