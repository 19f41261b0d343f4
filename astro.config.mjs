// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import contentCheck from './src/integrations/contentCheck.ts';
import translatedChapters from './src/integrations/translatedChapters.ts';

/**
 * scrollama's debug overlay (its `debug: true` option) and its warnings about malformed options
 * are dead weight in the story's bundle: we never set `debug`, and our options are typed and
 * fixed. Resolve scrollama's own `./debug` and `./err` imports to no-ops (story budget: 32 kB gzip).
 */
/** @type {import('vite').Plugin} */
const scrollamaWithoutDebug = {
  name: 'scrollama-without-debug',
  enforce: /** @type {const} */ ('pre'),
  resolveId(source, importer) {
    if (!importer?.includes('/scrollama/src/')) return null;
    return source === './debug' || source === './err' ? `\0scrollama-noop${source.slice(1)}` : null;
  },
  load(id) {
    if (id === '\0scrollama-noop/debug') return 'export function update() {}';
    if (id === '\0scrollama-noop/err') return 'export default function err() {}';
    return null;
  },
};
import csp from './src/integrations/csp.ts';

// SITE_URL is the public origin the site is deployed at. Files that must name an absolute origin
// use it: canonical links, oEmbed JSON, social cards, the static snippet in the HTML. The snippet a
// reader copies from the Embed dialog names the origin the page is served from (src/embed/origin.ts).
const SITE_URL = process.env.SITE_URL || undefined;
const DEV_ORIGIN = 'http://localhost:4321';
// `npm run dev` (live preview) and `npm run preview`/`npm start` (the built site, on 4321) get
// different ports, so both can run at once. `npm run dev -- --port N` or DEV_PORT=N picks another.
const DEV_PORT = Number(process.env.DEV_PORT || 4322);

/**
 * One line at the end of a build without SITE_URL, so whoever deploys it knows. An info line, not
 * a warning: an editor's build needs no SITE_URL, and a clean build shows no warnings (EDITING.md).
 */
/** @type {import('astro').AstroIntegration} */
const siteUrlNotice = {
  name: 'site-url',
  hooks: {
    'astro:build:done': ({ logger }) => {
      if (!SITE_URL)
        logger.info(
          `SITE_URL is not set: oEmbed, canonical and social-card links use ${DEV_ORIGIN}; set SITE_URL=https://… when you build for production`,
        );
    },
  },
};

export default defineConfig({
  site: SITE_URL ?? DEV_ORIGIN,
  trailingSlash: 'always',
  // Editions (src/lib/i18n/locales.ts): English at /, Russian at /ru/, Chinese at /zh/ (lang="zh-Hans").
  // Pages read their edition with pageLocale(Astro.currentLocale).
  i18n: { locales: ['en', 'ru', 'zh'], defaultLocale: 'en', routing: { prefixDefaultLocale: false } },
  // translatedChapters comes before mdx(): it gives translations their English structure before MDX compiles them.
  integrations: [contentCheck(), translatedChapters(), mdx(), csp(), siteUrlNotice],
  devToolbar: { enabled: false },
  server: ({ command }) => ({ port: command === 'dev' ? DEV_PORT : 4321 }),
  // Every stylesheet inline (a <style> in the head, allowed by its sha256 in the CSP that
  // src/integrations/csp.ts writes): the first paint waits for the HTML only, not for
  // render-blocking CSS requests (Lighthouse mobile LCP 1.66 s with four linked files).
  // Two pages at a time: the step and chart PNGs (src/embed/png.ts) draw on libuv's threads, so the
  // second core rasterises while the first renders (three editions: 58 -> 50 s, the same files).
  build: { inlineStylesheets: 'always', concurrency: 2 },
  vite: {
    plugins: [scrollamaWithoutDebug],
    build: {
      rollupOptions: {
        onwarn(warning, warn) {
          // Astro marks each chapter's `?astroPropagatedAssets` module with the directive
          // "use astro:head-inject", which rolldown warns it may drop when bundling: one yellow
          // block per chapter on every clean build. Astro reads the marker before bundling, so
          // nothing is lost (withastro/astro#18087, open). Only that warning is filtered.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('use astro:head-inject'))
            return;
          warn(warning);
        },
      },
    },
  },
});
