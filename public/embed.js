/*! The WeChat Week embed host script. MIT licence. No dependencies.
 *
 * Turns each <div data-embed-src="https://<this site>/embed/…/" data-embed-title="…"> on the page
 * (or /ru/embed/…, /zh/embed/…)
 * into a titled, lazy-loaded iframe and keeps the iframe as tall as its content.
 *
 * It accepts a height message only if it comes from one of its own iframes (event.source), from
 * that iframe's origin, which must be the origin this script was loaded from, and only in the AMP
 * form {sentinel: "amp", type: "embed-size", height} with a finite height in 1..20000 px.
 * It never navigates, never reads or writes the host's URL, and never parses HTML.
 */
(() => {
  const script = document.currentScript;
  if (!script?.src) return;
  let home;
  try {
    home = new URL(script.src).origin;
  } catch {
    return;
  }
  if (!/^https?:/.test(home)) return;

  const MIN = 1;
  const MAX = 20000;
  // One listener per page and site, however many snippets include this script.
  const key = `__wechatWeekEmbed ${home}`;
  window[key] ??= { frames: [], listening: false };
  const state = window[key];

  function start(div) {
    if (div.hasAttribute('data-embed-ready')) return;
    let url;
    try {
      url = new URL(div.getAttribute('data-embed-src') || '', document.baseURI);
    } catch {
      return;
    }
    // Only this site's embed pages, in any edition (src/lib/i18n/locales.ts: English at the root,
    // /ru/, /zh/), over http(s): never a javascript: or foreign URL.
    if (url.origin !== home || !/^\/(?:ru\/|zh\/)?embed\//.test(url.pathname)) return;
    div.setAttribute('data-embed-ready', '');
    const reserved = Number.parseInt(div.style.minHeight, 10);
    const iframe = document.createElement('iframe');
    iframe.src = url.href;
    iframe.title = div.getAttribute('data-embed-title') || 'Chart';
    iframe.setAttribute('loading', 'lazy');
    // The embed may run scripts and open links in a new tab; it may not navigate this page.
    iframe.setAttribute(
      'sandbox',
      'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox',
    );
    iframe.style.cssText = `display:block;width:100%;min-width:100%;border:0;height:${reserved > 0 && reserved <= MAX ? reserved : 400}px`;
    div.style.minHeight = '';
    div.appendChild(iframe);
    state.frames.push(iframe);
  }

  function onMessage(event) {
    const data = event.data;
    if (!data || typeof data !== 'object' || data.sentinel !== 'amp' || data.type !== 'embed-size') return;
    const height = data.height;
    if (typeof height !== 'number' || !Number.isFinite(height) || height < MIN || height > MAX) return;
    for (const iframe of state.frames) {
      if (!event.source || iframe.contentWindow !== event.source) continue;
      let origin;
      try {
        origin = new URL(iframe.src).origin;
      } catch {
        continue;
      }
      if (event.origin !== origin || origin !== home) continue;
      iframe.style.height = `${Math.ceil(height)}px`;
    }
  }

  function scan() {
    for (const div of document.querySelectorAll('div[data-embed-src]')) start(div);
  }

  if (!state.listening) {
    state.listening = true;
    window.addEventListener('message', onMessage);
  }
  scan();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan, { once: true });
})();
