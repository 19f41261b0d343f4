import { z } from 'zod';

/**
 * Frontmatter of a translated chapter, content/i18n/<edition>/chapters/<same file name as the
 * English>. Only words: order, draft and dates come from the English chapter.
 */
export const ChapterTranslationSchema = z
  .object({
    /** The chapter heading, translated. */
    title: z.string().trim().min(1, 'expected a title'),
    /** The English summary, translated: one or two sentences, at most 200 characters. */
    summary: z
      .string()
      .trim()
      .min(1, 'expected a summary')
      .max(200, 'expected a summary of at most 200 characters'),
    /**
     * The English revision this translation follows: the first 12 hex characters of the SHA-256
     * of the English file (`sha256sum content/chapters/<file> | cut -c1-12`).
     */
    follows: z
      .string()
      .regex(/^[0-9a-f]{12}$/, 'expected 12 hex characters: sha256sum content/chapters/<file> | cut -c1-12'),
  })
  .strict();
export type ChapterTranslation = z.infer<typeof ChapterTranslationSchema>;
