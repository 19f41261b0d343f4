/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config, so component tests can use the Container API and `astro:content`.
export default getViteConfig({
  test: {
    include: ['tests/{unit,charts,components}/**/*.test.ts'],
    env: { TZ: 'UTC' },
    // Chart stylesheets as their real text (not emptied): standalone images inline them.
    css: { include: [/src\/charts\/.+\.css/] },
  },
});
