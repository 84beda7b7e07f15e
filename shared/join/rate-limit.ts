/**
 * A sliding-window limit per key (a device, a network address) with the clock passed in, so tests
 * decide what time it is. Keeps only the timestamps inside the window.
 */
export interface RateLimiter {
  /** Counts one request at `now`; false when the key already used its allowance in the window (then nothing is counted). */
  take(key: string, now: number): boolean;
  /** Whether the key has used its allowance in the window (counts nothing). */
  exhausted(key: string, now: number): boolean;
  /** Forgets keys with nothing inside the window, so memory follows the active devices only. */
  prune(now: number): void;
  size(): number;
}

export function createRateLimiter(options: { max: number; windowMs: number }): RateLimiter {
  const hits = new Map<string, number[]>();
  const recent = (key: string, now: number): number[] => {
    const kept = (hits.get(key) ?? []).filter((at) => at > now - options.windowMs && at <= now);
    if (kept.length > 0) hits.set(key, kept);
    else hits.delete(key);
    return kept;
  };
  return {
    take(key, now) {
      const kept = recent(key, now);
      if (kept.length >= options.max) return false;
      kept.push(now);
      hits.set(key, kept);
      return true;
    },
    exhausted: (key, now) => recent(key, now).length >= options.max,
    prune(now) {
      for (const key of [...hits.keys()]) recent(key, now);
    },
    size: () => hits.size,
  };
}
