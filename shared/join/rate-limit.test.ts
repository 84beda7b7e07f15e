import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRateLimiter } from './rate-limit';
import { createStoredSubmissions } from './client-ids';

describe('rate limiter', () => {
  it('allows max requests in a window, refuses the next, and allows again once the window moved on', () => {
    const limiter = createRateLimiter({ max: 3, windowMs: 1000 });
    expect([0, 1, 2, 3].map((t) => limiter.take('d', 100 + t))).toEqual([true, true, true, false]);
    expect(limiter.take('other', 103)).toBe(true);
    expect(limiter.take('d', 1100)).toBe(true);
    expect(limiter.take('d', 1100)).toBe(false);
    expect(limiter.exhausted('d', 1100)).toBe(true);
    expect(limiter.exhausted('other', 1100)).toBe(false);
  });

  it('never lets more than max through in any window, for any request times', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5000 }), { maxLength: 200 }), fc.integer({ min: 1, max: 10 }), (raw, max) => {
        const times = [...raw].sort((a, b) => a - b);
        const limiter = createRateLimiter({ max, windowMs: 500 });
        const allowed = times.filter((t) => limiter.take('k', t));
        for (const t of allowed) expect(allowed.filter((u) => u > t - 500 && u <= t).length).toBeLessThanOrEqual(max);
      }),
    );
  });

  it('forgets idle keys when pruned', () => {
    const limiter = createRateLimiter({ max: 1, windowMs: 10 });
    limiter.take('a', 0);
    limiter.take('b', 5);
    limiter.prune(12);
    expect(limiter.size()).toBe(1);
    limiter.prune(100);
    expect(limiter.size()).toBe(0);
  });
});

describe('stored submissions', () => {
  it('remembers per device and forgets the oldest past the bound', () => {
    const stored = createStoredSubmissions<string>(2);
    stored.remember('d1', 'a', 'A');
    stored.remember('d1', 'b', 'B');
    stored.remember('d2', 'a', 'other');
    expect(stored.get('d1', 'a')).toBe('A');
    expect(stored.get('d2', 'a')).toBe('other');
    stored.remember('d1', 'c', 'C');
    expect(stored.get('d1', 'a')).toBeUndefined();
    expect(stored.count('d1')).toBe(2);
    stored.forgetDevice('d1');
    expect(stored.get('d1', 'b')).toBeUndefined();
  });
});
