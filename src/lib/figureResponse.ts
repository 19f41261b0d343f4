import { chartById } from '../charts/registry';
import { editionDataset, everyEdition } from '../embed/editions';
import type { Layout, standaloneSvg } from './figures';
import type { Locale } from './i18n/locales';
import { stepFigurePaths } from './storyFigures';

/**
 * Static paths of a step figure route in every edition (`/figures/<step-id>.svg`,
 * `/ru/figures/<step-id>.svg`, …): step ids and states are the same in every edition.
 */
export function editionFigurePaths(layout: Layout) {
  return everyEdition((locale) => stepFigurePaths(layout, locale));
}

/** The SVG response of a step figure route, drawn from the edition's dataset. */
export async function figureResponse(
  props: Record<string, unknown>,
  layout: Layout,
  render: typeof standaloneSvg,
): Promise<Response> {
  const chart = chartById(String(props.chart));
  if (!chart) return new Response('unknown chart', { status: 404 });
  const parsed = chart.parseState(props.state);
  if (!parsed.ok) return new Response('invalid state', { status: 500 });
  const locale = (props.locale ?? 'en') as Locale;
  const svg = render(chart, await editionDataset(locale), parsed.state, layout, String(props.alt), locale);
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
}
