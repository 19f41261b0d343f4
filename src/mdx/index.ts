// The components every chapter can use without importing them (passed to <Content components>).
import Chart from './Chart.astro';
import Cite from './Cite.astro';
import Q from './Q.astro';
import Scrolly from './Scrolly.astro';
import SourceDomains from './SourceDomains.astro';
import Step from './Step.astro';

export const components = { Scrolly, Step, Chart, Cite, SourceDomains, Q };

/**
 * Markdown headings inside a chapter of the story, one level down: the chapter title is the h2
 * (src/pages/index.astro), so a `##` subhead is an h3 and a `###` an h4. MDX renders a string
 * component as that element.
 */
export const chapterHeadings = { h2: 'h3', h3: 'h4', h4: 'h5', h5: 'h6' } as const;
