import { createHash } from 'node:crypto';

/**
 * Content-Security-Policy for the built site. Pure string work on built HTML, used by the
 * `csp` integration (src/integrations/csp.ts) after `astro build`, and by its unit tests.
 *
 * Scripts: `'self'` plus the sha256 of every inline script the page actually carries; never
 * `'unsafe-inline'`, so an injected `<script>` or `onerror=` cannot run. Styles: `'self'` plus
 * the hashes of inline `<style>` elements; style *attributes* stay allowed (d3 and the charts
 * set `style="…"` on SVG marks), which cannot run code. Nothing may load from another host.
 * A `<meta>` policy cannot carry `frame-ancestors`, so framing is governed by `_headers`:
 * embeds may be framed by anyone, every other page only by the site itself.
 */

/** Script `type`s a browser executes; anything else (application/json, ld+json) is data. */
const EXECUTABLE_TYPES = new Set([
  '',
  'module',
  'text/javascript',
  'application/javascript',
  'text/ecmascript',
  'application/ecmascript',
  'text/jscript',
  'text/livescript',
  'application/x-javascript',
  'application/x-ecmascript',
]);

/** True when a `<script type="…">` with this type runs as code. */
export function isExecutableScriptType(type: string | undefined): boolean {
  return EXECUTABLE_TYPES.has((type ?? '').trim().toLowerCase());
}

/** `'sha256-…'` source expression for a script or style body, as the browser hashes it (UTF-8). */
export function cspHash(body: string): string {
  return `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;
}

const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** Attributes of a start tag's inside (`script type="module" src=x` → {type, src}), names lowercased. */
export function parseAttributes(inside: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of inside.matchAll(ATTR)) {
    const name = m[1]!.toLowerCase();
    if (!(name in out)) out[name] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return out;
}

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|quot|apos|lt|gt);?/gi, (all, e: string) => {
    const k = e.toLowerCase();
    if (k === 'amp') return '&';
    if (k === 'quot') return '"';
    if (k === 'apos') return "'";
    if (k === 'lt') return '<';
    if (k === 'gt') return '>';
    const code = k.startsWith('#x') ? Number.parseInt(k.slice(2), 16) : Number.parseInt(k.slice(1), 10);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : all;
  });
}

export interface InlineBlock {
  attrs: Record<string, string>;
  body: string;
}

/** Every `<script>` element with its attributes and raw body (empty for `src=` scripts). */
export function scriptElements(html: string): InlineBlock[] {
  return [...stripComments(html).matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)].map((m) => ({
    attrs: parseAttributes(m[1] ?? ''),
    body: m[2] ?? '',
  }));
}

/** Every `<style>` element with its raw body. */
export function styleElements(html: string): InlineBlock[] {
  return [...stripComments(html).matchAll(/<style\b([^>]*)>([\s\S]*?)<\/style\s*>/gi)].map((m) => ({
    attrs: parseAttributes(m[1] ?? ''),
    body: m[2] ?? '',
  }));
}

function stripComments(html: string): string {
  return html.replace(/<!--[\s\S]*?-->/g, '');
}

/** Hashes of the inline scripts that run (no `src`, executable type), sorted and unique. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = scriptElements(html)
    .filter((s) => !('src' in s.attrs) && isExecutableScriptType(s.attrs.type) && s.body.length > 0)
    .map((s) => cspHash(s.body));
  return [...new Set(hashes)].sort();
}

/** Hashes of the inline `<style>` elements, sorted and unique. */
export function inlineStyleHashes(html: string): string[] {
  return [...new Set(styleElements(html).map((s) => cspHash(s.body)))].sort();
}

export type PageKind = 'embed' | 'page';

/** `/embed/<chart>/…` pages are made to be framed by other sites; nothing else is. */
export function pageKind(path: string): PageKind {
  return /^\/embed\/[^/]+\/.*/.test(path) && !/^\/embed\/(preview|previewer)\//.test(path) ? 'embed' : 'page';
}

export interface PolicyInput {
  scriptHashes?: string[];
  styleHashes?: string[];
}

/** The directives every page shares, in the order they are written. */
export function policyDirectives({ scriptHashes = [], styleHashes = [] }: PolicyInput = {}): [
  string,
  string[],
][] {
  return [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'", ...scriptHashes]],
    ['style-src', ["'self'", ...styleHashes]],
    ['style-src-attr', ["'unsafe-inline'"]],
    ['img-src', ["'self'", 'data:']],
    ['font-src', ["'self'"]],
    ['connect-src', ["'self'"]],
    ['frame-src', ["'self'"]],
    ['media-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
  ];
}

function serialise(directives: [string, string[]][]): string {
  return directives.map(([name, values]) => `${name} ${values.join(' ')}`).join('; ');
}

/** The policy for a page's `<meta http-equiv>` (no frame-ancestors: browsers ignore it there). */
export function metaPolicy(input: PolicyInput = {}): string {
  return serialise(policyDirectives(input));
}

/** The policy for the HTTP header: the meta policy plus who may frame the page. */
export function headerPolicy(input: PolicyInput, kind: PageKind): string {
  return serialise([...policyDirectives(input), ['frame-ancestors', kind === 'embed' ? ['*'] : ["'self'"]]]);
}

/** Policy for a whole HTML document: hashes of everything inline in it. */
export function policyInputFor(html: string): PolicyInput {
  return { scriptHashes: inlineScriptHashes(html), styleHashes: inlineStyleHashes(html) };
}

const META_CSP = /<meta\b[^>]*http-equiv\s*=\s*["']?content-security-policy["']?[^>]*>/gi;

/**
 * Writes `policy` into the page's CSP `<meta>`: replaces an existing one (Base.astro emits a
 * hash-less placeholder) or inserts one right after `<meta charset>`, before any script.
 */
export function injectMetaPolicy(html: string, policy: string): string {
  const tag = `<meta http-equiv="Content-Security-Policy" content="${policy.replace(/"/g, '&quot;')}">`;
  let replaced = false;
  const out = html.replace(META_CSP, () => {
    if (replaced) return '';
    replaced = true;
    return tag;
  });
  if (replaced) return out;
  const charset = /<meta\b[^>]*charset[^>]*>/i.exec(html);
  if (charset)
    return (
      html.slice(0, charset.index + charset[0].length) + tag + html.slice(charset.index + charset[0].length)
    );
  const head = /<head\b[^>]*>/i.exec(html);
  if (head) return html.slice(0, head.index + head[0].length) + tag + html.slice(head.index + head[0].length);
  throw new Error('no <head> to put the Content-Security-Policy <meta> in');
}

