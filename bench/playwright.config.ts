import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../playwright.config';

/**
 * `npm run bench`: the paths a facilitator waits for, driven in Chromium against the production
 * build on its own port and data folder (never the e2e suite's, never a real profile).
 */
export const BENCH_PORT = Number(process.env.COCREATE_BENCH_PORT ?? 47709);
process.env.COCREATE_BENCH_DATA_DIR ||= mkdtempSync(path.join(tmpdir(), 'cocreate-bench-data-'));

export default defineConfig({
  testDir: '.',
  testMatch: ['*.perf.ts'],
  workers: 1,
  retries: 0,
  // The 200-delegate document alone takes about a minute on a busy machine.
  timeout: 30 * 60_000,
  expect: { timeout: 120_000 },
  reporter: [['list']],
  outputDir: '../test-results/bench',
  use: {
    baseURL: `http://127.0.0.1:${BENCH_PORT}/`,
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    headless: true,
    viewport: { width: 1366, height: 900 },
  },
  webServer: {
    command: 'node build/serve-web.mjs',
    cwd: '..',
    env: { COCREATE_PORT: String(BENCH_PORT), COCREATE_DATA_DIR: process.env.COCREATE_BENCH_DATA_DIR },
    url: `http://127.0.0.1:${BENCH_PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
