import { describe, expect, it } from 'vitest';
import { bylineDates, isoDay } from '../../src/lib/bylineDates';

describe('byline dates', () => {
  it('shows no "Updated" when every update is on the day of publication', () => {
    const d = bylineDates('2026-11-29', ['2026-11-29', new Date('2026-11-29T00:00:00Z')]);
    expect(d).toEqual({ published: { iso: '2026-11-29', text: '29 November 2026' } });
    expect(d.updated).toBeUndefined();
  });

  it('shows no "Updated" without updates, or with updates dated before publication', () => {
    expect(bylineDates('2026-11-29').updated).toBeUndefined();
    expect(bylineDates('2026-11-29', ['2026-11-01']).updated).toBeUndefined();
  });

  it('shows the latest update when it is a later day than publication', () => {
    const d = bylineDates('2026-11-29', [
      new Date('2026-12-03T00:00:00Z'),
      '2026-11-30',
      new Date('2026-11-29T00:00:00Z'),
    ]);
    expect(d.published).toEqual({ iso: '2026-11-29', text: '29 November 2026' });
    expect(d.updated).toEqual({ iso: '2026-12-03', text: '3 December 2026' });
  });

  it('reads frontmatter dates (UTC midnight) as their day, and rejects anything but YYYY-MM-DD', () => {
    expect(isoDay(new Date('2026-01-05T00:00:00Z'))).toBe('2026-01-05');
    expect(() => isoDay('29 November 2026')).toThrow(/YYYY-MM-DD/);
  });
});
