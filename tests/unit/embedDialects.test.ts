import { describe, expect, it } from 'vitest';
import {
  ampMessage,
  cleanChildId,
  cleanHeight,
  datawrapperMessage,
  heightMessages,
  iframeResizeMessage,
  MAX_HEIGHT,
  plainMessage,
  pymMessage,
} from '../../src/embed/dialects';

// pym.js 1.3.2's Parent reads messages with this expression (src/pym.js, _makeMessageRegex).
const pymRegex = (id: string) => new RegExp(`^pymxPYMx${id}xPYMx(\\S+)xPYMx(.*)$`);

describe('height dialects', () => {
  it('writes the pym.js string that pym.Parent parses', () => {
    const m = pymMessage('chart-1', 742);
    expect(m).toBe('pymxPYMxchart-1xPYMxheightxPYMx742');
    expect(m.match(pymRegex('chart-1'))?.slice(1)).toEqual(['height', '742']);
  });

  it('writes the AMP embed-size object', () => {
    expect(ampMessage(500)).toEqual({ sentinel: 'amp', type: 'embed-size', height: 500 });
  });

  it("writes Datawrapper's object keyed by the embed id", () => {
    expect(datawrapperMessage('timeline', 612)).toEqual({ 'datawrapper-height': { timeline: 612 } });
  });

  it('writes the iframe.resize JSON string', () => {
    const m = iframeResizeMessage('https://example.org/embed/timeline/?a=1', 300);
    expect(typeof m).toBe('string');
    expect(JSON.parse(m)).toEqual({
      src: 'https://example.org/embed/timeline/?a=1',
      context: 'iframe.resize',
      height: 300,
    });
  });

  it('writes the plain height object', () => {
    expect(plainMessage(12)).toEqual({ height: 12 });
  });

  it('sends every dialect, pym first when a childId is known', () => {
    const all = heightMessages({
      height: 480.2,
      embedId: 'world-map',
      src: 'https://x.test/embed/world-map/',
      childId: 'pym-1',
    });
    expect(all).toEqual([
      'pymxPYMxpym-1xPYMxheightxPYMx481',
      { sentinel: 'amp', type: 'embed-size', height: 481 },
      { 'datawrapper-height': { 'world-map': 481 } },
      JSON.stringify({ src: 'https://x.test/embed/world-map/', context: 'iframe.resize', height: 481 }),
      { height: 481 },
    ]);
  });

  it('leaves pym out without a usable childId', () => {
    for (const childId of [null, undefined, '', 'a b', 'xxPYMxx', 'a"><script>', 'x'.repeat(101)]) {
      const all = heightMessages({ height: 100, embedId: 'e', src: 's', childId });
      expect(all).toHaveLength(4);
      expect(all.some((m) => typeof m === 'string' && m.startsWith('pym'))).toBe(false);
    }
  });

  it('sends nothing for heights that are not finite or out of range', () => {
    for (const height of [Number.NaN, Number.POSITIVE_INFINITY, -1, 0, MAX_HEIGHT + 1, 1e308]) {
      expect(heightMessages({ height, embedId: 'e', src: 's' })).toEqual([]);
    }
  });

  it('rounds heights up so the frame never clips a fraction of a pixel', () => {
    expect(cleanHeight(99.01)).toBe(100);
    expect(cleanHeight(100)).toBe(100);
    expect(cleanHeight('100' as unknown)).toBeUndefined();
  });

  it('accepts ordinary element ids as childId', () => {
    expect(cleanChildId('datawrapper-chart-1')).toBe('datawrapper-chart-1');
    expect(cleanChildId('graphic_2.a:b')).toBe('graphic_2.a:b');
  });
});