/** URL path a built HTML file is served at: `embed/timeline/index.html` → `/embed/timeline/`. */
export function servedPath(fileFromDist: string): string {
  const p = `/${fileFromDist.split('\\').join('/')}`;
  return p.endsWith('/index.html') ? p.slice(0, -'index.html'.length) : p;
}

export interface HeaderRule {
  path: string;
  headers: [string, string][];
}

/** Headers every response gets (assets included). */
export const COMMON_HEADERS: [string, string][] = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=()'],
];

/**
 * A `_headers` file (Netlify, Cloudflare Pages and compatible hosts). One rule per page, with
 * its exact policy: hosts merge every matching rule, so a catch-all CSP would be enforced on
 * top of the page's own and could forbid framing an embed.
 */
export function headersFile(pages: { path: string; policy: string; kind: PageKind }[]): string {
  const rules: HeaderRule[] = [{ path: '/*', headers: COMMON_HEADERS }];
  for (const p of [...pages].sort((a, b) => a.path.localeCompare(b.path))) {
    const headers: [string, string][] = [['Content-Security-Policy', p.policy]];
    if (p.kind === 'page') headers.push(['X-Frame-Options', 'SAMEORIGIN']);
    const paths = [p.path];
    if (p.path.endsWith('/')) paths.push(`${p.path}index.html`);
    for (const path of paths) rules.push({ path, headers });
  }
  return `# Generated by src/integrations/csp.ts at build time. Do not edit.\n${rules
    .map((r) => `${r.path}\n${r.headers.map(([k, v]) => `  ${k}: ${v}`).join('\n')}`)
    .join('\n')}\n`;
}

/** Reads a `_headers` file back into rules (the test server applies them like a static host). */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ path: line.trim(), headers: [] });
    else {
      const i = line.indexOf(':');
      if (i > 0 && rules.length)
        rules[rules.length - 1]!.headers.push([line.slice(0, i).trim(), line.slice(i + 1).trim()]);
    }
  }
  return rules;
}

/** Headers for a request path under `_headers` rules (`/*` matches any path; later rules win per name). */
export function headersForPath(rules: HeaderRule[], path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of rules) {
    const match = r.path.endsWith('*') ? path.startsWith(r.path.slice(0, -1)) : path === r.path;
    if (match) for (const [k, v] of r.headers) out[k] = v;
  }
  return out;
}

/** A start tag found in built HTML, with its 1-based line. */
export interface StartTag {
  name: string;
  attrs: Record<string, string>;
  line: number;
}

