import { z } from 'zod';
import { DaySchema } from './dates';

/** Only web links: `javascript:`, `data:` and friends never reach a page. */
export const HttpUrlSchema = z
  .string()
  .regex(/^https?:\/\//i, {
    message: 'expected a web address starting with http:// or https://',
    abort: true,
  })
  .refine((s) => /^https?:\/\/[^\s/$.?#][^\s]*$/i.test(s) && URL.canParse(s), {
    message: 'expected a web address starting with http:// or https://',
  });

/**
 * What kind of source a page is, strongest first: `official` (a law, decree or regulator's own
 * statement), `court` (a ruling or court record), `news` (a news agency or newspaper),
 * `research` (an NGO, think-tank, law-firm or academic report), `secondary` (an aggregator,
 * blog, mirror or reprint). A record whose sources are all `secondary` is shown as thinly sourced.
 */
export const SourceKindSchema = z.enum(['official', 'court', 'news', 'research', 'secondary']);
export type SourceKind = z.infer<typeof SourceKindSchema>;

/** Where a fact was seen. */
export const SourceSchema = z
  .object({
    /** Address of the page that states the fact (http or https). */
    url: HttpUrlSchema,
    /** Human name of the publisher, for the sources list (for example "TASS", "Reuters"). */
    publisher: z.string().trim().min(1, 'expected the publisher’s name'),
    /** official, court, news, research or secondary (aggregator, blog, mirror); the content check requires it. */
    kind: SourceKindSchema.optional(),
    /** Day we consulted the page, YYYY-MM-DD; the sources list links the web archive's copy of that day. */
    accessed: DaySchema.optional(),
  })
  .strict();
export type Source = z.infer<typeof SourceSchema>;

/** Every record needs at least one source. */
export const SourcesSchema = z.array(SourceSchema).min(1, 'expected at least one source');

/**
 * `verified`: the fact was seen stated in a stored copy of a source.
 * `likely`: widely reported, but not found in a stored source; shown with a flag.
 */
export const ConfidenceSchema = z.enum(['verified', 'likely']);
export type Confidence = z.infer<typeof ConfidenceSchema>;

/** Record ids: lowercase words joined by hyphens, like `ru-wechat-block-2017`. */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case id such as "ru-wechat-block-2017"');
