// The components every chapter can use without importing them (passed to <Content components>).
import Chart from './Chart.astro';
import Cite from './Cite.astro';
import Scrolly from './Scrolly.astro';
import SourceDomains from './SourceDomains.astro';
import Step from './Step.astro';

export const components = { Scrolly, Step, Chart, Cite, SourceDomains };
