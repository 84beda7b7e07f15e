import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';

/** The web mode the tests drive: a loopback server on its own port, so test data never mixes with a real profile. */
export const E2E_PORT = Number(process.env.COCREATE_E2E_PORT ?? 47690);
/**
 * The web server's data folder (its session backups) for this run: a new temporary folder, so tests
 * never write into a real user's folder. Set once in the runner and inherited by its workers (which
 * load this file again), so specs can look at the backups the server wrote.
 */
process.env.COCREATE_E2E_DATA_DIR ||= mkdtempSync(path.join(tmpdir(), 'cocreate-e2e-data-'));
export const E2E_DATA_DIR = process.env.COCREATE_E2E_DATA_DIR;
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-dev-shm-usage'];

export default defineConfig({
  testDir: 'tests',
  testMatch: ['e2e/**/*.spec.ts', 'electron/**/*.spec.ts'],
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
  outputDir: 'test-results/e2e',
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORT}/`,
    // Each test gets a new browser context, i.e. a fresh profile with empty IndexedDB.
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    headless: true,
    viewport: { width: 1366, height: 900 },
    trace: 'retain-on-failure',
  },
  webServer: {
    command: 'node build/serve-web.mjs',
    env: { COCREATE_PORT: String(E2E_PORT), COCREATE_DATA_DIR: E2E_DATA_DIR },
    url: `http://127.0.0.1:${E2E_PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
