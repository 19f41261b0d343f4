import { EventEmitter } from 'node:events';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { livePreviewCheck, SETTLE_MS } from '../../src/integrations/contentCheck';

/**
 * The live preview's content check against a save that reaches the watcher in pieces: the file is
 * emptied and written, and only the first piece raises an event (the watcher folds the second into
 * it). Checked at once, the preview read the empty file and kept saying "not valid JSON" although
 * the file on disk was right; it must check what is on disk once the files are still.
 */
const root = process.cwd();
// Inside the project, since the content folder is relative to it; `dist-*/` is ignored by git.
const DIR = 'dist-live-check/content';
const EVENTS = join(root, DIR, 'data/events.json');
const quiet = { info() {}, warn() {}, error() {} };

/** A dev server with just what the plugin uses: a watcher, a reload channel and middleware. */
function fakeServer() {
  const watcher = Object.assign(new EventEmitter(), { add() {} });
  const reloads: unknown[] = [];
  /** Reloads of the server's own modules (what its pages read once is read again). */
  const serverReloads: unknown[] = [];
  let middleware: ((req: object, res: object, next: () => void) => void) | undefined;
  const server = {
    watcher,
    hot: { send: (m: unknown) => reloads.push(m) },
    environments: { ssr: { hot: { send: (m: unknown) => serverReloads.push(m) } } },
    middlewares: { use: (fn: typeof middleware) => (middleware = fn) },
  };
  /** Whether a page request now gets the problems page (true) or goes on to the story (false). */
  const showsProblems = () => {
    let passed = false;
    let body = '';
    middleware?.(
      { method: 'GET', url: '/', headers: { accept: 'text/html' } },
      {
        setHeader() {},
        end: (b: string) => (body = b),
      },
      () => (passed = true),
    );
    return { problems: !passed, body };
  };
  return { server: server as unknown as ViteDevServer, watcher, reloads, serverReloads, showsProblems };
}

describe('live preview check', () => {
  beforeAll(() => {
    rmSync('dist-live-check', { recursive: true, force: true });
    cpSync('content', DIR, { recursive: true });
  });
  afterAll(() => rmSync('dist-live-check', { recursive: true, force: true }));

  it('checks a save that arrives in pieces once it has settled, and shows the story', async () => {
    const good = readFileSync(EVENTS, 'utf8');
    const plugin = livePreviewCheck(root, DIR, quiet);
    const { server, watcher, showsProblems } = fakeServer();
    (plugin.configureServer as (s: ViteDevServer) => void)(server);
    expect(showsProblems().problems).toBe(false);

    // The save's first piece: the file is empty, and the watcher says it changed.
    writeFileSync(EVENTS, '');
    watcher.emit('all', 'change', EVENTS);
    // The second piece lands with no event of its own.
    writeFileSync(EVENTS, good);
    await new Promise((r) => setTimeout(r, SETTLE_MS + 100));
    const after = showsProblems();
    expect(after.body).not.toMatch(/not valid JSON/);
    expect(after.problems).toBe(false);
  });

  it('shows a real mistake, and the story again once it is fixed', async () => {
    const good = readFileSync(EVENTS, 'utf8');
    const plugin = livePreviewCheck(root, DIR, quiet);
    const { server, watcher, reloads, showsProblems } = fakeServer();
    (plugin.configureServer as (s: ViteDevServer) => void)(server);

    writeFileSync(EVENTS, good.replace('"category": "block"', '"category": "blok"'));
    watcher.emit('all', 'change', EVENTS);
    await new Promise((r) => setTimeout(r, SETTLE_MS + 100));
    const broken = showsProblems();
    expect(broken.problems).toBe(true);
    expect(broken.body).toContain('got &quot;blok&quot;');
    expect(reloads).toHaveLength(1);

    writeFileSync(EVENTS, good);
    watcher.emit('all', 'change', EVENTS);
    await new Promise((r) => setTimeout(r, SETTLE_MS + 100));
    expect(showsProblems().problems).toBe(false);
    expect(reloads).toHaveLength(2);
  });
});

describe('live preview reload', () => {
  beforeAll(() => {
    rmSync('dist-live-check', { recursive: true, force: true });
    cpSync('content', DIR, { recursive: true });
  });
  afterAll(() => rmSync('dist-live-check', { recursive: true, force: true }));

  /** The reloads the plugin sends after a good edit of one file under the content folder. */
  async function reloadsAfterEditing(rel: string): Promise<{ page: number; server: number }> {
    const file = join(root, DIR, rel);
    const plugin = livePreviewCheck(root, DIR, quiet);
    const { server, watcher, reloads, serverReloads } = fakeServer();
    (plugin.configureServer as (s: ViteDevServer) => void)(server);
    writeFileSync(file, readFileSync(file, 'utf8'));
    watcher.emit('all', 'change', file);
    await new Promise((r) => setTimeout(r, SETTLE_MS + 100));
    return { page: reloads.length, server: serverReloads.length };
  }

  // The pages read these files themselves, so nothing else tells the open page they changed
  // (an edit to the corrections log showed only after a manual reload).
  it.each(['data/corrections.json', 'i18n/ru/events.json', 'i18n/glossary.json'])(
    'reloads the page after an edit of %s',
    async (rel) => {
      expect(await reloadsAfterEditing(rel)).toEqual({ page: 1, server: 1 });
    },
  );

  // Astro's content layer reloads the page for its own collections: a second reload would race it.
  it.each(['data/events.json', 'chapters/01-the-week-wechat-went-dark.mdx'])(
    'leaves the reload after an edit of %s to Astro',
    async (rel) => {
      expect(await reloadsAfterEditing(rel)).toEqual({ page: 0, server: 0 });
    },
  );
});
