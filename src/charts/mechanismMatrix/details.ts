/** The mechanisms matrix's details line: a cell's rule at the state's date, and its record. */
import type { ChartDetails, MarkDetails } from '../shared/details';
import { type MechanismMatrixData, mmCellLabel, mmCellsAt } from './model';
import type { MechanismMatrixState } from './state';
import { chartText, joinSentences, type Locale } from '../shared/i18n';

function marks(
  data: MechanismMatrixData,
  state: MechanismMatrixState,
  _drawing: SVGSVGElement,
  locale: Locale = 'en',
): Record<string, MarkDetails> {
  const out: Record<string, MarkDetails> = {};
  for (const cell of mmCellsAt(data, state.date))
    out[cell.key] = {
      title: joinSentences(locale, [
        mmCellLabel(cell, state.date, locale),
        cell.step ? chartText(locale, 'charts.mm.record', { id: cell.step.id }) : '',
        cell.step?.thin ? chartText(locale, 'charts.thin') : '',
      ]),
    };
  return out;
}

export const mechanismMatrixDetails: ChartDetails<MechanismMatrixState, MechanismMatrixData> = {
  look: 'line',
  className: 'mm-details',
  marks,
};
