/**
 * A small static file server for benchmarks and browser tests: serves a built folder the way a
 * static host does (`/x/` → `x/index.html`, 404.html, `_headers` rules applied, gzip/brotli by
 * Accept-Encoding, long cache for /_astro/). Not for production.
 *
 *   npx tsx scripts/bench/server.ts <dir> [port]
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { headersForPath, parseHeadersFile } from '../../src/lib/csp';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.eot': 'application/vnd.ms-fontobject',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.map': 'application/json',
};
const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.svg',
  '.csv',
  '.txt',
  '.xml',
  '.map',
]);

export interface StaticServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Apply `<dir>/_headers` like Netlify/Cloudflare Pages (default true). */
  headers?: boolean;
  /** Compress text responses (default true). */
  compress?: boolean;
}

/** Serves `dir` on 127.0.0.1:`port` (0 = any free port). */
export function serveDir(dir: string, port = 0, opts: ServeOptions = {}): Promise<StaticServer> {
  const root = resolve(dir);
  const rulesFile = join(root, '_headers');
  const rules =
    opts.headers !== false && existsSync(rulesFile) ? parseHeadersFile(readFileSync(rulesFile, 'utf8')) : [];
  const cache = new Map<string, Buffer>();

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    let file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        res.writeHead(301, { Location: `${path}/${url.search}` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    let status = 200;
    if (!existsSync(file) || !statSync(file).isFile()) {
      status = 404;
      file = join(root, '404.html');
      if (!existsSync(file)) {
        res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
        return;
      }
    }
    const ext = extname(file);
    const headers: Record<string, string> = {
      'Content-Type': TYPES[ext] ?? 'application/octet-stream',
      'Cache-Control': path.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      ...headersForPath(rules, path),
    };
    let body: Buffer = readFileSync(file);
    const accept = String(req.headers['accept-encoding'] ?? '');
    if (opts.compress !== false && COMPRESSIBLE.has(ext) && body.length > 256) {
      const enc = /\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : '';
      if (enc) {
        const key = `${enc}:${file}`;
        let packed = cache.get(key);
        if (!packed) {
          packed =
            enc === 'br'
              ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
              : gzipSync(body, { level: 9 });
          cache.set(key, packed);
        }
        body = packed;
        headers['Content-Encoding'] = enc;
        headers.Vary = 'Accept-Encoding';
      }
    }
    headers['Content-Length'] = String(body.length);
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  });

  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const p = typeof address === 'object' && address ? address.port : port;
      ok({
        url: `http://127.0.0.1:${p}`,
        port: p,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = 'dist', port = '4500'] = process.argv.slice(2);
  serveDir(dir, Number(port)).then((s) => console.log(`serving ${dir} at ${s.url}`));
}
