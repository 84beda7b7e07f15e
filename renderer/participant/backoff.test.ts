import { describe, expect, it } from 'vitest';
import { BACKOFF_MAX_MS, backoffDelay } from './backoff';

describe('backoffDelay', () => {
  it('doubles from one second and stays within half to all of the step', () => {
    expect(backoffDelay(1, () => 0)).toBe(500);
    expect(backoffDelay(1, () => 0.999999)).toBe(1000);
    expect(backoffDelay(3, () => 0)).toBe(2000);
    expect(backoffDelay(3, () => 0.999999)).toBe(4000);
  });

  it('never waits longer than the cap', () => {
    for (const attempt of [6, 10, 50, 1000]) expect(backoffDelay(attempt, () => 0.999999)).toBeLessThanOrEqual(BACKOFF_MAX_MS);
  });
});
