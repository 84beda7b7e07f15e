/**
 * Hidden print windows, reused: "Export all" for a room of 200 prints one document after another,
 * and a new window per delegate would start a renderer each time (slow, and memory churns while
 * the old ones close). The pool keeps at most `max` windows, hands a free one to the next print,
 * makes a caller wait when all are busy, drops a window whose print failed (its page may be in any
 * state), and closes the idle ones once nothing has been printed for `idleCloseMs`.
 */

/** The parts of a BrowserWindow the pool needs. */
export interface PoolableWindow {
  isDestroyed(): boolean;
  destroy(): void;
}

export interface PrintWindowPoolOptions<W extends PoolableWindow> {
  create: () => W;
  /** At most this many hidden windows at once; a print beyond waits for one to come free. */
  max?: number;
  /** Idle windows close after this long without a print. */
  idleCloseMs?: number;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

export interface PrintWindowPool<W extends PoolableWindow> {
  /**
   * Runs `print` on a window of the pool; `loads` is how many documents that window loaded before
   * (0 for a new one), so the caller can make each load a new document.
   */
  use<T>(print: (window: W, loads: number) => Promise<T>): Promise<T>;
  /** Windows open now, and made so far (for tests and the bench). */
  counts(): { open: number; created: number };
  closeIdle(): void;
}

export const DEFAULT_MAX_PRINT_WINDOWS = 2;
export const DEFAULT_IDLE_CLOSE_MS = 30_000;

interface Slot<W> {
  window: W;
  loads: number;
}

export function createPrintWindowPool<W extends PoolableWindow>(options: PrintWindowPoolOptions<W>): PrintWindowPool<W> {
  const max = Math.max(1, options.max ?? DEFAULT_MAX_PRINT_WINDOWS);
  const idleCloseMs = options.idleCloseMs ?? DEFAULT_IDLE_CLOSE_MS;
  const setTimer = options.setTimer ?? ((run: () => void, ms: number) => setTimeout(run, ms));
  const clearTimer = options.clearTimer ?? ((timer: unknown) => clearTimeout(timer as ReturnType<typeof setTimeout>));
  const idle: Slot<W>[] = [];
  const waiting: ((slot: Slot<W>) => void)[] = [];
  let busy = 0;
  let created = 0;
  let idleTimer: unknown = null;

  const alive = (slot: Slot<W>) => !slot.window.isDestroyed();

  function closeIdle(): void {
    for (const slot of idle.splice(0)) if (alive(slot)) slot.window.destroy();
  }

  function acquire(): Promise<Slot<W>> {
    if (idleTimer !== null) {
      clearTimer(idleTimer);
      idleTimer = null;
    }
    // A window the facilitator or a crash closed is forgotten, not reused.
    while (idle.length > 0) {
      const slot = idle.pop()!;
      if (alive(slot)) {
        busy += 1;
        return Promise.resolve(slot);
      }
    }
    if (busy < max) {
      busy += 1;
      created += 1;
      return Promise.resolve({ window: options.create(), loads: 0 });
    }
    return new Promise((resolve) => waiting.push(resolve));
  }

  function release(slot: Slot<W>, reusable: boolean): void {
    const next = waiting.shift();
    if (!reusable && alive(slot)) slot.window.destroy();
    if (next) {
      // The waiting print takes this window, or a new one in its place.
      if (reusable && alive(slot)) next(slot);
      else {
        created += 1;
        next({ window: options.create(), loads: 0 });
      }
      return;
    }
    busy -= 1;
    if (reusable && alive(slot)) idle.push(slot);
    if (busy === 0 && idle.length > 0) {
      idleTimer = setTimer(() => {
        idleTimer = null;
        closeIdle();
      }, idleCloseMs);
    }
  }

  return {
    async use(print) {
      const slot = await acquire();
      let reusable = false;
      try {
        const result = await print(slot.window, slot.loads);
        reusable = true;
        return result;
      } finally {
        slot.loads += 1;
        release(slot, reusable);
      }
    },
    counts: () => ({ open: busy + idle.filter(alive).length, created }),
    closeIdle,
  };
}
