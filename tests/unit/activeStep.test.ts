import { describe, expect, test } from 'vitest';
import {
  activeStepIndex,
  landingTop,
  scrollTargetFor,
  sectionIsCurrent,
  stepBy,
  triggerBelowFigure,
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

describe('scrollTargetFor', () => {
  test('brings the step top to the wanted place', () => {
    const target = scrollTargetFor(1500, 1000, 398);
    expect(1500 - (target - 1000)).toBe(398);
  });
  test('never negative', () => {
    expect(scrollTargetFor(10, 0, 400)).toBe(0);
  });
});

describe('triggerBelowFigure (phones: figure pinned above the steps)', () => {
  test('a third of the way into the space under the figure', () => {
    expect(triggerBelowFigure(667, 367)).toBe(467);
  });
  test('a figure taller than the screen puts the line at its edge', () => {
    expect(triggerBelowFigure(400, 500)).toBe(500);
  });
});

describe('landingTop', () => {
  test('a phone: just under the pinned figure, above the trigger line, so active', () => {
    // Reading bar and figure end at 367 px; the trigger is a third into the rest (467).
    const top = landingTop(467, 367);
    expect(top).toBe(375);
    expect(activeStepIndex([top - 900, top, top + 250 + 300], 467)).toBe(1);
  });
  test('wide screens: just under the reading bar', () => {
    expect(landingTop(400, 60)).toBe(68);
  });
  test('being the active step wins when the trigger is above the clear line', () => {
    expect(landingTop(100, 200)).toBe(98);
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
