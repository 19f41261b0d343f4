import type { APIRoute, GetStaticPaths } from 'astro';
import { downloads } from '../../lib/downloads';
import { loadDataset } from '../../lib/loadDataset';

/** /data/events.csv and friends, written at build time from the validated dataset. */
export const getStaticPaths = (() =>
  downloads.map((d) => ({ params: { file: d.file }, props: { file: d.file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const d = downloads.find((x) => x.file === props.file)!;
  return new Response(d.body(await loadDataset()), { headers: { 'Content-Type': d.contentType } });
};
