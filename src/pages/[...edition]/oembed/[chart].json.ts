import type { APIRoute } from 'astro';
import { absolute, chapterEmbeds, chartEmbeds, OEMBED_WIDTH } from '../../../embed/catalog';
import { everyEdition } from '../../../embed/editions';
import { site } from '../../../lib/site';

/**
 * `/oembed/<chart>.json` and `/oembed/chapter-<chapter>.json`, and the same under `/ru/` and
 * `/zh/`: static oEmbed 1.0 responses ("rich": the edition's script snippet, pointing at the
 * edition's embed, with its default PNG as thumbnail), found through the
 * `<link rel="alternate" type="application/json+oembed">` of the edition's story and embed pages.
 */
interface OEmbed {
  type: 'rich';
  version: '1.0';
  title: string;
  author_name: string;
  author_url: string;
  provider_name: string;
  provider_url: string;
  cache_age: number;
  html: string;
  width: number;
  height: number;
  thumbnail_url: string;
  thumbnail_width: number;
  thumbnail_height: number;
}

export async function getStaticPaths() {
  const base = (
    e: Pick<OEmbed, 'title' | 'html' | 'height'> & {
      author: string;
      thumb: { path: string; width: number; height: number };
    },
  ): OEmbed => ({
    type: 'rich',
    version: '1.0',
    title: e.title,
    author_name: site.byline,
    author_url: absolute(e.author),
    provider_name: site.name,
    provider_url: absolute('/'),
    cache_age: 86400,
    html: e.html,
    width: OEMBED_WIDTH,
    height: e.height,
    thumbnail_url: absolute(e.thumb.path),
    thumbnail_width: e.thumb.width,
    thumbnail_height: e.thumb.height,
  });
  return everyEdition(async (locale) => [
    ...(await chartEmbeds(locale)).map((e) => ({
      params: { chart: e.id },
      props: {
        body: base({
          title: e.title,
          html: e.snippet,
          height: e.height,
          author: e.storyPath,
          thumb: { path: e.paths.png, ...e.png },
        }),
      },
    })),
    ...(await chapterEmbeds(locale)).map((c) => ({
      params: { chart: `chapter-${c.anchor}` },
      props: {
        body: base({
          title: c.title,
          html: c.snippet,
          height: c.height,
          author: c.storyPath,
          thumb: c.image,
        }),
      },
    })),
  ]);
}

export const GET: APIRoute = ({ props }) =>
  new Response(`${JSON.stringify(props.body, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
