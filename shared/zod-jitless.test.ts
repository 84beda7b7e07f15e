import { afterEach, describe, expect, it, vi } from 'vitest';
import type { z as Zod } from 'zod';

/** Counts `new Function(…)` while `run` executes, the way a CSP without 'unsafe-eval' would see it. */
async function functionConstructions(run: () => void): Promise<number> {
  let constructed = 0;
  const RealFunction = globalThis.Function;
  const spy = new Proxy(RealFunction, {
    construct(target, args: unknown[]) {
      constructed++;
      return Reflect.construct(target, args) as object;
    },
  });
  vi.stubGlobal('Function', spy);
  try {
    run();
  } finally {
    vi.unstubAllGlobals();
  }
  return constructed;
}

const parseSomething = (z: typeof Zod) => () => {
  const schema = z.object({ name: z.string(), tables: z.array(z.object({ seats: z.number().int() })) });
  expect(schema.parse({ name: 'Room', tables: [{ seats: 6 }] })).toEqual({ name: 'Room', tables: [{ seats: 6 }] });
};

afterEach(() => {
  vi.resetModules();
});

describe('zod jitless', () => {
  it('without the setting, zod calls new Function on its first object parse (what the CSP blocks)', async () => {
    vi.resetModules();
    const { z } = await import('zod');
    expect(await functionConstructions(parseSomething(z))).toBeGreaterThan(0);
  });

  it('with shared/zod-jitless loaded, zod never calls new Function', async () => {
    vi.resetModules();
    await import('./zod-jitless');
    const { z } = await import('zod');
    expect(z.config().jitless).toBe(true);
    expect(await functionConstructions(parseSomething(z))).toBe(0);
  });
});
