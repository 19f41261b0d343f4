import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { ContentError } from '../lib/content/issue';
import { checkContent } from '../lib/content/loadContent';
import { thinlySourcedSummary } from '../lib/content/sourceGrades';

/**
 * Stops `astro build` (and `astro dev` at start) with one readable line per content problem,
 * before Astro renders anything, so a mistake never turns into a blank chart.
 * CONTENT_DIR points the build at another content folder (tests, benchmarks).
 */
export default function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        // Preview serves what was already built; Vitest checks content itself, fixture by fixture.
        if (command === 'preview' || process.env.VITEST) return;
        const root = fileURLToPath(config.root);
        const { issues, chapters, dataset } = checkContent(root, process.env.CONTENT_DIR ?? 'content');
        if (dataset) logger.info(thinlySourcedSummary(dataset));
        if (issues.length) throw new ContentError(issues);
        logger.info(`content checked: ${chapters.length} chapters, no problems`);
      },
    },
  };
}
