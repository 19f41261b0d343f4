/**
 * `npm run check:links [-- --dist <dir>]`: crawls the built site from its pages with linkinator
 * and fails on any broken internal link: pages, assets, CSS url()s and #fragments. Links to
 * other sites are skipped (CI has no internet, and the sources are checked by editors);
 * absolute links to the site's own origin (SITE_URL: canonical, oEmbed) are checked locally.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LinkChecker, type LinkResult, LinkState } from 'linkinator';

const args = process.argv.slice(2);
const dist = args.includes('--dist') ? args[args.indexOf('--dist') + 1]! : 'dist';
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`check:links: no ${dist}/index.html; build first (npx astro build)`);
  process.exit(1);
}
const site = new URL(process.env.SITE_URL ?? 'http://localhost:4321').origin;
const port = Number(process.env.LINKS_PORT ?? 4561);
const local = `http://localhost:${port}`;

// Start from every page, so pages nothing links to (embeds) are checked as well.
const pages = readdirSync(dist, { recursive: true, withFileTypes: true })
  .filter((d) => d.isFile() && d.name.endsWith('.html'))
  .map((d) => relative(dist, join(d.parentPath, d.name)));

const checker = new LinkChecker();
const result = await checker.check({
  path: pages,
  serverRoot: dist,
  port,
  recurse: true,
  checkCss: true,
  checkFragments: true,
  concurrency: 8,
  timeout: 10_000,
  urlRewriteExpressions: [
    { pattern: new RegExp(`^${site.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`), replacement: local },
  ],
  linksToSkip: async (link: string) =>
    ![local, `http://127.0.0.1:${port}`, site].some(
      (o) => link === o || link.startsWith(`${o}/`) || link.startsWith(`${o}#`),
    ),
});

const broken = result.links.filter((l: LinkResult) => l.state === LinkState.BROKEN);
const checked = result.links.filter((l: LinkResult) => l.state === LinkState.OK).length;
const skipped = result.links.filter((l: LinkResult) => l.state === LinkState.SKIPPED).length;
const show = (u?: string) => (u ?? '?').replace(local, '').replace(`${site}`, '') || '/';
for (const l of broken)
  console.error(`  ✗ ${show(l.url)} (${l.status || 'no answer'}) linked from ${show(l.parent)}`);
if (broken.length) {
  console.error(
    `\n✗ ${broken.length} broken internal link${broken.length === 1 ? '' : 's'} (${checked} fine)`,
  );
  process.exit(1);
}
console.log(
  `✓ ${checked} internal links and assets resolve in ${relative(process.cwd(), dist) || dist}/ (${skipped} external links skipped)`,
);
