import { z } from 'zod';

/** Frontmatter of a chapter file in content/chapters/. */
export const ChapterSchema = z
  .object({
    /** Chapter heading. */
    title: z.string().trim().min(1, 'expected a title'),
    /** Position in the story: 1, 2, 3…; each chapter needs its own number. */
    order: z.number({ message: 'expected a whole number such as 3' }).int().positive(),
    /** One sentence for the table of contents and social cards, at most 200 characters. */
    summary: z
      .string()
      .trim()
      .min(1, 'expected a summary')
      .max(200, 'expected a summary of at most 200 characters'),
    /** `true` keeps the chapter out of the published story. */
    draft: z.boolean().default(false),
    /** Day of the last real change, YYYY-MM-DD. */
    updated: z.coerce.date({ message: 'expected a date written YYYY-MM-DD' }),
  })
  .strict();
export type Chapter = z.infer<typeof ChapterSchema>;
