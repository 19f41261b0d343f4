import { expect, test } from 'vitest';
import { stickyCover } from '../../src/scrolly/stickyFigure';

const phone = {
  sticky: true,
  figure: { left: 0, right: 375, height: 440 },
  steps: { left: 12, right: 363 },
  top: 44,
  padding: 52,
};

test('a sticky figure above the steps (phones) covers its height below the reading bar', () => {
  // 44 (bar) + 440 (figure) − 52 (scroll-padding already kept clear) + 8 (gap)
  expect(stickyCover(phone)).toBe(440);
});

test('a figure beside the steps (wide screens), not sticky, or hidden covers nothing', () => {
  expect(
    stickyCover({
      ...phone,
      figure: { left: 500, right: 1200, height: 600 },
      steps: { left: 16, right: 460 },
    }),
  ).toBe(0);
  expect(stickyCover({ ...phone, sticky: false })).toBe(0);
  expect(stickyCover({ ...phone, figure: { left: 0, right: 0, height: 0 } })).toBe(0);
});