const START_TAG =
  /<([a-zA-Z][^\s/>]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;

/** Start tags of a document, outside comments and the bodies of script/style elements. */
export function startTags(html: string): StartTag[] {
  // Blank out comments and raw-text bodies but keep offsets, so line numbers stay right.
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  const text = html
    .replace(/<!--[\s\S]*?-->/g, blank)
    .replace(
      /(<(script|style)\b[^>]*>)([\s\S]*?)(<\/\2\s*>)/gi,
      (_a, open: string, _t, body: string, close: string) => open + blank(body) + close,
    );
  const out: StartTag[] = [];
  let line = 1;
  let last = 0;
  for (const m of text.matchAll(START_TAG)) {
    for (let i = last; i < m.index; i++) if (text.charCodeAt(i) === 10) line++;
    last = m.index;
    out.push({ name: m[1]!.toLowerCase(), attrs: parseAttributes(m[2] ?? ''), line });
  }
  return out;
}

/** Attributes that hold a URL the browser navigates to or loads. */
const URL_ATTRS = [
  'href',
  'src',
  'action',
  'formaction',
  'xlink:href',
  'poster',
  'data',
  'background',
  'cite',
  'ping',
];

/** The scheme of a URL as a browser reads it (tabs, newlines and leading controls ignored), or ''. */
export function urlScheme(url: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: browsers drop these before parsing
  const cleaned = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
  const m = /^([a-z][a-z0-9+.-]*):/.exec(cleaned);
  return m ? m[1]! : '';
}

/** True for a URL that leaves the site when loaded: `https://other/…`, `//other/…`. */
export function isOtherHost(url: string, siteOrigin?: string): boolean {
  const u = url.trim();
  if (!/^(https?:)?\/\//i.test(u)) return false;
  try {
    const parsed = new URL(u, 'https://site.invalid/');
    return siteOrigin ? parsed.origin !== new URL(siteOrigin).origin : true;
  } catch {
    return true;
  }
}

/** Does a start tag make the browser fetch `attr`'s URL as a subresource? */
function loadsResource(tag: StartTag, attr: string): boolean {
  const rel = (tag.attrs.rel ?? '').toLowerCase();
  switch (tag.name) {
    case 'a':
    case 'area':
    case 'form':
    case 'blockquote':
    case 'q':
    case 'del':
    case 'ins':
      return false;
    case 'link':
      return (
        attr === 'href' &&
        !/^(canonical|alternate|author|license|help|me|bookmark|external|next|prev|search)$/.test(rel.trim())
      );
    default:
      return attr !== 'cite';
  }
}

/**
 * Problems in a built page that would let content run code or make the page call another host.
 * The csp integration stops the build on any of them.
 */
export function auditBuiltHtml(html: string, siteOrigin?: string): { line: number; message: string }[] {
  const problems: { line: number; message: string }[] = [];
  for (const tag of startTags(html)) {
    const at = (message: string) => problems.push({ line: tag.line, message: `<${tag.name}> ${message}` });
    if (['object', 'embed', 'applet', 'base', 'frame', 'frameset'].includes(tag.name))
      at('is not allowed in the site');
    for (const [name, value] of Object.entries(tag.attrs)) {
      if (/^on[a-z]+$/.test(name))
        at(`has an inline event handler ${name}="…"; scripts run only from the site's own files`);
      if (name === 'srcdoc') at('has srcdoc=; frames must load a page of the site');
      if (!URL_ATTRS.includes(name) && name !== 'srcset' && name !== 'imagesrcset') continue;
      const urls = name.endsWith('srcset')
        ? value.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '')
        : [value];
      for (const url of urls) {
        const scheme = urlScheme(url);
        if (scheme && !['http', 'https', 'mailto', 'tel', 'data'].includes(scheme))
          at(`has ${name}="${url.slice(0, 60)}": only http(s), mailto and site-relative links are allowed`);
        else if (
          scheme === 'data' &&
          !(
            ['img', 'image', 'source'].includes(tag.name) &&
            /^\s*data:image\/(png|jpeg|gif|webp|avif);/i.test(url)
          )
        )
          at(`has ${name}="${url.slice(0, 40)}…": data: URLs are allowed only for raster images`);
        else if (loadsResource(tag, name) && isOtherHost(url, siteOrigin))
          at(
            `loads ${url.slice(0, 80)} from another host; readers in Russia and China must get every byte from the site`,
          );
      }
    }
  }
  return problems;
}

/** External links (`<a href="https://other…">`) that do not say rel="noopener noreferrer". */
export function linksWithoutNoopener(html: string, siteOrigin?: string): { line: number; href: string }[] {
  return startTags(html)
    .filter((t) => t.name === 'a' && t.attrs.href !== undefined && isOtherHost(t.attrs.href, siteOrigin))
    .filter((t) => {
      const rel = (t.attrs.rel ?? '').toLowerCase().split(/\s+/);
      return !(rel.includes('noopener') && rel.includes('noreferrer'));
    })
    .map((t) => ({ line: t.line, href: t.attrs.href! }));
}
