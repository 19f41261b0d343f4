import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { applyRoving, rovingMarks, rovingTarget } from '../../src/charts/roving';

describe('rovingTarget', () => {
  test('a list: every arrow moves by one, Home and End jump, the ends hold', () => {
    expect(rovingTarget('ArrowRight', 0, 5)).toBe(1);
    expect(rovingTarget('ArrowDown', 0, 5)).toBe(1);
    expect(rovingTarget('ArrowLeft', 3, 5)).toBe(2);
    expect(rovingTarget('ArrowUp', 3, 5)).toBe(2);
    expect(rovingTarget('ArrowRight', 4, 5)).toBe(4);
    expect(rovingTarget('ArrowLeft', 0, 5)).toBe(0);
    expect(rovingTarget('Home', 3, 5)).toBe(0);
    expect(rovingTarget('End', 1, 5)).toBe(4);
  });
  test('a grid of two columns: Up and Down move by a row and stop at the edges', () => {
    expect(rovingTarget('ArrowDown', 1, 6, 2)).toBe(3);
    expect(rovingTarget('ArrowUp', 3, 6, 2)).toBe(1);
    expect(rovingTarget('ArrowUp', 1, 6, 2)).toBe(1);
    expect(rovingTarget('ArrowDown', 5, 6, 2)).toBe(5);
    expect(rovingTarget('ArrowRight', 1, 6, 2)).toBe(2);
  });
  test('other keys, and an empty chart, move nothing', () => {
    expect(rovingTarget('Enter', 1, 5)).toBeNull();
    expect(rovingTarget('a', 1, 5)).toBeNull();
    expect(rovingTarget('ArrowRight', 0, 0)).toBeNull();
  });
});

describe('applyRoving', () => {
  const page = (roving: string) =>
    (
      parseHTML(
        `<!doctype html><html><body><svg data-roving="${roving}"><g data-key="b" aria-label="Brazil" tabindex="0"></g><g data-key="a" aria-label="Angola" tabindex="0"></g><g data-key="c"></g></svg></body></html>`,
      ) as unknown as { document: Document }
    ).document.querySelector('svg')!;
  test('leaves one Tab stop, the first mark; the others take focus only from the arrow keys', () => {
    const svg = page('dom');
    applyRoving(svg);
    expect([...svg.children].map((m) => m.getAttribute('tabindex'))).toEqual(['0', '-1', null]);
  });
  test('"name" orders marks by their accessible name', () => {
    const svg = page('name');
    expect(rovingMarks(svg).map((m) => m.getAttribute('data-key'))).toEqual(['a', 'b']);
    applyRoving(svg);
    expect(svg.querySelector('[data-key="a"]')?.getAttribute('tabindex')).toBe('0');
  });
});
