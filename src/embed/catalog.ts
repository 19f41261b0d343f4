/**
 * Build time only: every embeddable thing (each registered chart, each chapter with a scrolly
 * section) in an edition, where it sits in that edition's story, and the snippet that embeds it.
 */
import { charts } from '../charts/registry';
import { editionPath } from '../lib/i18n/alternates';
import { chapterAnchor, publishedChapters } from '../lib/chapters';
import { extractChapter } from '../lib/content/extractChapter';
import { type AnyChart, chartData } from '../lib/figures';
import { type EditionChapter, editionChapters } from '../lib/i18n/chapters';
import type { Locale } from '../lib/i18n/locales';
import { t } from '../lib/i18n/ui';
import { site } from '../lib/site';
import { editionFigures } from '../lib/storyFigures';
import { chartDescription, chartSource, chartTitle } from './chartText';
import { editionDataset } from './editions';
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
  locale: Locale;
  /** Site paths of this edition's embed page, images, data and oEmbed. */
  paths: { page: string; png: string; svg: string; data: string; oembed: string };
  title: string;
  /** What the default state shows (describe()), the embed page's description and the image alt. */
  description: string;
  source: string;
  /** Site path with fragment of the chart's first figure in this edition's story. */
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
  locale: Locale;
  /** What the stepper renders: the edition's translation (English structure), or the English. */
  entry: EditionChapter['entry'];
  /** False while the edition has no translation of the chapter (the stepper shows the English). */
  translated: boolean;
  title: string;
  summary: string;
  /** The scrolly sections of the chapter: id and chart. */
  sections: { id: string; chart: string }[];
  /** Site paths of this edition's stepper page and oEmbed. */
  paths: { page: string; oembed: string };
  storyPath: string;
  height: number;
  snippet: string;
  iframeSnippet: string;
  /** The PNG used for the noscript fallback: the first step's, in this edition. */
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

/** Site paths of a chart's embed files in an edition. */
export function chartPaths(id: string, locale: Locale): ChartEmbed['paths'] {
  return {
    page: editionPath(locale, embedPaths.page(id)),
    png: editionPath(locale, embedPaths.png(id)),
    svg: editionPath(locale, embedPaths.svg(id)),
    data: editionPath(locale, embedPaths.data(id)),
    oembed: editionPath(locale, embedPaths.oembed(id)),
  };
}

const chartsCache = new Map<Locale, Promise<ChartEmbed[]>>();

/** One entry per registered chart in an edition, in registry order. */
export function chartEmbeds(locale: Locale = 'en'): Promise<ChartEmbed[]> {
  const cached = chartsCache.get(locale);
  if (cached) return cached;
  const made = (async () => {
    const ds = await editionDataset(locale);
    const anchors = await storyAnchors();
    return Object.values(charts).map((chart) => {
      const anchor = anchors.get(chart.id);
      const storyPath = editionPath(locale, anchor ? `/#${anchor}` : '/');
      const paths = chartPaths(chart.id, locale);
      const title = chartTitle(chart, locale);
      const description = chartDescription(chart, chartData(chart, ds, locale), chart.defaultState, locale);
      const png = pngSize(chart.sizes.wide);
      const heights = {
        320: estimateHeight(chart.sizes, 320),
        600: estimateHeight(chart.sizes, 600),
        1000: estimateHeight(chart.sizes, 1000),
      };
      const height = estimateHeight(chart.sizes, OEMBED_WIDTH);
      const input = {
        src: absolute(paths.page),
        script: absolute(embedPaths.hostScript()),
        title: t(locale, 'embed.frameTitle', { title, site: site.name }),
        height,
        image: { src: absolute(paths.png), ...png, alt: description },
        link: absolute(storyPath),
      };
      return {
        chart,
        id: chart.id,
        locale,
        paths,
        title,
        description,
        source: chartSource(chart, locale),
        storyPath,
        png,
        heights,
        height,
        snippet: scriptSnippet(input),
        iframeSnippet: iframeSnippet(input),
      };
    });
  })();
  chartsCache.set(locale, made);
  return made;
}

const chaptersCache = new Map<Locale, Promise<ChapterEmbed[]>>();

/**
 * One entry per published chapter that has at least one scrolly section with a known chart, in an
 * edition. Anchors, section and step ids are the English chapter's in every edition (a
 * translation follows its structure); words, step alts and figures are the edition's.
 */
export function chapterEmbeds(locale: Locale = 'en'): Promise<ChapterEmbed[]> {
  const cached = chaptersCache.get(locale);
  if (cached) return cached;
  const made = (async () => {
    const alts = new Map(
      (await editionFigures(locale)).filter((f) => f.kind === 'step' && f.id).map((f) => [f.id!, f.alt]),
    );
    const out: ChapterEmbed[] = [];
    for (const c of await editionChapters(locale)) {
      const outline = extractChapter(c.english.body ?? '');
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
      const png = pngSize(chart.sizes.wide);
      const paths = {
        page: editionPath(locale, embedPaths.chapter(c.anchor)),
        oembed: editionPath(locale, embedPaths.chapterOembed(c.anchor)),
      };
      const storyPath = editionPath(locale, `/#${first.id}`);
      // Prose, counter and buttons around the tallest step.
      const height = estimateHeight(chart.sizes, OEMBED_WIDTH, 420);
      const image = {
        path: editionPath(locale, firstStep?.id ? `/figures/${firstStep.id}.png` : embedPaths.png(chart.id)),
        ...png,
        alt: (firstStep?.id && alts.get(firstStep.id)) || chartTitle(chart, locale),
      };
      const input = {
        src: absolute(paths.page),
        script: absolute(embedPaths.hostScript()),
        title: t(locale, 'embed.stepper.frameTitle', { title: c.title, site: site.name }),
        height,
        image: { src: absolute(image.path), width: image.width, height: image.height, alt: image.alt },
        link: absolute(storyPath),
      };
      out.push({
        anchor: c.anchor,
        locale,
        entry: c.entry,
        translated: c.translated,
        title: c.title,
        summary: c.summary,
        sections,
        paths,
        storyPath,
        height,
        snippet: scriptSnippet(input),
        iframeSnippet: iframeSnippet(input),
        image,
      });
    }
    return out;
  })();
  chaptersCache.set(locale, made);
  return made;
}
