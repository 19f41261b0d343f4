import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin, ViteDevServer } from 'vite';
import {
  ContentError,
  type ContentIssue,
  formatReport,
  formatSuccess,
  formatWarnings,
} from '../lib/content/issue';
import { checkContent } from '../lib/content/loadContent';
import { DATA_COLLECTIONS } from '../lib/content/validateData';
import { thinlySourcedSummary } from '../lib/content/sourceGrades';
import { contentProblemsPage } from './contentProblemsPage';

/**
 * Runs the content rules (src/lib/content/loadContent.ts, the same as `npm run check:content`)
 * wherever an editor works, and shows the same lines:
 * - `astro build`: before Astro renders anything, so a mistake never turns into a blank chart or
 *   a stack trace; prints the lines and a count and exits 1 (`DEBUG=1` throws, with the stack).
 * - `astro dev`: on every change under the content folder; while there are problems, every page
 *   is a list of them (the terminal prints them too), and fixing the file brings the story back.
 * CONTENT_DIR points the check and the site at another content folder (tests, benchmarks).
 */
export default function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ config, command, logger, updateConfig }) => {
        // Preview serves what was already built; Vitest checks content itself, fixture by fixture.
        if (command === 'preview' || process.env.VITEST) return;
        const root = fileURLToPath(config.root);
        const dir = process.env.CONTENT_DIR ?? 'content';
        if (command === 'dev') {
          updateConfig({ vite: { plugins: [livePreviewCheck(root, dir, logger)] } });
          return;
        }
        const { issues, warnings, chapters, dataset } = checkContent(root, dir);
        if (dataset) logger.info(thinlySourcedSummary(dataset));
        if (warnings.length) logger.warn(`\n${formatWarnings(warnings)}`);
        if (issues.length) {
          if (process.env.DEBUG) throw new ContentError(issues);
          console.error(`\n${formatReport(issues, dir)}\n`);
          // Exit here rather than throw: Astro would wrap the lines in a hook banner and a stack.
          process.exit(1);
        }
        logger.info(formatSuccess(dir, chapters.length, dataset));
      },
    },
  };
}

/**
 * How long the files under the content folder must be still before the live preview checks them.
 * A save can reach the watcher in pieces (the file emptied, then written), and the watcher may fold
 * the second event into the first: checked at the first, the file was empty, and the page said
 * "not valid JSON" until the next edit (a CI run of live-preview.spec saw it).
 */
export const SETTLE_MS = 250;

/**
 * The dev server's half: checks the content at start and once its files have settled after a
 * change, prints the lines, and answers page requests with them while any remain (instead of
 * letting a page fail while rendering). The page reloads itself on the next change.
 */
export function livePreviewCheck(
  root: string,
  dir: string,
  logger: { info(m: string): void; warn(m: string): void; error(m: string): void },
): Plugin {
  const abs = join(root, dir);
  let issues: ContentIssue[] = [];
  const check = () => {
    const checked = checkContent(root, dir);
    issues = checked.issues;
    if (checked.warnings.length) logger.warn(`\n${formatWarnings(checked.warnings)}`);
    if (issues.length) logger.error(`\n${formatReport(issues, dir)}`);
    else logger.info('content checked: no problems');
  };
  return {
    name: 'content-check-live',
    configureServer(server: ViteDevServer) {
      check();
      server.watcher.add(abs);
      let settle: ReturnType<typeof setTimeout> | undefined;
      server.watcher.on('all', (_event, file) => {
        if (!file.startsWith(`${abs}/`)) return;
        clearTimeout(settle);
        settle = setTimeout(() => {
          const before = issues.length;
          check();
          const own = !reloadedByAstro(relative(abs, file));
          // The pages read such a file once per server (translations, glossary): a full reload of
          // the server's modules drops what they read, so the next render reads the file again.
          if (own) server.environments.ssr?.hot.send({ type: 'full-reload' });
          // Our page does not go through Astro, so it is reloaded here; so is the story after an
          // edit of a file its pages read themselves. Otherwise Astro reloads the story itself.
          if (before || issues.length || own) server.hot.send({ type: 'full-reload' });
        }, SETTLE_MS);
      });
      server.middlewares.use((req, res, next) => {
        const wantsPage = req.method === 'GET' && (req.headers.accept ?? '').includes('text/html');
        if (!issues.length || !wantsPage || req.url?.startsWith('/@')) return next();
        res.statusCode = 500;
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.end(contentProblemsPage(issues, dir));
      });
    },
  };
}

/** The files Astro's content layer loads (src/content.config.ts), relative to the content folder. */
const COLLECTION_FILES = new Set(Object.values(DATA_COLLECTIONS).map((c) => `data/${c.file}`));

/**
 * Whether Astro reloads the open page by itself after this file changes: it does for its
 * collections (chapters, translated chapters, the data files). The pages read the others
 * themselves at render time (the corrections log, translations of the data, the glossary), so
 * without our reload an edit showed only after the editor reloaded the page.
 */
export function reloadedByAstro(rel: string): boolean {
  return rel.endsWith('.mdx') || COLLECTION_FILES.has(rel);
}
