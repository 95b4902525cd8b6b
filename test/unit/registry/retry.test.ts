import {describe, expect, it} from 'vitest';
import {DEFAULT_RETRY, parseRetryAfter, retryDelay} from '../../../packages/core/src/registry/retry.js';

describe('retry policy', () => {
  const now = new Date('2025-01-01T00:00:00Z');
  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(parseRetryAfter('3', now)).toBe(3000);
    expect(parseRetryAfter('Wed, 01 Jan 2025 00:00:10 GMT', now)).toBe(10_000);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });

  it('backs off exponentially up to a bound and gives up after the last try', () => {
    const delays = [1, 2, 3, 4, 5].map((attempt) => retryDelay(attempt, undefined, DEFAULT_RETRY));
    expect(delays).toEqual([250, 500, 1000, 2000, undefined]);
    expect(retryDelay(1, undefined, {...DEFAULT_RETRY, baseMs: 10_000})).toBe(DEFAULT_RETRY.maxMs);
  });

  it('honours Retry-After, but not beyond its cap', () => {
    expect(retryDelay(1, 7000, DEFAULT_RETRY)).toBe(7000);
    expect(retryDelay(1, 3_600_000, DEFAULT_RETRY)).toBeUndefined();
  });
});
