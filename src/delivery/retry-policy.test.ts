import { describe, expect, it } from 'vitest';
import { MAX_DELIVERY_ATTEMPTS, retryDelayMs } from './retry-policy.js';

describe('retryDelayMs', () => {
  it('waits four times longer after each failure, starting at 30 seconds', () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([30_000, 120_000, 480_000, 1_920_000]);
  });

  it('never waits more than two hours', () => {
    expect(retryDelayMs(5)).toBe(2 * 60 * 60 * 1000);
    expect(retryDelayMs(50)).toBe(2 * 60 * 60 * 1000);
  });

  it('gives up after a few hours of tries, not days', () => {
    const total = Array.from({ length: MAX_DELIVERY_ATTEMPTS - 1 }, (_, i) => retryDelayMs(i + 1)).reduce((a, b) => a + b, 0);
    expect(total).toBeLessThan(6 * 60 * 60 * 1000);
  });
});
