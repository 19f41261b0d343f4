import type { APIRoute } from 'astro';
import { chartEmbeds } from '../../../../embed/catalog';
import { editionDataset, everyEdition } from '../../../../embed/editions';
import type { Locale } from '../../../../lib/i18n/locales';
import { chartData } from '../../../../lib/figures';

/**
 * `/embed/<chart>/data.json` (and `/ru/…`, `/zh/…`): the chart's data slice from the edition's
 * dataset (`chart.select(dataset)`) and the ids a state may name (the same sets the build checks
 * MDX states against, the same in every edition), fetched by an embed only when its URL asks for
 * a state other than the default.
 */
export async function getStaticPaths() {
  return everyEdition(async (locale) =>
    (await chartEmbeds(locale)).map((e) => ({ params: { chart: e.id }, props: {} })),
  );
}

export const GET: APIRoute = async ({ params, props }) => {
  const locale = props.locale as Locale;
  const embed = (await chartEmbeds(locale)).find((e) => e.id === params.chart);
  if (!embed) return new Response('unknown chart', { status: 404 });
  const ds = await editionDataset(locale);
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
