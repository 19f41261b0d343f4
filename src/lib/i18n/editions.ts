// The shapes the translation check and the glossary check share (kept apart so neither imports the other).
import type { ContentIssue } from '../content/issue';
import type { Member } from './jsonMembers';
import type { Edition } from './locales';
import type { EditionTranslations } from './readerFields';

/** A problem in one edition's text; `locale` says which. */
export interface TranslationIssue extends ContentIssue {
  /** Absent for problems of the glossary itself, which serves every edition. */
  locale?: Edition;
}

/** One edition's translation file as read: its text, and where each record and field is. */
export interface ReadFile {
  path: string;
  text: string;
  /** 1-based line of an offset in `text`. */
  line: (offset: number) => number;
  records: Map<string, { member: Member; fields: Map<string, Member> }>;
}

/** Every edition's translations, and where they are (for messages). */
export interface Editions {
  /** The translation folder, e.g. `content/i18n`. */
  root: string;
  translations: Partial<Record<Edition, EditionTranslations>>;
  /** Edition → record id → its `quotes` entry as written (see quoteWordings.ts). */
  quotes: Partial<Record<Edition, Map<string, unknown>>>;
  files: Map<string, ReadFile>;
  issues: TranslationIssue[];
}
