import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';

/**
 * The live preview an editor writes in (`npm run dev`): a mistake in a data file or a chapter
 * shows as the content check's own line in the page (not a 500 with project source), and fixing
 * the file brings the story back without a restart. It runs on a copy of content/ (never the real one),
 * on DEV_PORT (default 4322, the dev server's own port). About 80 s: the dev server starts and
 * renders the whole story four times.
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
  test.setTimeout(300_000);
  const story = page.locator('main section.chapter').first();
  const client = viteClient(page);
  await page.goto(BASE);
  await expect(story).toBeVisible({ timeout: 90_000 });

  await client.connected();
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
    { timeout: 90_000 },
  );
  const text = (await page.locator('body').textContent()) ?? '';
  expect(text).not.toMatch(/Unhandled|Stack trace|src\/|await/);

  await client.connected();
  writeFileSync(EVENTS, good);
  await expect(story).toBeVisible({ timeout: 90_000 });
  await expect(problems).toHaveCount(0);
});

test('a misspelt id in a step names the exact key and the nearest id; fixing it brings the story back', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const story = page.locator('main section.chapter').first();
  const client = viteClient(page);
  await page.goto(BASE);
  await expect(story).toBeVisible({ timeout: 90_000 });

  await client.connected();
  // The first step that highlights an event: misspell its first id by one letter.
  const chapter = `${DIR}/chapters/${readdirSync(`${DIR}/chapters`).sort()[0]}`;
  const good = readFileSync(chapter, 'utf8');
  const m = /^<Step[^\n]*?highlight: \["([a-z0-9-]+)"/m.exec(good);
  expect(m, 'the first chapter has a step with a highlight').not.toBeNull();
  const id = m![1]!;
  const typo = id.replace(/-(\d+)$/, 'x-$1');
  writeFileSync(chapter, good.replace(m![0], m![0].replace(`"${id}"`, `"${typo}"`)));
  const line = good.slice(0, m!.index).split('\n').length;

  const problems = page.locator('#content-problems li');
  await expect(problems).toHaveCount(1, { timeout: 90_000 });
  await expect(problems.first()).toHaveText(
    new RegExp(
      `^${literal(`${chapter}:${line} · record "<Step`)}[^·]*· field "state\\.highlight\\[0\\]": ${literal(`"${typo}" is not an event id in content/data/events.json; did you mean "${id}"?`)}$`,
    ),
  );

  await client.connected();
  writeFileSync(chapter, good);
  await expect(story).toBeVisible({ timeout: 90_000 });
  await expect(problems).toHaveCount(0);
});

test('an edit to a translation shows in the open page, without a reload or a restart', async ({ page }) => {
  test.setTimeout(300_000);
  // The pages read translations once per server; before, the edit showed only after a restart.
  const file = `${DIR}/i18n/ru/events.json`;
  const good = readFileSync(file, 'utf8');
  const id = 'ru-wechat-block-2017';
  const title = (JSON.parse(good) as Record<string, { title: string }>)[id]!.title;
  const client = viteClient(page);
  await page.goto(`${BASE}/ru/`);
  const sources = page.locator('.sources-list');
  await expect(sources).toContainText(title, { timeout: 90_000 });

  await client.connected();
  const edited = `${title} (правка редактора)`;
  writeFileSync(
    file,
    good.replace(`"title": ${JSON.stringify(title)}`, `"title": ${JSON.stringify(edited)}`),
  );
  await expect(sources).toContainText(edited, { timeout: 90_000 });

  await client.connected();
  writeFileSync(file, good);
  await expect(sources).not.toContainText(edited, { timeout: 90_000 });
});

/**
 * Whether the Vite client of the page's current document is connected to the dev server. An edit
 * made before it connects is announced to no one (the reload message is lost), so every edit waits
 * for it: on a busy machine the story can be visible seconds before its client script connects.
 */
function viteClient(page: Page): { connected: () => Promise<void> } {
  let up = false;
  page.on('websocket', (ws) => {
    up = false;
    ws.on('framereceived', (f) => {
      if (String(f.payload).includes('"connected"')) up = true;
    });
    ws.on('close', () => {
      up = false;
    });
  });
  return { connected: () => expect.poll(() => up, { timeout: 60_000 }).toBe(true) };
}

const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
