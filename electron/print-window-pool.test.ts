import { describe, expect, it } from 'vitest';
import { createPrintWindowPool } from './print-window-pool';

class FakeWindow {
  destroyed = false;
  isDestroyed() {
    return this.destroyed;
  }
  destroy() {
    this.destroyed = true;
  }
}

function pool(max = 2) {
  const made: FakeWindow[] = [];
  const timers: (() => void)[] = [];
  const p = createPrintWindowPool({
    create: () => {
      const w = new FakeWindow();
      made.push(w);
      return w;
    },
    max,
    setTimer: (run) => timers.push(run),
    clearTimer: () => timers.splice(0),
  });
  return { p, made, timers };
}

/** A print that finishes when told to. */
function held() {
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  return { done, finish };
}

describe('print window pool', () => {
  it('reuses a free window and counts its loads', async () => {
    const { p, made } = pool();
    const loads: number[] = [];
    for (let i = 0; i < 3; i++) await p.use(async (_w, n) => void loads.push(n));
    expect(made).toHaveLength(1);
    expect(loads).toEqual([0, 1, 2]);
  });

  it('makes a caller wait when every window is busy, then hands it the next free one', async () => {
    const { p, made } = pool(1);
    const first = held();
    const order: string[] = [];
    const a = p.use(async () => {
      order.push('a starts');
      await first.done;
      order.push('a ends');
    });
    const b = p.use(async (_w, loads) => void order.push(`b starts after ${loads} load`));
    await Promise.resolve();
    expect(order).toEqual(['a starts']);
    first.finish();
    await Promise.all([a, b]);
    expect(order).toEqual(['a starts', 'a ends', 'b starts after 1 load']);
    expect(made).toHaveLength(1);
  });

  it('drops a window whose print failed, and one closed from outside; closes idle windows on the timer', async () => {
    const { p, made, timers } = pool();
    await expect(p.use(async () => Promise.reject(new Error('broken page')))).rejects.toThrow('broken page');
    expect(made[0]!.destroyed).toBe(true);
    await p.use(async () => undefined);
    made[1]!.destroy();
    await p.use(async () => undefined);
    expect(made).toHaveLength(3);
    expect(p.counts()).toEqual({ open: 1, created: 3 });
    timers.forEach((run) => run());
    expect(made[2]!.destroyed).toBe(true);
    expect(p.counts().open).toBe(0);
  });
});
