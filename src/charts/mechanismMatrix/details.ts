/** The mechanisms matrix's details line: a cell's rule at the state's date, and its record. */
import type { ChartDetails, MarkDetails } from '../shared/details';
import { type MechanismMatrixData, mmCellLabel, mmCellsAt } from './model';
import type { MechanismMatrixState } from './state';

function marks(data: MechanismMatrixData, state: MechanismMatrixState): Record<string, MarkDetails> {
  const out: Record<string, MarkDetails> = {};
  for (const cell of mmCellsAt(data, state.date))
    out[cell.key] = {
      title: `${mmCellLabel(cell, state.date)}${cell.step ? ` Record ${cell.step.id}.` : ''}`,
    };
  return out;
}

export const mechanismMatrixDetails: ChartDetails<MechanismMatrixState, MechanismMatrixData> = {
  look: 'line',
  className: 'mm-details',
  marks,
};
