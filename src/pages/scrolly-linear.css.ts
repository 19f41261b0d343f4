import type { APIRoute } from 'astro';
import css from '../styles/scrolly-linear.css?raw';

/**
 * `/scrolly-linear.css`: the linear view of scrolly sections (each step with its own figure).
 * Linked three ways by <Scrolly>: inside <noscript>, with media="print", and switched on by the
 * reader's "show as figures" toggle.
 */
export const GET: APIRoute = () =>
  new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
