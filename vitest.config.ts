/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config, so component tests can use the Container API and `astro:content`.
export default getViteConfig({
  test: {
    include: ['tests/{unit,charts,components}/**/*.test.ts'],
    env: { TZ: 'UTC' },
    // Some tests read and check the whole story (about 4 s alone); on a loaded 2-core CI machine
    // vitest's 5 s default turned them into timing tests that failed at random. A hang still fails.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Chart stylesheets as their real text (not emptied): standalone images inline them.
    css: { include: [/src\/charts\/.+\.css/] },
  },
});
