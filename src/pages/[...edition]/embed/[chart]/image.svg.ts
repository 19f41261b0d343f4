import type { APIRoute } from 'astro';
import { chartEmbed, chartImagePaths, chartImageSvg } from '../../../../embed/chartImage';
import type { Locale } from '../../../../lib/i18n/locales';

/** `/embed/<chart>/image.svg` (and `/ru/…`, `/zh/…`): the chart's default state, wide layout. */
export const getStaticPaths = chartImagePaths;

export const GET: APIRoute = async ({ params, props }) => {
  const embed = await chartEmbed(params.chart, props.locale as Locale);
  if (!embed) return new Response('unknown chart', { status: 404 });
  return new Response(await chartImageSvg(embed), {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });
};
