import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { ContentError, formatIssue } from '../lib/content/issue';
import { readChapters } from '../lib/content/loadContent';
import {
  auditBuiltHtml,
  headerPolicy,
  headersFile,
  injectMetaPolicy,
  metaPolicy,
  type PageKind,
  pageKind,
  policyInputFor,
  servedPath,
} from '../lib/csp';
import { checkChapterMarkup } from '../lib/markupGuard';

/**
 * Content security for the static build.
 * - Before the build: refuses chapter markup that would run code (`<script>`, `onerror=`,
 *   `javascript:` links, `{expressions}`, `import`/`export`), one line per problem.
 * - After the build: checks every page for inline handlers, script URLs and requests to other
 *   hosts (stops the build on any), writes each page's Content-Security-Policy `<meta>` with the
 *   sha256 of its inline scripts and styles, and writes `_headers` with the same policy plus
 *   `frame-ancestors` (open for /embed/<chart>/, 'self' elsewhere).
 */
export default function csp(): AstroIntegration {
  let site: string | undefined;
  return {
    name: 'csp',
    hooks: {
      'astro:config:setup': ({ config, command }) => {
        site = config.site;
        if (command !== 'build' || process.env.VITEST) return;
        const root = fileURLToPath(config.root);
        const chapters = readChapters(root, `${process.env.CONTENT_DIR ?? 'content'}/chapters`);
        const issues = chapters.flatMap((c) => checkChapterMarkup(c.file, c.text));
        if (issues.length) throw new ContentError(issues);
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const pages: { path: string; policy: string; kind: PageKind }[] = [];
        const problems: string[] = [];
        for (const file of htmlFiles(out)) {
          const rel = relative(out, file);
          const html = readFileSync(file, 'utf8');
          for (const p of auditBuiltHtml(html, site))
            problems.push(
              `${formatIssue({ file: `dist/${rel}`, message: p.message })}\n      at ${p.snippet}`,
            );
          const input = policyInputFor(html);
          writeFileSync(file, injectMetaPolicy(html, metaPolicy(input)));
          const path = servedPath(rel);
          const kind = pageKind(path);
          pages.push({ path, kind, policy: headerPolicy(input, kind) });
        }
        if (problems.length)
          throw new Error(
            `The built site has ${problems.length} security problem${problems.length === 1 ? '' : 's'}:\n${problems.map((p) => `  ✗ ${p}`).join('\n')}`,
          );
        writeFileSync(join(out, '_headers'), headersFile(pages));
        const embeds = pages.filter((p) => p.kind === 'embed').length;
        logger.info(
          `Content-Security-Policy written for ${pages.length} pages (${embeds} frameable embeds) and _headers`,
        );
      },
    },
  };
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.html'))
    .map((d) => join(d.parentPath, d.name))
    .sort();
}
