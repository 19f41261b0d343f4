import { EDITIONS } from '../lib/i18n/locales';

/**
 * The file of a section's drawn states (src/pages/states/, src/pages/[edition]/states/) for the
 * page's language: `/states/<section>/<variant>.svg` in English, `/ru/states/…` on a page whose
 * `lang` is Russian, `/zh/states/…` for Chinese (`zh-Hans`). `ext`: drawings (svg) or details (json).
 */
export function statesUrl(base: string, lang: string, section: string, variant: string, ext: 'svg' | 'json') {
  const primary = lang.toLowerCase().split('-')[0] ?? '';
  const edition = (EDITIONS as readonly string[]).includes(primary) ? `${primary}/` : '';
  return `${base.replace(/\/?$/, '/')}${edition}states/${encodeURIComponent(section)}/${variant}.${ext}`;
}
