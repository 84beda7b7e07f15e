import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['shared/**/*.test.ts', 'renderer/**/*.test.{ts,tsx}', 'electron/**/*.test.ts', 'build/**/*.test.ts'],
    environment: 'node',
    // Repository tests use fake-indexeddb; each test file gets its own module registry.
    isolate: true,
    // Property tests are CPU-bound: on a busy 2-core machine 5 s is timing luck, not a limit worth failing on.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
