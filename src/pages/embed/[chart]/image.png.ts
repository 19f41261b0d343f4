import type { APIRoute } from 'astro';
import { chartEmbeds, PNG_WIDTH } from '../../../embed/catalog';
import { svgToPng } from '../../../embed/png';
import { standaloneSvg } from '../../../lib/figures';
import { loadDataset } from '../../../lib/loadDataset';

/**
 * `/embed/<chart>/image.png`: the chart's default state as a PNG, for `<noscript>`, social cards
 * and oEmbed thumbnails. Rasterised from the same standalone SVG with resvg (no browser).
 */
export async function getStaticPaths() {
  return (await chartEmbeds()).map((e) => ({ params: { chart: e.id } }));
}

export const GET: APIRoute = async ({ params }) => {
  const embed = (await chartEmbeds()).find((e) => e.id === params.chart);
  if (!embed) return new Response('unknown chart', { status: 404 });
  const svg = standaloneSvg(
    embed.chart,
    await loadDataset(),
    embed.chart.defaultState,
    'wide',
    embed.description,
  );
  return new Response(new Uint8Array(svgToPng(svg, PNG_WIDTH)), { headers: { 'Content-Type': 'image/png' } });
};
