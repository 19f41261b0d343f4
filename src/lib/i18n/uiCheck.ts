import type { ContentIssue } from '../content/issue';
import { didYouMean } from '../content/suggest';
import { EDITIONS } from './locales';
import { placeholders, readCatalogues, UI_DIR } from './uiCatalogue';

/**
 * Every edition has every English interface string, non-empty, with the same placeholders, and
 * no string English lacks (a renamed key left behind). One line per problem, naming file, key
 * and locale.
 */
export function uiCatalogueIssues(root: string): ContentIssue[] {
  let cats: ReturnType<typeof readCatalogues>;
  try {
    cats = readCatalogues(root);
  } catch (e) {
    return [{ file: UI_DIR, message: `an interface catalogue is not valid JSON: ${(e as Error).message}` }];
  }
  const issues: ContentIssue[] = [];
  const en = cats.en;
  for (const locale of EDITIONS) {
    const cat = cats[locale];
    for (const [key, english] of en.texts) {
      const text = cat.texts.get(key);
      const file = `${UI_DIR}/${locale}/${en.files.get(key)!.split('/').pop()}`;
      const empty = text === undefined || (typeof text === 'string' ? !text.trim() : !text.other?.trim());
      if (empty) {
        const shown = typeof english === 'string' ? english : english.other;
        issues.push({ file, record: key, locale, message: `missing interface string; English: "${shown}"` });
        continue;
      }
      const want = placeholders(english).join(', ');
      const got = placeholders(text).join(', ');
      if (want !== got)
        issues.push({
          file,
          record: key,
          locale,
          message: `expected the placeholders {${want}} of the English, got {${got}}`,
        });
    }
    for (const key of cat.texts.keys())
      if (!en.texts.has(key)) {
        issues.push({
          file: cat.files.get(key)!,
          record: key,
          locale,
          message: `no such interface string in ${UI_DIR}/en/${didYouMean(key, en.texts.keys())}`,
        });
      }
  }
  return issues;
}
