// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import contentCheck from './src/integrations/contentCheck.ts';
import csp from './src/integrations/csp.ts';

// SITE_URL is the public origin the site is deployed at (canonical links, oEmbed, social cards).
export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  trailingSlash: 'always',
  integrations: [contentCheck(), mdx(), csp()],
  devToolbar: { enabled: false },
  build: { inlineStylesheets: 'never' },
});
