import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/**
 * Browser tests on built sites, with Debian's Chromium (never `playwright install`).
 * - project "story": the real story (dist/, `npm run preview` on 4321), including
 *   tests/e2e/scrolly-story.spec.ts (the scroll engine on the real charts).
 * - project "scrolly": the scroll engine on the fixture story (tests/fixtures/story, built into
 *   dist-fixture/ with the fixture chart, served on 4329), so its tests do not depend on the
 *   real charts or on the wording of the real story.
 */
// STORY_PORT / FIXTURE_PORT: run the suite beside another checkout's servers on one machine.
const STORY_PORT = Number(process.env.STORY_PORT ?? 4321);
const FIXTURE_PORT = Number(process.env.FIXTURE_PORT ?? 4329);
const chromium = {
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};

const storyServer = {
  // --ignore-lock: several previews (other ports, other engineers) may run on one machine.
  command: `npx astro preview --host 127.0.0.1 --port ${STORY_PORT} --ignore-lock`,
  url: `http://127.0.0.1:${STORY_PORT}`,
  reuseExistingServer: !process.env.CI,
  timeout: 60_000,
};

export default defineConfig({
  testDir: 'tests/e2e',
  workers: 1,
  // A test's time limit is a hang detector, not a speed check (speed is measured by `npm run bench`):
  // axe over the whole story takes ~10 s alone and passed 30 s only on a quiet machine.
  timeout: 90_000,
  // No retry on failure: a test that passes only on a second try is flaky; find its cause.
  retries: 0,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    baseURL: `http://127.0.0.1:${STORY_PORT}`,
    launchOptions: chromium,
  },
  projects: [
    {
      name: 'story',
      testIgnore: /scrolly\.spec\.ts$/,
      // STORY_URL: run the story project against another server (a build in another folder).
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: chromium,
        baseURL: process.env.STORY_URL ?? `http://127.0.0.1:${STORY_PORT}`,
      },
    },
    {
      name: 'scrolly',
      testMatch: /scrolly\.spec\.ts$/,
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: chromium,
        baseURL: `http://127.0.0.1:${FIXTURE_PORT}`,
        viewport: { width: 1280, height: 800 },
      },
    },
  ],
  webServer: [
    // The real story is served only when it has been built (`npm run build`): the scrolly
    // project does not need it, and a missing dist/ would stop every project.
    ...(existsSync('dist/index.html') ? [storyServer] : []),
    {
      command:
        `CONTENT_DIR=tests/fixtures/story PUBLIC_SCROLLY_FIXTURE=1 ASTRO_TELEMETRY_DISABLED=1 npx astro build --config tests/fixtures/story/astro.config.mjs --outDir dist-fixture` +
        ` && npx astro preview --outDir dist-fixture --host 127.0.0.1 --port ${FIXTURE_PORT} --ignore-lock`,
      url: `http://127.0.0.1:${FIXTURE_PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
    },
  ],
});
