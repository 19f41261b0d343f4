import type { APIRoute } from 'astro';
import { chartEmbeds } from '../../../embed/catalog';
import { chartData } from '../../../lib/figures';
import { loadDataset } from '../../../lib/loadDataset';

/**
 * `/embed/<chart>/data.json`: the chart's data slice (`chart.select(dataset)`) and the ids a state
 * may name (the same sets the build checks MDX states against), fetched by an embed only when
 * its URL asks for a state other than the default.
 */
export async function getStaticPaths() {
  return (await chartEmbeds()).map((e) => ({ params: { chart: e.id } }));
}

export const GET: APIRoute = async ({ params }) => {
  const embed = (await chartEmbeds()).find((e) => e.id === params.chart);
  if (!embed) return new Response('unknown chart', { status: 404 });
  const ds = await loadDataset();
  const known = {
    events: ds.events.map((e) => e.id),
    services: ds.services.map((s) => s.id),
    mechanisms: ds.mechanisms.map((m) => m.id),
    countries: [
      ...new Set([...ds.events.map((e) => e.country), ...ds.fotnScores.map((s) => s.country)]),
    ].sort(),
    editions: [...new Set(ds.fotnScores.map((s) => s.edition))].sort(),
  };
  const body = { data: chartData(embed.chart, ds), known };
  return new Response(JSON.stringify(body), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
