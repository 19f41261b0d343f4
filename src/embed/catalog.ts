/**
 * Build time only: every embeddable thing (each registered chart, each chapter with a scrolly
 * section), where it sits in the story, and the snippet that embeds it.
 */
import { charts } from '../charts/registry';
import { type ChapterEntry, chapterAnchor, publishedChapters } from '../lib/chapters';
import { extractChapter } from '../lib/content/extractChapter';
import { type AnyChart, chartData } from '../lib/figures';
import { loadDataset } from '../lib/loadDataset';
import { site } from '../lib/site';
import { embedPaths, estimateHeight, iframeSnippet, scriptSnippet } from './snippet';

/** Width of the static PNGs (social cards, noscript, oEmbed thumbnails). */
export const PNG_WIDTH = 1200;
/** The width oEmbed consumers are told the snippet is designed for. */
export const OEMBED_WIDTH = 640;

/** The site's origin, from Astro's `site` setting. */
export function siteOrigin(): string {
  return new URL(import.meta.env.SITE ?? 'http://localhost:4321').origin;
}

/** Absolute URL of a site path. */
export function absolute(path: string): string {
  return new URL(path, siteOrigin()).href;
}

export interface ChartEmbed {
  chart: AnyChart;
  id: string;
  title: string;
  /** What the default state shows (describe()), the embed page's description and the image alt. */
  description: string;
  source: string;
  /** Site path with fragment of the chart's first figure in the story. */
  storyPath: string;
  /** Pixel size of the default PNG. */
  png: { width: number; height: number };
  /** Reserved heights at 320, 600 and 1000 px wide (previewer). */
  heights: Record<320 | 600 | 1000, number>;
  /** Reserved height in the snippet and oEmbed, at OEMBED_WIDTH. */
  height: number;
  snippet: string;
  iframeSnippet: string;
}

export interface ChapterEmbed {
  anchor: string;
  entry: ChapterEntry;
  title: string;
  /** The scrolly sections of the chapter: id and chart. */
  sections: { id: string; chart: string }[];
  storyPath: string;
  height: number;
  snippet: string;
  iframeSnippet: string;
  /** The PNG used for the noscript fallback: the first step's. */
  image: { path: string; width: number; height: number; alt: string };
}

/** The story anchor of a chart: its first figure in reading order (scrolly section or chart id). */
async function storyAnchors(): Promise<Map<string, string>> {
  const anchors = new Map<string, string>();
  for (const c of await publishedChapters()) {
    for (const f of extractChapter(c.body ?? '').figures) {
      if (!f.chart || anchors.has(f.chart)) continue;
      anchors.set(f.chart, (f.kind === 'step' ? f.scrolly : f.id) ?? chapterAnchor(c));
    }
  }
  return anchors;
}

function pngSize(size: { width: number; height: number }): { width: number; height: number } {
  return { width: PNG_WIDTH, height: Math.round((PNG_WIDTH * size.height) / size.width) };
}

let chartsCache: Promise<ChartEmbed[]> | undefined;

/** One entry per registered chart, in registry order. */
export function chartEmbeds(): Promise<ChartEmbed[]> {
  chartsCache ??= (async () => {
    const ds = await loadDataset();
    const anchors = await storyAnchors();
    return Object.values(charts).map((chart) => {
      const anchor = anchors.get(chart.id);
      const storyPath = anchor ? `/#${anchor}` : '/';
      const description = chart.describe(chartData(chart, ds), chart.defaultState);
      const png = pngSize(chart.sizes.wide);
      const heights = {
        320: estimateHeight(chart.sizes, 320),
        600: estimateHeight(chart.sizes, 600),
        1000: estimateHeight(chart.sizes, 1000),
      };
      const height = estimateHeight(chart.sizes, OEMBED_WIDTH);
      const input = {
        src: absolute(embedPaths.page(chart.id)),
        script: absolute(embedPaths.hostScript()),
        title: `${chart.title} (interactive chart from ${site.name})`,
        height,
        image: { src: absolute(embedPaths.png(chart.id)), ...png, alt: description },
        link: absolute(storyPath),
      };
      return {
        chart,
        id: chart.id,
        title: chart.title,
        description,
        source: chart.source,
        storyPath,
        png,
        heights,
        height,
        snippet: scriptSnippet(input),
        iframeSnippet: iframeSnippet(input),
      };
    });
  })();
  return chartsCache;
}

let chaptersCache: Promise<ChapterEmbed[]> | undefined;

/** One entry per published chapter that has at least one scrolly section with a known chart. */
export function chapterEmbeds(): Promise<ChapterEmbed[]> {
  chaptersCache ??= (async () => {
    const out: ChapterEmbed[] = [];
    for (const entry of await publishedChapters()) {
      const outline = extractChapter(entry.body ?? '');
      const sections = outline.scrollies
        .filter(
          (s): s is { id: string; chart: string; line: number; steps: number } =>
            !!s.id && !!s.chart && s.chart in charts,
        )
        .map((s) => ({ id: s.id, chart: s.chart }));
      const first = sections[0];
      if (!first) continue;
      const chart = charts[first.chart]!;
      const firstStep = outline.figures.find((f) => f.kind === 'step' && f.scrolly === first.id && f.id);
      const anchor = chapterAnchor(entry);
      const png = pngSize(chart.sizes.wide);
      const title = `${entry.data.title} (step-by-step graphic from ${site.name})`;
      // Prose, counter and buttons around the tallest step.
      const height = estimateHeight(chart.sizes, OEMBED_WIDTH, 420);
      const image = {
        path: firstStep?.id ? `/figures/${firstStep.id}.png` : embedPaths.png(chart.id),
        ...png,
        alt: firstStep?.alt ?? chart.title,
      };
      const input = {
        src: absolute(embedPaths.chapter(anchor)),
        script: absolute(embedPaths.hostScript()),
        title,
        height,
        image: { src: absolute(image.path), width: image.width, height: image.height, alt: image.alt },
        link: absolute(`/#${first.id}`),
      };
      out.push({
        anchor,
        entry,
        title: entry.data.title,
        sections,
        storyPath: `/#${first.id}`,
        height,
        snippet: scriptSnippet(input),
        iframeSnippet: iframeSnippet(input),
        image,
      });
    }
    return out;
  })();
  return chaptersCache;
}
