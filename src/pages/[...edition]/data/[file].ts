import type { APIRoute } from 'astro';
import { editionDataset, everyEdition } from '../../../embed/editions';
import { downloads } from '../../../lib/downloads';
import type { Locale } from '../../../lib/i18n/locales';

/**
 * /data/events.csv and friends, and /ru/data/…, /zh/data/…: written at build time from the
 * edition's dataset. The same columns and keys in every edition; only the reader's text differs.
 */
export const getStaticPaths = () =>
  everyEdition(() => downloads.map((d) => ({ params: { file: d.file }, props: { file: d.file } })));

export const GET: APIRoute = async ({ props }) => {
  const d = downloads.find((x) => x.file === props.file)!;
  return new Response(d.body(await editionDataset(props.locale as Locale)), {
    headers: { 'Content-Type': d.contentType },
  });
};
