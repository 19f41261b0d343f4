/**
 * public/embed.js, run against a server-side DOM: which iframes it makes and which messages it
 * accepts. The browser behaviour (real frames, real origins) is covered by tests/e2e/embed*.spec.ts.
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import {
  datawrapperMessage,
  heightMessages,
  iframeResizeMessage,
  pymMessage,
} from '../../src/embed/dialects';
import { EDITIONS } from '../../src/lib/i18n/locales';

const SOURCE = readFileSync(new URL('../../public/embed.js', import.meta.url), 'utf8');
const SITE = 'https://news.example';

interface Host {
  document: Document;
  frames: HTMLIFrameElement[];
  post(data: unknown, from: { origin: string; source: unknown }): void;
  listeners: number;
}

/** Load a host page with `body` and run embed.js `times` times, as if loaded from `scriptSrc`. */
function host(body: string, { scriptSrc = `${SITE}/embed.js`, times = 1 } = {}): Host {
  const { document } = parseHTML(`<!doctype html><html><body>${body}</body></html>`);
  Object.defineProperty(document, 'baseURI', { value: 'https://host.example/article/' });
  Object.defineProperty(document, 'readyState', { value: 'complete' });
  Object.defineProperty(document, 'currentScript', { value: { src: scriptSrc } });
  const handlers: ((e: unknown) => void)[] = [];
  const win: Record<string, unknown> = {
    addEventListener: (type: string, fn: (e: unknown) => void) => type === 'message' && handlers.push(fn),
  };
  const run = new Function('window', 'document', SOURCE);
  for (let i = 0; i < times; i++) run(win, document);
  const frames = [...document.querySelectorAll('iframe')] as HTMLIFrameElement[];
  // Give each frame a stand-in window object, as a browser would.
  for (const f of frames) Object.defineProperty(f, 'contentWindow', { value: { frame: f.src } });
  return {
    document,
    frames,
    listeners: handlers.length,
    post: (data, { origin, source }) => {
      for (const h of handlers) h({ data, origin, source });
    },
  };
}

const snippet = (src: string, extra = '') =>
  `<div data-embed-src="${src}" data-embed-title="Timeline of the WeChat block" style="min-height:480px"${extra}></div>`;

describe('embed.js: frames', () => {
  it('turns a snippet into a titled, lazy, sandboxed iframe with the reserved height', () => {
    const h = host(snippet(`${SITE}/embed/timeline/?focus=2017-04-25,2017-05-20`));
    expect(h.frames).toHaveLength(1);
    const f = h.frames[0]!;
    expect(f.getAttribute('src')).toBe(`${SITE}/embed/timeline/?focus=2017-04-25,2017-05-20`);
    expect(f.getAttribute('title')).toBe('Timeline of the WeChat block');
    expect(f.getAttribute('loading')).toBe('lazy');
    expect(f.getAttribute('sandbox')).toBe(
      'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox',
    );
    expect(f.style.height).toBe('480px');
    expect(f.getAttribute('sandbox')).not.toContain('top-navigation');
  });

  it('makes frames only for its own site and only for /embed/ pages', () => {
    const h = host(
      [
        snippet('javascript:alert(1)'),
        snippet('https://evil.example/embed/timeline/'),
        snippet(`${SITE}/story/`),
        snippet('data:text/html,<script>alert(1)</script>'),
        snippet('http://[bad'),
        snippet('/embed/world-map/'), // relative: resolves against the host page, not our site
        snippet(`${SITE}/ru/data/`),
        snippet(`${SITE}/de/embed/timeline/`), // not an edition of ours
        snippet(`${SITE}/xru/embed/timeline/`),
      ].join(''),
    );
    expect(h.frames).toHaveLength(0);
  });

  it("makes frames for every edition's embeds (/ru/embed/…, /zh/embed/…)", () => {
    // Every edition in src/lib/i18n/locales.ts: embed.js names them itself (it imports nothing).
    const urls = EDITIONS.map((e) => `${SITE}/${e}/embed/world-map/?year=2017`);
    const h = host(urls.map((u) => snippet(u)).join(''));
    expect(h.frames.map((f) => f.getAttribute('src'))).toEqual(urls);
  });

  it('does nothing when it cannot tell where it was loaded from', () => {
    expect(host(snippet(`${SITE}/embed/timeline/`), { scriptSrc: '' }).frames).toHaveLength(0);
  });

  it('adds one listener and one frame per snippet, however many times the script runs', () => {
    const h = host(snippet(`${SITE}/embed/timeline/`) + snippet(`${SITE}/embed/world-map/`), { times: 3 });
    expect(h.frames).toHaveLength(2);
    expect(h.listeners).toBe(1);
  });
});

describe('embed.js: messages', () => {
  const setup = () => {
    const h = host(snippet(`${SITE}/embed/timeline/`) + snippet(`${SITE}/embed/world-map/`));
    const [a, b] = h.frames as [HTMLIFrameElement, HTMLIFrameElement];
    return { h, a, b, from: (f: HTMLIFrameElement, origin = SITE) => ({ origin, source: f.contentWindow }) };
  };

  it('sizes the frame that sent the AMP message, and only that one', () => {
    const { h, a, b, from } = setup();
    h.post({ sentinel: 'amp', type: 'embed-size', height: 612.4 }, from(a));
    expect(a.style.height).toBe('613px');
    expect(b.style.height).toBe('480px');
  });

  it('reads the AMP message out of what the embed reporter sends', () => {
    const { h, a, from } = setup();
    for (const m of heightMessages({
      height: 700,
      embedId: 'timeline',
      src: `${SITE}/embed/timeline/`,
      childId: 'c',
    }))
      h.post(m, from(a));
    expect(a.style.height).toBe('700px');
  });

  it('ignores messages from other origins or from windows that are not its frames', () => {
    const { h, a, from } = setup();
    const amp = { sentinel: 'amp', type: 'embed-size', height: 900 };
    h.post(amp, from(a, 'https://evil.example'));
    h.post(amp, from(a, 'null'));
    h.post(amp, { origin: SITE, source: {} });
    h.post(amp, { origin: SITE, source: null });
    expect(a.style.height).toBe('480px');
  });

  it('ignores malformed messages', () => {
    const { h, a, from } = setup();
    const bad: unknown[] = [
      null,
      'garbage',
      42,
      { height: 900 },
      pymMessage('x', 900),
      datawrapperMessage('timeline', 900),
      iframeResizeMessage(SITE, 900),
      { sentinel: 'amp', type: 'embed-size', height: '900' },
      { sentinel: 'amp', type: 'embed-size', height: Number.NaN },
      { sentinel: 'amp', type: 'embed-size', height: Number.POSITIVE_INFINITY },
      { sentinel: 'amp', type: 'embed-size', height: -5 },
      { sentinel: 'amp', type: 'embed-size', height: 0 },
      { sentinel: 'amp', type: 'embed-size', height: 1e9 },
      { sentinel: 'amp', type: 'embed-size' },
      { sentinel: 'amp', type: 'other', height: 900 },
      { sentinel: 'nope', type: 'embed-size', height: 900 },
    ];
    for (const m of bad) h.post(m, from(a));
    expect(a.style.height).toBe('480px');
  });
});
