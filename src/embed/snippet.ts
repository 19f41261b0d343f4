/**
 * The HTML people paste to embed a chart, and the URLs it points to. Pure string building, so it
 * is unit tested; every value that goes into an attribute is escaped here.
 */

/** Sandbox of every frame we hand out: scripts and new-tab links, but no navigating the host. */
export const EMBED_SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';

/** Paths of everything that belongs to one chart's embed (site-relative, trailing slash style). */
export const embedPaths = {
  page: (chart: string) => `/embed/${chart}/`,
  chapter: (chapter: string) => `/embed/chapter/${chapter}/`,
  svg: (chart: string) => `/embed/${chart}/image.svg`,
  png: (chart: string) => `/embed/${chart}/image.png`,
  data: (chart: string) => `/embed/${chart}/data.json`,
  oembed: (chart: string) => `/oembed/${chart}.json`,
  chapterOembed: (chapter: string) => `/oembed/chapter-${chapter}.json`,
  hostScript: () => '/embed.js',
  preview: () => '/embed-preview/',
};

/** Escape text for a double-quoted HTML attribute or element content. */
export function escapeHtml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export interface SnippetInput {
  /** Absolute URL of the embed page (may carry a state query string). */
  src: string;
  /** Absolute URL of embed.js on the same site. */
  script: string;
  /** The iframe's accessible name. */
  title: string;
  /** Height to reserve before the embed reports its own (px). */
  height: number;
  /** The <noscript> picture: absolute URL, intrinsic size, alt text, and where it links. */
  image: { src: string; width: number; height: number; alt: string };
  /** Where the static picture links: the chart in the story. */
  link: string;
}

/**
 * The recommended snippet: a placeholder that embed.js turns into a self-sizing iframe, with a
 * static picture for readers (and feed readers) without scripts.
 */
export function scriptSnippet(i: SnippetInput): string {
  const h = Math.round(i.height);
  return [
    `<div data-embed-src="${escapeHtml(i.src)}" data-embed-title="${escapeHtml(i.title)}" style="min-height:${h}px">`,
    `  <script async src="${escapeHtml(i.script)}"></script>`,
    `  <noscript><a href="${escapeHtml(i.link)}"><img src="${escapeHtml(i.image.src)}" width="${i.image.width}" height="${i.image.height}" alt="${escapeHtml(i.image.alt)}" style="width:100%;height:auto"></a></noscript>`,
    '</div>',
  ].join('\n');
}

/** For CMSes that strip scripts: a fixed-height iframe (it scrolls if the content is taller). */
export function iframeSnippet(i: Pick<SnippetInput, 'src' | 'title' | 'height'>): string {
  return `<iframe src="${escapeHtml(i.src)}" title="${escapeHtml(i.title)}" style="display:block;width:100%;height:${Math.round(i.height)}px;border:0" loading="lazy" sandbox="${EMBED_SANDBOX}"></iframe>`;
}

/**
 * The height to reserve for an embed at `width` px: the figure at that width (narrow layout at
 * ≤ 600 px when the chart has one) plus the title, description and source line around it.
 * The frame corrects itself once the embed reports; this only limits the jump.
 */
export function estimateHeight(
  sizes: { wide: { width: number; height: number }; narrow?: { width: number; height: number } },
  width: number,
  chrome = 210,
): number {
  const size = width <= 600 && sizes.narrow ? sizes.narrow : sizes.wide;
  const inner = width - 24;
  return Math.round((inner * size.height) / size.width + chrome);
}
