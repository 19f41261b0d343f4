import { createHash } from 'node:crypto';
import { parseHTML } from 'linkedom';
import { EDITIONS } from './i18n/locales';

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

/** Attributes of an element as a plain object, names lowercased, entities decoded. */
function attributesOf(el: Element): Record<string, string> {
  const out: Record<string, string> = {};
  for (const a of [...el.attributes]) if (!(a.name.toLowerCase() in out)) out[a.name.toLowerCase()] = a.value;
  return out;
}

/** Every element of a document, in order, parsed as a browser would (htmlparser2 via linkedom). */
export function elementsOf(html: string): Element[] {
  const { document } = parseHTML(html);
  return [...document.querySelectorAll('*')] as Element[];
}

export interface InlineBlock {
  attrs: Record<string, string>;
  body: string;
}

function blocks(html: string, name: 'script' | 'style'): InlineBlock[] {
  return elementsOf(html)
    .filter((el) => el.localName.toLowerCase() === name)
    .map((el) => ({ attrs: attributesOf(el), body: el.textContent ?? '' }));
}

/** Every `<script>` element with its attributes and raw body (empty for `src=` scripts). */
export function scriptElements(html: string): InlineBlock[] {
  return blocks(html, 'script');
}

/** Every `<style>` element with its raw body. */
export function styleElements(html: string): InlineBlock[] {
  return blocks(html, 'style');
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

/**
 * `/embed/<chart>/…` pages, in every edition (`/ru/embed/<chart>/…`), are made to be framed by
 * other sites; nothing else is.
 */
export function pageKind(path: string): PageKind {
  const bare = path.replace(new RegExp(`^/(?:${EDITIONS.join('|')})(?=/)`), '');
  return /^\/embed\/[^/]+\/.*/.test(bare) && !/^\/embed\/(preview|previewer)\//.test(bare) ? 'embed' : 'page';
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

/** An element of a built page: its name, attributes and how it starts (for messages). */
export interface StartTag {
  name: string;
  attrs: Record<string, string>;
  /** The start tag, shortened, to find it in the file. */
  snippet: string;
}

/** The elements of a document as start tags (comments and script/style bodies are not markup). */
export function startTags(html: string): StartTag[] {
  return elementsOf(html).map((el) => {
    const name = el.localName.toLowerCase();
    const attrs = attributesOf(el);
    const text = `<${name}${Object.entries(attrs)
      .map(([k, v]) => ` ${k}="${v}"`)
      .join('')}>`;
    return { name, attrs, snippet: text.length > 100 ? `${text.slice(0, 97)}…` : text };
  });
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
export function auditBuiltHtml(html: string, siteOrigin?: string): { snippet: string; message: string }[] {
  const problems: { snippet: string; message: string }[] = [];
  for (const tag of startTags(html)) {
    const at = (message: string) =>
      problems.push({ snippet: tag.snippet, message: `<${tag.name}> ${message}` });
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
export function linksWithoutNoopener(html: string, siteOrigin?: string): { snippet: string; href: string }[] {
  return startTags(html)
    .filter((t) => t.name === 'a' && t.attrs.href !== undefined && isOtherHost(t.attrs.href, siteOrigin))
    .filter((t) => {
      const rel = (t.attrs.rel ?? '').toLowerCase().split(/\s+/);
      return !(rel.includes('noopener') && rel.includes('noreferrer'));
    })
    .map((t) => ({ snippet: t.snippet, href: t.attrs.href! }));
}
