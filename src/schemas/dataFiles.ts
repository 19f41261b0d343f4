import { z } from 'zod';
import { CorrectionSchema } from './correction';
import { EventSchema } from './event';
import { FigureSchema } from './figure';
import { FotnScaleSchema } from './fotnScale';
import { FotnScoreSchema } from './fotnScore';
import { MechanismSchema } from './mechanism';
import { ServiceSchema } from './service';

/** Path of the JSON Schema an editor's code editor uses, relative to the data file. */
const $schema = z.string().optional();

/**
 * The shape of each file in content/data/, for the generated JSON Schemas
 * (content/data/schema/*.schema.json) that give editors autocompletion.
 */
export const DataFileSchemas = {
  events: z.object({ $schema, events: z.array(EventSchema) }).strict(),
  figures: z.object({ $schema, figures: z.array(FigureSchema) }).strict(),
  fotn: z.object({ $schema, scales: z.array(FotnScaleSchema), scores: z.array(FotnScoreSchema) }).strict(),
  services: z.object({ $schema, services: z.array(ServiceSchema) }).strict(),
  mechanisms: z.object({ $schema, mechanisms: z.array(MechanismSchema) }).strict(),
  corrections: z.object({ $schema, corrections: z.array(CorrectionSchema) }).strict(),
};
