/** The services matrix's details line: a cell's status at the state's date, and its record. */
import type { ChartDetails, MarkDetails } from '../shared/details';
import { cellLabel, cellSource, cellsAt, dayOf, type ServiceMatrixData } from './model';
import type { ServiceMatrixState } from './state';
import { chartText, joinSentences, type Locale } from '../shared/i18n';

function marks(
  data: ServiceMatrixData,
  state: ServiceMatrixState,
  _drawing: SVGSVGElement,
  locale: Locale = 'en',
): Record<string, MarkDetails> {
  const day = dayOf(data, state);
  const out: Record<string, MarkDetails> = {};
  for (const cell of cellsAt(data, day))
    out[cell.key] = {
      title: joinSentences(locale, [
        cellLabel(cell, day, locale),
        cellSource(cell, locale),
        cell.change?.thin ? chartText(locale, 'charts.thin') : '',
      ]),
      links: cell.change
        ? [{ text: chartText(locale, 'charts.openSource'), href: cell.change.source.url }]
        : [],
    };
  return out;
}

export const serviceMatrixDetails: ChartDetails<ServiceMatrixState, ServiceMatrixData> = {
  look: 'line',
  className: 'sm-details',
  marks,
};
