import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  auditBuiltHtml,
  headerPolicy,
  headersFile,
  headersForPath,
  injectMetaPolicy,
  inlineScriptHashes,
  inlineStyleHashes,
  linksWithoutNoopener,
  metaPolicy,
  pageKind,
  parseHeadersFile,
  policyInputFor,
  servedPath,
  startTags,
  urlScheme,
} from '../../src/lib/csp';

const sha = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;

describe('inline script and style hashes', () => {
  it('hashes the exact body of each executable inline script, once', () => {
    const body = 'document.documentElement.classList.add("js")';
    const html = `<head><script>${body}</script></head><body><script type="module">import"/a.js";</script><script>${body}</script></body>`;
    expect(inlineScriptHashes(html)).toEqual([sha(body), sha('import"/a.js";')].sort());
  });

  it('reads script bodies as a browser parses them, not markup inside attributes', () => {
    const html =
      '<a title="<script>fake()</script>">x</a><script>if (a < b && c > d) real("&amp;</div>")</script>';
    expect(inlineScriptHashes(html)).toEqual([sha('if (a < b && c > d) real("&amp;</div>")')]);
  });

  it('skips data blocks, external scripts, empty scripts and commented-out markup', () => {
    const html =
      '<script type="application/json">{"a":1}</script><script type="application/ld+json">{}</script>' +
      '<script type="module" src="/_astro/x.js"></script><script></script><!-- <script>alert(1)</script> -->';
    expect(inlineScriptHashes(html)).toEqual([]);
  });

  it('hashes non-ASCII text as UTF-8, as browsers do', () => {
    const body = 'console.log("Роскомнадзор 微信")';
    expect(inlineScriptHashes(`<script>${body}</script>`)).toEqual([sha(body)]);
  });

  it('hashes inline <style> elements', () => {
    expect(inlineStyleHashes('<style>.a{color:red}</style>')).toEqual([sha('.a{color:red}')]);
  });
});

describe('policies', () => {
  const input = policyInputFor('<script>x()</script>');

  it('allows scripts only from the site and by hash, never unsafe-inline', () => {
    const p = metaPolicy(input);
    expect(p).toContain(`script-src 'self' ${sha('x()')}`);
    expect(p).not.toMatch(/script-src[^;]*unsafe/);
    expect(p).toContain("object-src 'none'");
    expect(p).toContain("base-uri 'self'");
    expect(p).not.toContain('frame-ancestors'); // ignored in <meta>
  });

  it('lets anyone frame embeds and only the site frame other pages', () => {
    expect(headerPolicy(input, 'embed')).toMatch(/frame-ancestors \*$/);
    expect(headerPolicy(input, 'page')).toMatch(/frame-ancestors 'self'$/);
    expect(pageKind('/embed/timeline/')).toBe('embed');
    expect(pageKind('/embed/chapter/the-week/')).toBe('embed');
    expect(pageKind('/embed/preview/')).toBe('page');
    expect(pageKind('/')).toBe('page');
    expect(pageKind('/data/')).toBe('page');
    // Every edition's embeds may be framed too; its other pages may not.
    expect(pageKind('/ru/embed/timeline/')).toBe('embed');
    expect(pageKind('/zh/embed/world-map/')).toBe('embed');
    expect(pageKind('/ru/embed-preview/')).toBe('page');
    expect(pageKind('/zh/data/')).toBe('page');
    expect(pageKind('/ru/')).toBe('page');
  });

  it('replaces the placeholder <meta> or puts one right after <meta charset>', () => {
    const withPlaceholder = `<head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${metaPolicy()}"><script>x()</script>`;
    const out = injectMetaPolicy(withPlaceholder, metaPolicy(input));
    expect(out.match(/Content-Security-Policy/g)).toHaveLength(1);
    expect(out).toContain(sha('x()'));
    const bare = injectMetaPolicy('<html><head><meta charset="utf-8"><title>t</title>', "script-src 'self'");
    expect(bare).toBe(
      `<html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="script-src 'self'"><title>t</title>`,
    );
  });

  it('writes one _headers rule per page, with no catch-all policy that hosts would merge in', () => {
    const text = headersFile([
      { path: '/', policy: headerPolicy(input, 'page'), kind: 'page' },
      { path: '/embed/timeline/', policy: headerPolicy(input, 'embed'), kind: 'embed' },
    ]);
    const rules = parseHeadersFile(text);
    const catchAll = rules.find((r) => r.path === '/*')!;
    expect(catchAll.headers.map(([k]) => k)).not.toContain('Content-Security-Policy');
    expect(catchAll.headers.map(([k]) => k)).not.toContain('X-Frame-Options');
    const embed = headersForPath(rules, '/embed/timeline/');
    expect(embed['Content-Security-Policy']).toMatch(/frame-ancestors \*$/);
    expect(embed['X-Frame-Options']).toBeUndefined();
    expect(embed['X-Content-Type-Options']).toBe('nosniff');
    expect(headersForPath(rules, '/index.html')['X-Frame-Options']).toBe('SAMEORIGIN');
  });

  it('maps built files to served paths', () => {
    expect(servedPath('index.html')).toBe('/');
    expect(servedPath('embed/timeline/index.html')).toBe('/embed/timeline/');
    expect(servedPath('404.html')).toBe('/404.html');
  });
});

