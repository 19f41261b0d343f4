import { describe, expect, test, vi } from 'vitest';
import { fragmentId, replaceFragment, withFragment } from '../../src/scrolly/url';

describe('URL fragments', () => {
  test('reads a fragment id', () => {
    expect(fragmentId('#block-day')).toBe('block-day');
    expect(fragmentId('#')).toBeNull();
    expect(fragmentId('')).toBeNull();
    expect(fragmentId('#caf%C3%A9')).toBe('café');
    expect(fragmentId('#%E0%A4%A')).toBe('%E0%A4%A');
  });
  test('replaces or removes a fragment, keeping path and query', () => {
    expect(withFragment('https://x.test/a/?q=1#old', 'new-step')).toBe('https://x.test/a/?q=1#new-step');
    expect(withFragment('https://x.test/a/#old', null)).toBe('https://x.test/a/');
  });
  test('writes the URL once the calls stop, not while the reader scrolls through steps', () => {
    vi.useFakeTimers();
    try {
      const writes: string[] = [];
      const win = {
        location: { href: 'https://x.test/a/', hash: '' },
        history: {
          state: null,
          replaceState: (_: unknown, __: string, url: string) => {
            writes.push(url);
            win.location.href = url;
            win.location.hash = new URL(url).hash;
          },
        },
        setTimeout: (f: () => void, ms: number) => setTimeout(f, ms),
        clearTimeout: (t: number) => clearTimeout(t),
      } as unknown as Window & { location: { href: string; hash: string } };
      // A scroll through three steps, one call per frame for a second.
      for (let t = 0; t < 1000; t += 16) {
        replaceFragment(t < 300 ? 'one' : t < 600 ? 'two' : 'three', 400, win);
        vi.advanceTimersByTime(16);
      }
      expect(writes).toEqual([]);
      vi.advanceTimersByTime(400);
      expect(writes).toEqual(['https://x.test/a/#three']);
      replaceFragment('three', 400, win);
      vi.advanceTimersByTime(1000);
      expect(writes).toHaveLength(1);
    } finally {
      vi.useRealTimers();
    }
  });
});
