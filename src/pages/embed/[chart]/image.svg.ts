import type { APIRoute } from 'astro';
import { chartEmbeds } from '../../../embed/catalog';
import { standaloneSvg } from '../../../lib/figures';
import { loadDataset } from '../../../lib/loadDataset';

/** `/embed/<chart>/image.svg`: the chart's default state as a standalone SVG (wide layout). */
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
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
