/**
 * The story's lead figure: one step of a scrolly section, drawn at build time for the header, so
 * a reader sees a chart on the first screen, with or without scripts. Build time only.
 */
import { chartById, chartTitle } from '../charts/registry';
import type { Dataset } from './dataset';
import { parseHTML } from 'linkedom';
import { type AnyChart, chartData, layoutsOf, parseFigureState } from './figures';
import type { Locale } from './i18n/locales';
import { site } from './site';
import { editionFigures } from './storyFigures';

export interface LeadFigure {
  /** The step's id: its static files are /figures/<id>.svg and .png. */
  stepId: string;
  /** The scrolly section the step belongs to, where "follow it step by step" leads. */
  scrolly: string;
  chart: AnyChart;
  alt: string;
  caption: string;
  /** Inline SVG per layout (wide always; narrow when the chart draws one). */
  svgs: { layout: 'wide' | 'narrow'; html: string }[];
}

/**
 * Tallest the narrow drawing may be, in its own pixels (≈ px on a 375 px phone): headline, chart
 * and caption then fit in a 375 × 667 screen. Charts that lay out to the height they are given
 * (the timeline) fit in it; others keep their own proportions.
 */
export const LEAD_NARROW_MAX_HEIGHT = 330;
/** The same for the wide drawing, so headline, chart, dek and byline fit in 1280 × 800. */
export const LEAD_WIDE_MAX_HEIGHT = 300;

/**
 * A static copy of a figure: nothing in it takes focus or announces itself (it is one image,
 * named by its alt), since no chart script drives it.
 */
function staticSvg(svg: SVGSVGElement, alt: string): string {
  for (const el of svg.querySelectorAll('[tabindex], [role], [aria-label], [data-key]')) {
    el.removeAttribute('tabindex');
    el.removeAttribute('role');
    el.removeAttribute('aria-label');
    el.removeAttribute('data-key');
  }
  svg.setAttribute('role', 'img');
  svg.removeAttribute('aria-labelledby');
  svg.setAttribute('aria-label', alt);
  svg.setAttribute('focusable', 'false');
  return svg.outerHTML;
}

/**
 * The configured lead step (site.lead.step), or the story's first step, drawn in an edition's
 * words (`ds` is that edition's dataset); undefined without steps.
 */
export async function leadFigure(ds: Dataset, locale: Locale = 'en'): Promise<LeadFigure | undefined> {
  const steps = (await editionFigures(locale)).filter(
    (f) => f.kind === 'step' && f.id && f.scrolly && f.chart,
  );
  const configured = steps.find((f) => f.id === site.lead.step);
  const step = configured ?? steps[0];
  const chart = step?.chart ? chartById(step.chart) : undefined;
  if (!step?.id || !step.scrolly || !chart) return undefined;
  const alt = step.alt ?? chartTitle(chart, locale);
  const state = parseFigureState(chart, step.state ?? {}, ds, {
    label: `lead figure (step "${step.id}")`,
    file: `${step.file}:${step.line}`,
  });
  const { document } = parseHTML('<!doctype html><html><head></head><body></body></html>');
  const svgs = layoutsOf(chart).map(({ layout, size }) => {
    const svg = chart.render(chartData(chart, ds, locale), state, {
      document: document as unknown as Document,
      width: size.width,
      height: Math.min(size.height, layout === 'narrow' ? LEAD_NARROW_MAX_HEIGHT : LEAD_WIDE_MAX_HEIGHT),
      layout,
      fit: true,
      idPrefix: `lead-${layout}`,
      ...(locale === 'en' ? {} : { locale }),
    });
    return { layout, html: staticSvg(svg, alt) };
  });
  return {
    stepId: step.id,
    scrolly: step.scrolly,
    chart,
    alt,
    caption: configured ? site.lead.caption : chartTitle(chart, locale),
    svgs,
  };
}
