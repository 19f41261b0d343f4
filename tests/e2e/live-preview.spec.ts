import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

/**
 * The live preview an editor writes in (`npm run dev`): a mistake in a data file shows as the
 * content check's own line in the page (not a 500 with project source), and fixing the file
 * brings the story back without a restart. It runs on a copy of content/ (never the real one),
 * on DEV_PORT (default 4322, the dev server's own port). About a minute: the dev server starts
 * and renders the whole story twice.
 */
const PORT = Number(process.env.DEV_PORT ?? 4322);
const BASE = `http://127.0.0.1:${PORT}`;
// Inside the project, since CONTENT_DIR is relative to it; `dist-*/` is ignored by git.
const DIR = 'dist-live-preview/content';
const EVENTS = `${DIR}/data/events.json`;

let server: ChildProcess | undefined;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  rmSync('dist-live-preview', { recursive: true, force: true });
  cpSync('content', DIR, { recursive: true });
  server = spawn('npx', ['astro', 'dev', '--host', '127.0.0.1', '--port', String(PORT)], {
    env: { ...process.env, CONTENT_DIR: DIR, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
    detached: true, // its own process group, so the server and its children stop together
  });
  await expect
    .poll(
      () =>
        fetch(BASE).then(
          (r) => r.status,
          () => 0,
        ),
      { timeout: 100_000, intervals: [1000] },
    )
    .toBe(200);
});

test.afterAll(() => {
  if (server?.pid) process.kill(-server.pid, 'SIGTERM');
  rmSync('dist-live-preview', { recursive: true, force: true });
});

test('a broken data file shows our line in the page; fixing it brings the story back', async ({ page }) => {
  test.setTimeout(180_000);
  const story = page.locator('main section.chapter').first();
  await page.goto(BASE);
  await expect(story).toBeVisible({ timeout: 60_000 });

  // A category typo in one event, as an editor would make it.
  const good = readFileSync(EVENTS, 'utf8');
  const record = good.indexOf('"id": "ru-wechat-block-2017"');
  const at = good.indexOf('"category": "block"', record);
  expect(record).toBeGreaterThan(0);
  writeFileSync(EVENTS, `${good.slice(0, at)}"category": "blok"${good.slice(at + 19)}`);
  const line = good.slice(0, at).split('\n').length;

  // The page reloads itself with the problem (no manual reload, no restart).
  const problems = page.locator('#content-problems li');
  await expect(problems).toHaveText(
    [
      `${EVENTS}:${line} · record "ru-wechat-block-2017" · field "category": expected one of "block", "unblock", "throttle", "law", "law-in-force", "regulation", "registry", "other", got "blok"; did you mean "block"?`,
    ],
    { timeout: 30_000 },
  );
  const text = (await page.locator('body').textContent()) ?? '';
  expect(text).not.toMatch(/Unhandled|Stack trace|src\/|await/);

  writeFileSync(EVENTS, good);
  await expect(story).toBeVisible({ timeout: 60_000 });
  await expect(problems).toHaveCount(0);
});
