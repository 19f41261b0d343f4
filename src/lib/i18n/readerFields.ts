import type { Event } from '../../schemas/event';
import type { Figure } from '../../schemas/figure';
import type { FotnScale } from '../../schemas/fotnScale';
import type { Mechanism } from '../../schemas/mechanism';
import type { Service } from '../../schemas/service';
import { EventSchema } from '../../schemas/event';
import { FigureSchema } from '../../schemas/figure';
import { FotnScaleSchema } from '../../schemas/fotnScale';
import { MechanismSchema } from '../../schemas/mechanism';
import { ServiceSchema } from '../../schemas/service';
import type { Dataset } from '../dataset';
import type { z } from 'zod';

/**
 * The text in each data file that a reader sees, found by reading how src/ uses each field:
 *
 * - events: `title` (timeline labels, matrices, sources list), `summary` and `dateNote` (the
 *   timeline's details card), `subject` (the law's name in the mechanism matrix), `actor` and
 *   `note` (the downloads), and `quotes`: the words the edition's chapters quote (quoteWordings.ts);
 * - figures: `title` (sources list), `summary`, `unit`, `actor`, `subject`, `note` (downloads);
 * - fotn.json scales: `summary`. Scores carry no prose of their own: `countryName` is localised
 *   from the country code with `Intl.DisplayNames` (see localizedRecord), `status` is an
 *   interface label, and `note` is provenance for researchers (which file, which column) that
 *   stays in English in every edition's download;
 * - services: `name` (matrix rows, span labels), and only where it differs: a service without a
 *   translation keeps its English name (the glossary says which names do differ);
 * - mechanisms: `name`, `short` (matrix rows) and `description`.
 *
 * A field is translated when the English record has it; ids, dates, numbers, sources and every
 * other field are defined once, in content/data/.
 */
export const TRANSLATED = {
  events: {
    file: 'events.json',
    fields: ['title', 'summary', 'actor', 'subject', 'dateNote', 'note'],
    schema: EventSchema,
    // The edition's words for each of the record's quotes, which its chapters put in <Q>.
    quotes: true,
  },
  figures: {
    file: 'figures.json',
    fields: ['title', 'summary', 'unit', 'actor', 'subject', 'note'],
    schema: FigureSchema,
  },
  fotnScales: { file: 'fotn.json', fields: ['summary'], schema: FotnScaleSchema },
  services: { file: 'services.json', fields: ['name'], schema: ServiceSchema, optional: true },
  mechanisms: { file: 'mechanisms.json', fields: ['name', 'short', 'description'], schema: MechanismSchema },
} as const satisfies Partial<
  Record<
    keyof Dataset,
    { file: string; fields: readonly string[]; schema: z.ZodObject; optional?: boolean; quotes?: boolean }
  >
>;

export type TranslatedCollection = keyof typeof TRANSLATED;

/** Records that have translated text. */
export type TranslatableRecord = Event | Figure | FotnScale | Service | Mechanism;

/** The translation files of one edition, one per data file: record id → field → text. */
export type EditionTranslations = Record<string, Record<string, Record<string, string>>>;
