/**
 * "world-map": Freedom on the Net total scores by country for one edition, on one direction
 * (0 = least free) for every year. Wide: an Equal Earth choropleth projected at build time.
 * Narrow (≤ 600 px): a binned dot plot of the same scores, Russia and China labelled.
 *
 * State: `year` (an edition: 2009 or 2011–2025; default 2025), `highlight` (ISO alpha-2 codes
 * outlined and labelled besides RU and CN; default none).
 */
import { textWidth } from '../shared/text';
import type { Dataset } from '../../schemas/dataset';
import type { ChartModule } from '../types';
import { worldMapDetails } from './details';
import { describeWorldMap, selectWorldMap, type WorldMapData, worldMapTable } from './model';
import { renderWorldMap, WORLD_SIZES } from './render';
import {
  parseWorldMapState,
  stateFromQuery,
  stateToQuery,
  type WorldMapState,
  worldMapDefaultState,
  refs,
} from './state';

export { stateFromQuery, stateToQuery };
export type { WorldMapData, WorldMapState };

export const worldMap: ChartModule<WorldMapState, WorldMapData> = {
  id: 'world-map',
  title: 'Internet freedom around the world',
  parseState: parseWorldMapState,
  defaultState: worldMapDefaultState,
  refs,
  stateFromQuery,
  stateToQuery,
  select: (ds: Dataset) => {
    // Label widths measured here, at build time, so the browser needs no text metrics.
    const data = selectWorldMap(ds);
    for (const [code, name] of Object.entries(data.names))
      data.nameWidths[code] = Math.ceil(textWidth(name, 13, true));
    return data;
  },
  render: renderWorldMap,
  details: worldMapDetails,
  describe: describeWorldMap,
  table: worldMapTable,
  sizes: WORLD_SIZES,
  stylesheet: 'worldMap/worldMap.css',
  source: 'Freedom House, Freedom on the Net (scores as published each year).',
};

export default worldMap;
