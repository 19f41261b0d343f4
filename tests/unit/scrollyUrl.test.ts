import { describe, expect, test } from 'vitest';
import { fragmentId, withFragment } from '../../src/scrolly/url';

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
});
