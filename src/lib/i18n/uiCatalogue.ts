import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES, type Locale } from './locales';
import type { UiText } from '../../i18n/format';

/**
 * The interface strings of every edition (buttons, labels, announcements, captions): one folder
 * per language under src/i18n/, one JSON file per area (`common.json`, `story.json`, …), each a
 * flat object `{ "area.key": "text" }`. English is the reference; the content check
 * (`uiCatalogueIssues`) fails when another language lacks a key, has an extra one, or drops a
 * `{placeholder}`. A text may be plural forms keyed by `Intl.PluralRules` categories
 * (`{ "one": "…", "few": "…", "many": "…", "other": "…" }`), chosen by the `count` variable.
 */
export const UI_DIR = 'src/i18n';

export type { UiText };

/** One language's catalogue: key → text, and the file each key is in (for messages). */
export interface Catalogue {
  texts: Map<string, UiText>;
  files: Map<string, string>;
}

/** Reads every language's catalogue from `<root>/src/i18n/<locale>/*.json`. */
export function readCatalogues(root: string): Record<Locale, Catalogue> {
  const out = {} as Record<Locale, Catalogue>;
  for (const locale of LOCALES) {
    const dir = join(root, UI_DIR, locale);
    const cat: Catalogue = { texts: new Map(), files: new Map() };
    if (existsSync(dir))
      for (const f of readdirSync(dir)
        .filter((n) => n.endsWith('.json'))
        .sort()) {
        const json = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Record<string, UiText>;
        for (const [key, text] of Object.entries(json)) {
          if (key === '$schema') continue;
          cat.texts.set(key, text);
          cat.files.set(key, `${UI_DIR}/${locale}/${f}`);
        }
      }
    out[locale] = cat;
  }
  return out;
}

/** The `{name}` placeholders a text uses, sorted (for every plural form together). */
export function placeholders(text: UiText): string[] {
  const all = typeof text === 'string' ? [text] : Object.values(text);
  return [...new Set(all.flatMap((t) => [...(t ?? '').matchAll(/\{(\w+)\}/g)].map((m) => m[1]!)))].sort();
}

// Pure and browser-safe: it lives beside the catalogues, where the charts can use it too.
export { formatUiText } from '../../i18n/format';
