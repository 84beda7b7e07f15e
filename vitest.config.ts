import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['shared/**/*.test.ts', 'renderer/**/*.test.{ts,tsx}', 'electron/**/*.test.ts', 'build/**/*.test.ts'],
    environment: 'node',
    // Repository tests use fake-indexeddb; each test file gets its own module registry.
    isolate: true,
  },
});
