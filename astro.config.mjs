// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import contentCheck from './src/integrations/contentCheck.ts';

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

// SITE_URL is the public origin the site is deployed at (canonical links, oEmbed, social cards).
export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  trailingSlash: 'always',
  integrations: [contentCheck(), mdx(), csp()],
  devToolbar: { enabled: false },
  build: { inlineStylesheets: 'never' },
  vite: {
    plugins: [scrollamaWithoutDebug],
    build: {
      rollupOptions: {
        output: {
          // The small modules every chart client shares go into one chunk: one file compresses
          // better than six tiny ones (the story's JS budget is 32 kB gzip, see check:budgets).
          manualChunks: (id) =>
            /\/src\/charts\/(tween|roving|fotnScale|serviceStatus|queryParse|worldMap\/(svg|model)|timeline\/constants)\.ts$/.test(
              id,
            )
              ? 'chart-shared'
              : undefined,
        },
      },
    },
  },
});
