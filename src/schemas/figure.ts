import { z } from 'zod';
import { CountryCodeSchema } from './country';
import { PartialDateSchema, PrecisionSchema } from './dates';
import { ConfidenceSchema, IdSchema, SourcesSchema } from './source';

/** A number at a date: WeChat's monthly active accounts, internet users, a register's size. */
export const FigureSchema = z
  .object({
    /** Unique kebab-case id. */
    id: IdSchema,
    /** Which series the number belongs to, e.g. `wechat-mau`, `internet-users`. */
    series: IdSchema,
    /** Date the number describes (quarter figures use the quarter's last day). */
    date: PartialDateSchema,
    /** How much of `date` is known. */
    precision: PrecisionSchema,
    /** ISO 3166-1 alpha-2 code of the country the number is about. */
    country: CountryCodeSchema,
    /** The number, in `unit`. */
    value: z.number({ message: 'expected a number (no quotes, no thousands separators)' }),
    /** What the number counts, e.g. "million monthly active accounts". */
    unit: z.string().trim().min(1),
    /** Who published it. */
    actor: z.string().trim().min(1),
    /** What it measures. */
    subject: z.string().trim().min(1),
    /** Short label, at most 48 characters. */
    title: z.string().trim().min(1).max(48, 'expected a title of at most 48 characters'),
    /** One or two sentences in our own words. */
    summary: z.string().trim().min(1).max(320, 'expected a summary of at most 320 characters'),
    /** Where the number is published; at least one. */
    sources: SourcesSchema,
    /** `verified` or `likely`. */
    confidence: ConfidenceSchema,
    /** Caveats: rounding, secondary sources, definitions. */
    note: z.string().trim().min(1).optional(),
  })
  .strict();
export type Figure = z.infer<typeof FigureSchema>;
