import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { rebaseOrigin } from '../../src/embed/origin';
import {
  EMBED_SANDBOX,
  escapeHtml,
  estimateHeight,
  iframeSnippet,
  scriptSnippet,
} from '../../src/embed/snippet';

const input = {
  src: 'https://news.example/embed/timeline/?focus=2017-04-25,2017-05-20&highlight=a',
  script: 'https://news.example/embed.js',
  title: 'Blocks & "unblocks" <2017>',
  height: 612.4,
  image: {
    src: 'https://news.example/embed/timeline/image.png',
    width: 1200,
    height: 525,
    alt: 'A "timeline" of <blocks>',
  },
  link: 'https://news.example/#wechat-week',
};

describe('embed snippets', () => {
  it('escapes every attribute value', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });

  it('parses back to a placeholder div, our script and a noscript picture with the same values', () => {
    const html = scriptSnippet(input);
    const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
    const div = document.querySelector('div[data-embed-src]')!;
    expect(div.getAttribute('data-embed-src')).toBe(input.src);
    expect(div.getAttribute('data-embed-title')).toBe(input.title);
    expect(div.getAttribute('style')).toBe('min-height:612px');
    const script = div.querySelector('script')!;
    expect(script.getAttribute('src')).toBe(input.script);
    expect(script.hasAttribute('async')).toBe(true);
    expect(div.querySelectorAll('*').length).toBeGreaterThan(1);
    expect(html).toContain(
      '<noscript><a href="https://news.example/#wechat-week"><img src="https://news.example/embed/timeline/image.png"',
    );
    expect(html).toContain('alt="A &quot;timeline&quot; of &lt;blocks&gt;"');
    expect(html).toContain('&amp;highlight=a');
  });

  it('writes an iframe-only snippet with a title, a fixed height and the sandbox', () => {
    const html = iframeSnippet(input);
    const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
    const f = document.querySelector('iframe')!;
    expect(f.getAttribute('src')).toBe(input.src);
    expect(f.getAttribute('title')).toBe(input.title);
    expect(f.getAttribute('sandbox')).toBe(EMBED_SANDBOX);
    expect(f.getAttribute('loading')).toBe('lazy');
    expect(f.getAttribute('style')).toContain('height:612px');
    expect(EMBED_SANDBOX).not.toContain('allow-top-navigation');
  });

  it('reserves the figure height at the frame width plus room for the text', () => {
    const sizes = { wide: { width: 960, height: 520 }, narrow: { width: 375, height: 400 } };
    expect(estimateHeight(sizes, 1000, 0)).toBe(Math.round((976 * 520) / 960));
    expect(estimateHeight(sizes, 320, 0)).toBe(Math.round((296 * 400) / 375));
    expect(estimateHeight({ wide: sizes.wide }, 320, 100)).toBe(Math.round((296 * 520) / 960 + 100));
  });
});

describe('the origin in a copied snippet', () => {
  const built = scriptSnippet({
    ...input,
    src: 'http://localhost:4321/embed/timeline/',
    script: 'http://localhost:4321/embed.js',
    image: { ...input.image, src: 'http://localhost:4321/embed/timeline/image.png' },
    link: 'http://localhost:4321/#wechat-week',
  });

  it('moves every URL on the build origin to the origin the page is served from', () => {
    const code = rebaseOrigin(built, 'http://localhost:4321', 'http://127.0.0.1:4361');
    expect(code).not.toContain('localhost:4321');
    expect(code).toContain('data-embed-src="http://127.0.0.1:4361/embed/timeline/"');
    expect(code).toContain('<script async src="http://127.0.0.1:4361/embed.js">');
    expect(code).toContain('href="http://127.0.0.1:4361/#wechat-week"');
    expect(code).toContain('img src="http://127.0.0.1:4361/embed/timeline/image.png"');
  });

  it('leaves the snippet alone on the build origin, on file: pages, and for other hosts', () => {
    expect(rebaseOrigin(built, 'http://localhost:4321', 'http://localhost:4321')).toBe(built);
    expect(rebaseOrigin(built, 'http://localhost:4321', 'null')).toBe(built);
    expect(rebaseOrigin(built, 'http://localhost:4321', 'file:///tmp/x')).toBe(built);
    const other = 'src="http://localhost:43210/embed.js" and https://news.example/x';
    expect(rebaseOrigin(other, 'http://localhost:4321', 'https://graphics.example')).toBe(other);
  });
});
