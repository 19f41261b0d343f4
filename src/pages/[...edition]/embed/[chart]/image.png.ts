import type { APIRoute } from 'astro';
import { PNG_WIDTH } from '../../../../embed/catalog';
import { chartEmbed, chartImagePaths, chartImageSvg } from '../../../../embed/chartImage';
import { svgToPng } from '../../../../embed/png';
import type { Locale } from '../../../../lib/i18n/locales';

/**
 * `/embed/<chart>/image.png` (and `/ru/…`, `/zh/…`): the chart's default state as a PNG, for
 * `<noscript>`, social cards and oEmbed thumbnails. Rasterised from the same standalone SVG with
 * resvg (no browser).
 */
export const getStaticPaths = chartImagePaths;

export const GET: APIRoute = async ({ params, props }) => {
  const embed = await chartEmbed(params.chart, props.locale as Locale);
  if (!embed) return new Response('unknown chart', { status: 404 });
  const png = await svgToPng(await chartImageSvg(embed), PNG_WIDTH);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
