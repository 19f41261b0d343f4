import { z } from 'zod';

/**
 * Words a record's source puts in quotation marks. A quotation in a chapter must match a quote
 * of a record cited in the same paragraph (the content check says so).
 */
export const QuoteSchema = z
  .object({
    /** The words exactly as the chapters quote them (in English, or in `language`). */
    text: z.string().trim().min(1, 'expected the quoted words'),
    /** Language of `text`, as a BCP 47 code: "en", "ru", "zh". */
    language: z
      .string()
      .regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'expected a language code such as "en" or "ru"'),
    /** Who said or wrote the words: a person, an office or a publication. */
    by: z.string().trim().min(1, 'expected who said it'),
    /** For a translation, the words in the language they were said in. */
    original: z.string().trim().min(1).optional(),
  })
  .strict();
export type Quote = z.infer<typeof QuoteSchema>;
