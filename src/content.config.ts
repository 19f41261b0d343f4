// Wiring only: where each collection lives and which schema checks it (src/schemas/).
// The cross-record rules run before the build in src/integrations/contentCheck.ts.
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { ChapterSchema } from './schemas/chapter';
import { ChapterTranslationSchema } from './schemas/chapterTranslation';
import { chapterTranslationsLoader } from './lib/i18n/chapterTranslationsLoader';
import { EventSchema } from './schemas/event';
import { FigureSchema } from './schemas/figure';
import { FotnScaleSchema } from './schemas/fotnScale';
import { FotnScoreSchema } from './schemas/fotnScore';
import { MechanismSchema } from './schemas/mechanism';
import { ServiceSchema } from './schemas/service';

const contentDir = process.env.CONTENT_DIR ?? 'content';

/** A collection from the list stored under `key` in a data file (the file also holds `$schema`). */
function listIn(name: string, key: string) {
  return file(`${contentDir}/data/${name}`, {
    parser: (text) => (JSON.parse(text) as Record<string, Record<string, unknown>[]>)[key] ?? [],
  });
}

export const collections = {
  chapters: defineCollection({
    loader: glob({ pattern: '*.mdx', base: `${contentDir}/chapters` }),
    schema: ChapterSchema,
  }),
  // content/i18n/<edition>/chapters/<English file name>.mdx: the words of a chapter; its structure
  // comes from the English file (src/integrations/translatedChapters.ts). Ids: `ru/chapters/01-…`.
  chapterTranslations: defineCollection({
    loader: chapterTranslationsLoader(contentDir),
    schema: ChapterTranslationSchema,
  }),
  events: defineCollection({ loader: listIn('events.json', 'events'), schema: EventSchema }),
  figures: defineCollection({ loader: listIn('figures.json', 'figures'), schema: FigureSchema }),
  fotnScores: defineCollection({ loader: listIn('fotn.json', 'scores'), schema: FotnScoreSchema }),
  fotnScales: defineCollection({ loader: listIn('fotn.json', 'scales'), schema: FotnScaleSchema }),
  services: defineCollection({ loader: listIn('services.json', 'services'), schema: ServiceSchema }),
  mechanisms: defineCollection({ loader: listIn('mechanisms.json', 'mechanisms'), schema: MechanismSchema }),
};
