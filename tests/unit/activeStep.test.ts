import { describe, expect, test } from 'vitest';
import {
  activeStepIndex,
  scrollTargetFor,
  sectionIsCurrent,
  stepBy,
  stepProgress,
  triggerLine,
} from '../../src/scrolly/activeStep';
import { commandForKey } from '../../src/scrolly/keyboard';

describe('activeStepIndex: the last step whose top crossed the trigger line', () => {
  const tops = [100, 500, 900, 1300];
  test('before the first step crosses, the first step', () => {
    expect(activeStepIndex(tops, 50)).toBe(0);
  });
  test('a step is active from the moment its top reaches the line', () => {
    expect(activeStepIndex(tops, 499)).toBe(0);
    expect(activeStepIndex(tops, 500)).toBe(1);
    expect(activeStepIndex(tops, 899)).toBe(1);
  });
  test('after the section, the last step', () => {
    expect(activeStepIndex([-3000, -2000, -1000, -10], 400)).toBe(3);
  });
  test('a fast flick lands on the step in view, not on the next one in sequence', () => {
    // Positions after a jump from the top to the middle of step 3: no replay of steps 1 and 2.
    expect(activeStepIndex([-1200, -800, -400, 350, 900], 400)).toBe(3);
  });
  test('no steps: index 0', () => {
    expect(activeStepIndex([], 400)).toBe(0);
  });
});

describe('triggerLine', () => {
  test('a fraction of the viewport in px, rounded', () => {
    expect(triggerLine(800, 0.5)).toBe(400);
    expect(triggerLine(667, 0.8)).toBe(534);
  });
  test('clamps and falls back to the middle', () => {
    expect(triggerLine(800, 2)).toBe(800);
    expect(triggerLine(800, Number.NaN)).toBe(400);
  });
});

describe('sectionIsCurrent', () => {
  test('only between the first step reaching the line and the section leaving it', () => {
    expect(sectionIsCurrent(500, 3000, 400)).toBe(false);
    expect(sectionIsCurrent(400, 3000, 400)).toBe(true);
    expect(sectionIsCurrent(-2000, 401, 400)).toBe(true);
    expect(sectionIsCurrent(-2000, 400, 400)).toBe(false);
  });
});

describe('stepProgress', () => {
  test('0 at the top, 1 at the bottom, clamped', () => {
    expect(stepProgress(400, 200, 400)).toBe(0);
    expect(stepProgress(300, 200, 400)).toBe(0.5);
    expect(stepProgress(100, 200, 400)).toBe(1);
    expect(stepProgress(500, 200, 400)).toBe(0);
  });
  test('zero-height step', () => {
    expect(stepProgress(399, 0, 400)).toBe(1);
    expect(stepProgress(401, 0, 400)).toBe(0);
  });
});

describe('scrollTargetFor', () => {
  test('puts the step top just above the line, so it is the active one', () => {
    const target = scrollTargetFor(1500, 1000, 400);
    // After scrolling to target, the step top in the viewport is:
    const topAfter = 1500 - (target - 1000);
    expect(topAfter).toBeLessThanOrEqual(400);
    expect(topAfter).toBeGreaterThan(390);
    expect(activeStepIndex([topAfter - 600, topAfter, topAfter + 300], 400)).toBe(1);
  });
  test('never negative', () => {
    expect(scrollTargetFor(10, 0, 400)).toBe(0);
  });
});

describe('stepBy and keys', () => {
  test('previous/next stop at the ends', () => {
    expect(stepBy(0, -1, 6)).toBeNull();
    expect(stepBy(0, 1, 6)).toBe(1);
    expect(stepBy(5, 1, 6)).toBeNull();
    expect(stepBy(5, -1, 6)).toBe(4);
  });
  test('arrow keys', () => {
    expect(commandForKey('ArrowDown')).toBe('next');
    expect(commandForKey('ArrowRight')).toBe('next');
    expect(commandForKey('ArrowUp')).toBe('previous');
    expect(commandForKey('ArrowLeft')).toBe('previous');
    expect(commandForKey('Enter')).toBeNull();
  });
});
