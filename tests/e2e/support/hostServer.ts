/**
 * A tiny static server for embed tests: the "newsroom" pages that embed our charts, served from
 * another origin than the site (127.0.0.1 on a free port, never 4321). Pages are registered by
 * the spec; pym.js is served from node_modules, as a CMS would self-host it.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';

const PYM = fileURLToPath(new URL('../../../node_modules/pym.js/dist/pym.v1.min.js', import.meta.url));

export interface HostServer {
  origin: string;
  /** Serve `html` at `path` (e.g. "/article.html"). */
  page(path: string, html: string): string;
  close(): Promise<void>;
}

export async function startHostServer(): Promise<HostServer> {
  const pages = new Map<string, string>();
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/pym.v1.min.js') {
      res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' });
      res.end(readFileSync(PYM));
      return;
    }
    const html = pages.get(path);
    if (html === undefined) {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    page(path, html) {
      pages.set(path, html);
      return `${origin}${path}`;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A plain article page around `body`, like a CMS would render it. */
export function article(body: string, head = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Host article</title>${head}<style>body{margin:0;font:16px/1.5 sans-serif}#col{margin:20px auto}</style></head><body><p>Story text above the chart.</p>${body}<p>Story text below the chart.</p></body></html>`;
}
