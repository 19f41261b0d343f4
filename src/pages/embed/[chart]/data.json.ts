import type { APIRoute } from 'astro';
import { chartEmbeds } from '../../../embed/catalog';
import { chartData } from '../../../lib/figures';
import { loadDataset } from '../../../lib/loadDataset';

/**
 * `/embed/<chart>/data.json`: the chart's data slice (`chart.select(dataset)`), fetched by an
 * embed only when its URL asks for a state other than the default.
 */
export async function getStaticPaths() {
  return (await chartEmbeds()).map((e) => ({ params: { chart: e.id }, props: { id: e.id } }));
}

export const GET: APIRoute = async ({ params }) => {
  const embed = (await chartEmbeds()).find((e) => e.id === params.chart);
  if (!embed) return new Response('unknown chart', { status: 404 });
  const data = chartData(embed.chart, await loadDataset());
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
