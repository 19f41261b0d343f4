/** src/charts/tween.ts: interpolation (pure) and the requestAnimationFrame driver (fake timers). */
import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  easeCubicInOut,
  interpolate,
  interpolateString,
  interrupt,
  isTweening,
  parseColor,
  tween,
} from '../../src/charts/tween';

describe('tween: interpolation', () => {
  it('eases cubic in-out like d3.easeCubicInOut', () => {
    expect(easeCubicInOut(0)).toBe(0);
    expect(easeCubicInOut(0.25)).toBeCloseTo(0.0625);
    expect(easeCubicInOut(0.5)).toBe(0.5);
    expect(easeCubicInOut(0.75)).toBeCloseTo(0.9375);
    expect(easeCubicInOut(1)).toBe(1);
  });
  it('interpolates the numbers inside strings, keeping the text of the target', () => {
    expect(interpolateString('translate(10,20)', 'translate(30,-20)')!(0.5)).toBe('translate(20,0)');
    expect(interpolateString('M0,0L10,10Z', 'M10,10L20,-10Z')!(0.25)).toBe('M2.5,2.5L12.5,5Z');
    expect(Number(interpolateString('0.3', '1')!(0.5))).toBeCloseTo(0.65);
    expect(interpolateString('1e2', '2e2')!(0.5)).toBe('150');
    // Extra numbers in the target stay as written.
    expect(interpolateString('translate(10)', 'translate(20,5)')!(0.5)).toBe('translate(15,5)');
    expect(interpolateString('none', 'translate(1,2)')).toBeNull();
    expect(interpolateString('1', 'none')).toBeNull();
  });
  it('reads #rgb, #rrggbb and rgb() colours and interpolates them in RGB', () => {
    expect(parseColor('#fff')).toEqual([255, 255, 255]);
    expect(parseColor('#7a1f1f')).toEqual([122, 31, 31]);
    expect(parseColor('rgb(1, 2, 3)')).toEqual([1, 2, 3]);
    expect(parseColor('url(#p)')).toBeNull();
    expect(parseColor('red')).toBeNull();
    expect(interpolate('#000', '#ffffff')!(0.5)).toBe('rgb(128, 128, 128)');
    expect(interpolate('rgb(0, 0, 0)', '#0a0a0a')!(1)).toBe('rgb(10, 10, 10)');
  });
  it('cannot move what has no start, a colour to a non-colour, or words', () => {
    expect(interpolate(null, '1')).toBeNull();
    expect(interpolate('#fff', 'url(#p)')).toBeNull();
    expect(interpolate('none', '#fff')).toBeNull();
    expect(interpolate('start', 'end')).toBeNull();
  });
});

describe('tween: driver', () => {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const svgEl = () => document.createElementNS('http://www.w3.org/2000/svg', 'g') as unknown as Element;
  beforeEach(() => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame', 'performance'],
    });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('moves attributes over the duration, eased, and ends exactly on the targets', () => {
    const el = svgEl();
    el.setAttribute('transform', 'translate(0,0)');
    el.setAttribute('opacity', '0');
    el.setAttribute('class', 'a');
    const end = vi.fn();
    tween(el, { attr: { transform: 'translate(100,50)', opacity: 1, class: 'b' } }, 400, end);
    expect(isTweening(el)).toBe(true);
    vi.advanceTimersByTime(200);
    const [x] = el
      .getAttribute('transform')!
      .match(/[\d.]+/)!
      .map(Number);
    expect(x).toBeGreaterThan(30);
    expect(x).toBeLessThan(70);
    expect(el.getAttribute('class')).toBe('a'); // not a number: set at the end
    expect(end).not.toHaveBeenCalled();
    vi.advanceTimersByTime(300);
    expect(el.getAttribute('transform')).toBe('translate(100,50)');
    expect(el.getAttribute('opacity')).toBe('1');
    expect(el.getAttribute('class')).toBe('b');
    expect(end).toHaveBeenCalledTimes(1);
    expect(isTweening(el)).toBe(false);
  });

  it('moves inline styles and colours', () => {
    const el = svgEl() as unknown as HTMLElement;
    el.style.setProperty('opacity', '0');
    el.setAttribute('fill', '#000000');
    tween(el, { style: { opacity: 1 }, attr: { fill: '#ffffff' } }, 100);
    vi.advanceTimersByTime(50);
    expect(Number(el.style.getPropertyValue('opacity'))).toBeGreaterThan(0);
    expect(el.getAttribute('fill')).toMatch(/^rgb\(/);
    vi.advanceTimersByTime(100);
    expect(el.style.getPropertyValue('opacity')).toBe('1');
    expect(el.getAttribute('fill')).toBe('#ffffff');
  });

  it('a new tween interrupts the running one, from where it is', () => {
    const el = svgEl();
    el.setAttribute('x', '0');
    const first = vi.fn();
    tween(el, { attr: { x: 100 } }, 400, first);
    vi.advanceTimersByTime(200);
    const mid = Number(el.getAttribute('x'));
    const second = vi.fn();
    tween(el, { attr: { x: 0 } }, 400, second);
    vi.advanceTimersByTime(20);
    expect(Number(el.getAttribute('x'))).toBeLessThanOrEqual(mid);
    vi.advanceTimersByTime(600);
    expect(el.getAttribute('x')).toBe('0');
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledTimes(1);
  });

  it('duration 0 sets at once; interrupt stops a tween (deep: everything inside)', () => {
    const el = svgEl();
    const end = vi.fn();
    tween(el, { attr: { x: 5 } }, 0, end);
    expect(el.getAttribute('x')).toBe('5');
    expect(end).toHaveBeenCalledTimes(1);
    expect(isTweening(el)).toBe(false);

    const parent = svgEl();
    const child = svgEl();
    parent.appendChild(child);
    child.setAttribute('x', '0');
    const never = vi.fn();
    tween(parent, {}, 300, never);
    tween(child, { attr: { x: 10 } }, 300, never);
    interrupt(parent, true);
    expect(isTweening(parent) || isTweening(child)).toBe(false);
    vi.advanceTimersByTime(400);
    expect(child.getAttribute('x')).toBe('0');
    expect(never).not.toHaveBeenCalled();
  });

  it('an empty tween is a timer: it runs for its duration, then calls onEnd', () => {
    const el = svgEl();
    const end = vi.fn();
    tween(el, {}, 750, end);
    vi.advanceTimersByTime(700);
    expect(end).not.toHaveBeenCalled();
    expect(isTweening(el)).toBe(true);
    vi.advanceTimersByTime(100);
    expect(end).toHaveBeenCalledTimes(1);
  });
});
