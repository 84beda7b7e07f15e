/** Retry delays for the outbox: 1 s, 2 s, 4 s … capped at 30 s, with jitter so 40 phones coming back together spread out. */
export const BACKOFF_BASE_MS = 1000;
export const BACKOFF_MAX_MS = 30_000;

/** `attempt` counts failures so far (1 after the first). `random` returns [0, 1). */
export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  const exponential = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempt - 1));
  // Between half and all of the exponential delay ("equal jitter").
  return Math.round(exponential / 2 + (random() * exponential) / 2);
}
