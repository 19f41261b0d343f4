/**
 * "service-matrix": online services (rows) by country (Russia, China), each cell the service's
 * status at the state's date, derived from dated block / throttle / unblock records. Before any
 * record a cell says "no restriction recorded", never "open".
 *
 * State: `date` (YYYY-MM-DD; default: the latest recorded change), `highlight` (service ids).
 */
import type { ChartModule } from '../types';
import { serviceMatrixDetails } from './details';
import { SM_LAYOUTS } from './draw';
import {
  describeServiceMatrix,
  type ServiceMatrixData,
  selectServiceMatrix,
  serviceMatrixTable,
} from './model';
import { renderServiceMatrix } from './render';
import {
  parseServiceMatrixState,
  type ServiceMatrixState,
  serviceMatrixDefaultState,
  stateFromQuery,
  stateToQuery,
  refs,
} from './state';

export { stateFromQuery, stateToQuery };
export type { ServiceMatrixData, ServiceMatrixState };

export const serviceMatrix: ChartModule<ServiceMatrixState, ServiceMatrixData> = {
  id: 'service-matrix',
  title: 'Blocked services in Russia and China',
  parseState: parseServiceMatrixState,
  defaultState: serviceMatrixDefaultState,
  refs,
  stateFromQuery,
  stateToQuery,
  select: selectServiceMatrix,
  render: renderServiceMatrix,
  details: serviceMatrixDetails,
  describe: describeServiceMatrix,
  table: serviceMatrixTable,
  sizes: {
    wide: { width: SM_LAYOUTS.wide.width, height: SM_LAYOUTS.wide.height },
    narrow: { width: SM_LAYOUTS.narrow.width, height: SM_LAYOUTS.narrow.height },
  },
  stylesheet: 'serviceMatrix/serviceMatrix.css',
  source:
    'Blocks compiled by The WeChat Week from official records and news reports; every record lists its sources in the story.',
};

export default serviceMatrix;
