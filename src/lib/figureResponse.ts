import { chartById } from '../charts/registry';
import type { Layout, standaloneSvg } from './figures';
import { loadDataset } from './loadDataset';

/** The SVG response of a step figure route. */
export async function figureResponse(
  props: Record<string, unknown>,
  layout: Layout,
  render: typeof standaloneSvg,
): Promise<Response> {
  const chart = chartById(String(props.chart));
  if (!chart) return new Response('unknown chart', { status: 404 });
  const parsed = chart.parseState(props.state);
  if (!parsed.ok) return new Response('invalid state', { status: 500 });
  const svg = render(chart, await loadDataset(), parsed.state, layout, String(props.alt));
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
}