describe('built-page audit', () => {
  const site = 'http://localhost:4321';

  it('finds inline handlers, script URLs, srcdoc and other hosts', () => {
    const html = [
      '<img src="x" onerror="alert(1)">',
      '<a href="javascript:alert(1)">a</a>',
      '<a href="jav&#x09;ascript:alert(1)">b</a>',
      '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
      '<script src="https://cdn.example.com/x.js"></script>',
      '<link rel="stylesheet" href="//fonts.example.com/a.css">',
      '<a href="data:text/html;base64,PHNjcmlwdD4=">c</a>',
      '<base href="https://evil.example/">',
    ].join('\n');
    const messages = auditBuiltHtml(html, site).map((p) => p.message);
    expect(messages).toHaveLength(9); // <base> twice: not allowed, and another host
    expect(messages.join('\n')).toMatch(/<base> is not allowed/);
    expect(messages[0]).toMatch(/^<img> has an inline event handler onerror/);
    expect(messages.join('\n')).toMatch(/<a> has href="jav\tascript/);
    expect(messages.join('\n')).toMatch(/cdn\.example\.com\/x\.js from another host/);
  });

  it('accepts the site itself: relative assets, links out, canonical and oEmbed links', () => {
    const html = [
      '<link rel="canonical" href="http://localhost:4321/">',
      '<link rel="alternate" type="application/json+oembed" href="http://localhost:4321/oembed/timeline.json">',
      '<script type="module" src="/_astro/a.js"></script><img src="data:image/png;base64,iVBOR">',
      '<a href="https://www.reuters.com/x" rel="noopener noreferrer" target="_blank">Reuters</a>',
      '<script type="application/json">{"onerror":"javascript:alert(1)"}</script>',
      '<p>onerror=alert(1) is text here</p><!-- <img onerror=alert(1)> -->',
    ].join('');
    expect(auditBuiltHtml(html, site)).toEqual([]);
  });

  it('finds links to other sites without rel="noopener noreferrer"', () => {
    const html =
      '<a href="https://a.example/">a</a><a href="https://b.example/" rel="noopener">b</a><a href="/x/">c</a>';
    expect(linksWithoutNoopener(html, site).map((l) => l.href)).toEqual([
      'https://a.example/',
      'https://b.example/',
    ]);
  });

  it('reads URL schemes the way browsers do', () => {
    expect(urlScheme(' JaVaScRiPt:alert(1)')).toBe('javascript');
    expect(urlScheme('java\tscript:alert(1)')).toBe('javascript');
    expect(urlScheme('\u0000javascript:x')).toBe('javascript');
    expect(urlScheme('/embed/timeline/')).toBe('');
    expect(urlScheme('#src-1')).toBe('');
    expect(startTags(`<a a="&#106;avascript:x" b='y' c=z d>`)[0]!.attrs).toEqual({
      a: 'javascript:x',
      b: 'y',
      c: 'z',
      d: '',
    });
  });
});
