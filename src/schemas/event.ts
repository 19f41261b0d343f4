import { z } from 'zod';
import { CountryCodeSchema } from './country';
import { PartialDateSchema, PrecisionSchema } from './dates';
import { QuoteSchema } from './quote';
import { ConfidenceSchema, IdSchema, SourcesSchema } from './source';

/** What kind of event a record is; the timeline shows each with its own shape and colour. */
export const CategorySchema = z.enum([
  'block',
  'unblock',
  'throttle',
  'law',
  'law-in-force',
  'regulation',
  'registry',
  'other',
]);
export type Category = z.infer<typeof CategorySchema>;

/** Whether a service can be reached in a country after an event. */
export const ServiceStatusSchema = z.enum(['open', 'throttled', 'blocked']);
export type ServiceStatus = z.infer<typeof ServiceStatusSchema>;

/** One dated event: a block, a law, a registration, a statement. */
export const EventSchema = z
  .object({
    /** Unique kebab-case id; chapters cite it and steps highlight it. Never change a published id. */
    id: IdSchema,
    /** When it happened: YYYY-MM-DD, YYYY-MM or YYYY, matching `precision`. */
    date: PartialDateSchema,
    /** How much of `date` is known: day, month, quarter or year. */
    precision: PrecisionSchema,
    /** Last day of a period (a throttling that ended), when no separate unblock record says so. */
    endDate: PartialDateSchema.optional(),
    /** ISO 3166-1 alpha-2 code of the country where it happened. */
    country: CountryCodeSchema,
    /** Kind of event. */
    category: CategorySchema,
    /** Who acted: a regulator, a court, a company. */
    actor: z.string().trim().min(1),
    /** What it was about: a service, a law, a register. */
    subject: z.string().trim().min(1),
    /** Id of the service in services.json this event blocks, throttles or unblocks. */
    service: IdSchema.optional(),
    /** Status of `service` after this event, when it differs from what `category` implies. */
    serviceStatus: ServiceStatusSchema.optional(),
    /** Ids of the control mechanisms in mechanisms.json this event introduces or applies. */
    mechanisms: z.array(IdSchema).min(1).optional(),
    /** Short label for charts, at most 48 characters. */
    title: z
      .string()
      .trim()
      .min(1)
      .max(48, 'expected a title of at most 48 characters (it labels the chart)'),
    /** One or two sentences in our own words, at most 320 characters. */
    summary: z.string().trim().min(1).max(320, 'expected a summary of at most 320 characters'),
    /** Where the event is reported; at least one. */
    sources: SourcesSchema,
    /** Words the sources quote that the chapters quote too, exactly as written there. */
    quotes: z.array(QuoteSchema).min(1).optional(),
    /** `verified` or `likely` (not found in a stored source; flagged to readers). */
    confidence: ConfidenceSchema,
    /** Why the date is uncertain or disputed. */
    dateNote: z.string().trim().min(1).optional(),
    /** Any other caveat a careful reader should see. */
    note: z.string().trim().min(1).optional(),
  })
  .strict();
export type Event = z.infer<typeof EventSchema>;
