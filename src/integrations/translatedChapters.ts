import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { withEnglishStructure } from '../lib/i18n/followEnglish';

/** A translated chapter's path: `<content>/i18n/<edition>/chapters/<file>.mdx`. */
const TRANSLATION = /[\\/]i18n[\\/][a-z]{2}[\\/]chapters[\\/][^\\/]+\.mdx$/;

/**
 * Compiles each translated chapter with its English chapter's structure (chart ids, states,
 * figure ids, heading anchors; see src/lib/i18n/followEnglish.ts): a Vite transform that runs
 * before MDX compiles the file, so the editions render with the very components and attributes
 * of the English story. The English file is watched, so `astro dev` follows its edits.
 */
export default function translatedChapters(): AstroIntegration {
  const plugin: Plugin = {
    name: 'translated-chapters',
    enforce: 'pre',
    transform(code, id) {
      // Only the file itself: `…mdx?astroPropagatedAssets` and other queried ids are Astro's
      // JavaScript wrappers around it, not MDX.
      if (!TRANSLATION.test(id)) return null;
      const path = id;
      const english = join(dirname(path), '../../../chapters', basename(path));
      if (!existsSync(english)) return null; // the content check reports a translation without English
      this.addWatchFile(english);
      return { code: withEnglishStructure(code, readFileSync(english, 'utf8')), map: null };
    },
  };
  return {
    name: 'translated-chapters',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [plugin] } });
      },
    },
  };
}
