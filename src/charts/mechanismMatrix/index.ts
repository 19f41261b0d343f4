/**
 * "mechanism-matrix": control mechanisms (rows) by country (Russia, China); each cell the year a
 * rule took effect and the law's name, linked to the record's source. A cell is the earliest
 * law-in-force record for that mechanism and country; without one, the earliest law, regulation,
 * register, block or other record, worded "adopted", "issued", "first applied"…
 *
 * State: `date` (YYYY-MM-DD; a cell shows once its rule took effect by then, an adopted law
 * not yet in force shows dashed; default: everything recorded), `highlight` (mechanism ids).
 */
import type { ChartModule } from '../types';
import { mechanismMatrixDetails } from './details';
import { MM_LAYOUTS } from './draw';
import {
  describeMechanismMatrix,
  type MechanismMatrixData,
  mechanismMatrixTable,
  selectMechanismMatrix,
} from './model';
import { renderMechanismMatrix } from './render';
import {
  type MechanismMatrixState,
  mechanismMatrixDefaultState,
  parseMechanismMatrixState,
  stateFromQuery,
  stateToQuery,
  refs,
} from './state';

export { stateFromQuery, stateToQuery };
export type { MechanismMatrixData, MechanismMatrixState };

export const mechanismMatrix: ChartModule<MechanismMatrixState, MechanismMatrixData> = {
  id: 'mechanism-matrix',
  title: 'Control mechanisms: Russia and China compared',
  parseState: parseMechanismMatrixState,
  defaultState: mechanismMatrixDefaultState,
  refs,
  stateFromQuery,
  stateToQuery,
  select: selectMechanismMatrix,
  render: renderMechanismMatrix,
  details: mechanismMatrixDetails,
  describe: describeMechanismMatrix,
  table: mechanismMatrixTable,
  sizes: {
    wide: { width: MM_LAYOUTS.wide.width, height: MM_LAYOUTS.wide.height },
    narrow: { width: MM_LAYOUTS.narrow.width, height: MM_LAYOUTS.narrow.height },
  },
  stylesheet: 'mechanismMatrix/mechanismMatrix.css',
  source:
    'Laws and rules compiled by The WeChat Week from legal texts and news reports; every record lists its sources in the story.',
};

export default mechanismMatrix;
