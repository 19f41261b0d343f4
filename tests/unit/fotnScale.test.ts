import { describe, expect, it } from 'vitest';
import {
  directionOfEdition,
  FOTN_EDITIONS,
  isEdition,
  LATEST_EDITION,
  statusOfUnified,
  toUnified,
  UNIFIED_BANDS,
  unifiedScore,
} from '../../src/charts/fotnScale';
import { mapsDataset } from '../fixtures/maps-dataset';

describe('FOTN score conversion to one direction (0 = least free)', () => {
  it('turns scores of editions up to 2018 around and keeps later ones', () => {
    expect(toUnified(66, '0=most-free')).toBe(34); // Russia 2017
    expect(toUnified(87, '0=most-free')).toBe(13); // China 2017
    expect(toUnified(17, '0=least-free')).toBe(17); // Russia 2025
    expect(toUnified(0, '0=most-free')).toBe(100);
    expect(toUnified(100, '0=most-free')).toBe(0);
  });

  it('knows which editions used which direction', () => {
    expect(directionOfEdition(2009)).toBe('0=most-free');
    expect(directionOfEdition(2018)).toBe('0=most-free');
    expect(directionOfEdition(2019)).toBe('0=least-free');
    expect(directionOfEdition(2025)).toBe('0=least-free');
  });

  it('lists 2009 and 2011 to the latest edition, without 2010', () => {
    expect(FOTN_EDITIONS[0]).toBe(2009);
    expect(isEdition(2010)).toBe(false);
    expect(isEdition(2011)).toBe(true);
    expect(LATEST_EDITION).toBe(2025);
    expect(FOTN_EDITIONS).toHaveLength(16);
  });

  it('maps the old status bands onto the new ones exactly', () => {
    // Old bands: Free 0–30, Partly Free 31–60, Not Free 61–100.
    for (let old = 0; old <= 100; old++) {
      const expected = old <= 30 ? 'Free' : old <= 60 ? 'Partly Free' : 'Not Free';
      expect(statusOfUnified(toUnified(old, '0=most-free'))).toBe(expected);
    }
    expect(UNIFIED_BANDS.map((b) => [b.from, b.to])).toEqual([
      [0, 39],
      [40, 69],
      [70, 100],
    ]);
  });

  it('every recorded score declares the direction of its edition, and its status fits the bands', () => {
    for (const s of mapsDataset.fotnScores) {
      expect(s.scale, s.id).toBe(directionOfEdition(s.edition));
      expect(statusOfUnified(unifiedScore(s)), s.id).toBe(s.status);
    }
  });
});
