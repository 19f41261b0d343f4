/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config, so component tests can use the Container API and `astro:content`.
export default getViteConfig({
  test: {
    include: ['tests/{unit,charts,components}/**/*.test.ts'],
    env: { TZ: 'UTC' },
  },
});
