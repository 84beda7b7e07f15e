import { chromium, expect, test, type Browser, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { lastSavedAt, phaseHeading, secondsLeft, waitForSaveAfter } from './run-app';

/**
 * A real crash: our own Chromium on a profile folder we keep, killed with SIGKILL (the browser and
 * every child process) in the middle of a run, then started again on the same folder. Closing a
 * Playwright context would be an orderly shutdown, and an ephemeral context deletes its data.
 */

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

interface Running {
  proc: ChildProcess;
  browser: Browser;
  page: Page;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function launch(userDataDir: string, url: string): Promise<Running> {
  const port = await freePort();
  const proc = spawn(
    CHROMIUM,
    [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-dev-shm-usage',
      '--window-size=1366,900',
      `--user-data-dir=${userDataDir}`,
      `--remote-debugging-port=${port}`,
      url,
    ],
    // Its own process group, so the kill takes the renderer and the other children too.
    { detached: true, stdio: 'ignore' },
  );
  let browser: Browser | undefined;
  await expect
    .poll(
      async () => {
        browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`).catch(() => undefined);
        return browser !== undefined;
      },
      { timeout: 15_000, intervals: [100, 200, 300] },
    )
    .toBe(true);
  const context = browser!.contexts()[0]!;
  let page: Page | undefined;
  await expect
    .poll(() => {
      page = context.pages().find((p) => p.url().startsWith(url.replace(/#.*$/, '')));
      return page !== undefined;
    })
    .toBe(true);
  await expect(page!.locator('html[data-ready="true"]')).toHaveCount(1);
  return { proc, browser: browser!, page: page! };
}

async function crash(running: Running): Promise<void> {
  const exited = new Promise<void>((resolve) => {
    if (running.proc.exitCode !== null || running.proc.signalCode !== null) resolve();
    else running.proc.once('exit', () => resolve());
  });
  process.kill(-running.proc.pid!, 'SIGKILL');
  await exited;
}

let userDataDir: string;
let alive: Running[] = [];

test.beforeEach(async () => {
  userDataDir = await mkdtemp(path.join(tmpdir(), 'cocreate-crash-'));
  alive = [];
});

test.afterEach(async () => {
  for (const running of alive) {
    if (running.proc.exitCode === null && running.proc.signalCode === null) {
      try {
        process.kill(-running.proc.pid!, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
  }
  await rm(userDataDir, { recursive: true, force: true });
});

test('a killed browser loses nothing that was acknowledged, and the running timer kept counting', async ({ baseURL }) => {
  const first = await launch(userDataDir, baseURL!);
  alive.push(first);
  const { page } = first;

  await page.getByRole('button', { name: /create session from co-creation with students' unions/i }).click();
  await page.getByRole('button', { name: 'Start session' }).click();
  // Exact: the setup screen has an "Agenda for this session" heading too, and the console comes a moment later.
  await expect(page.getByRole('heading', { level: 2, name: 'Agenda', exact: true })).toBeVisible();
  // Read from the page itself: over CDP, page.url() can lag behind a hash-route change.
  await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#\/sessions\/[^/]+\/run$/);
  const consoleUrl = await page.evaluate(() => location.href);

  let since = await lastSavedAt(page);
  await page.getByRole('button', { name: 'Start timer' }).click();
  await waitForSaveAfter(page, since);

  // The quiz: one acknowledged room tally.
  since = await lastSavedAt(page);
  await page.getByRole('button', { name: 'Next phase' }).click();
  await waitForSaveAfter(page, since);
  since = await lastSavedAt(page);
  await page.getByLabel('True', { exact: true }).fill('17');
  await page.getByLabel('True', { exact: true }).press('Enter');
  await waitForSaveAfter(page, since);

  // On to Discussion 1: acknowledged cards and votes.
  since = await lastSavedAt(page);
  await page.getByRole('button', { name: 'Next phase' }).click();
  await waitForSaveAfter(page, since);
  await expect(phaseHeading(page)).toHaveText(/^Discussion 1/);
  const cards = ['Crash card one', 'Crash card two', 'Crash card three'];
  for (const text of cards) {
    since = await lastSavedAt(page);
    await page.getByLabel('New card').fill(text);
    await page.getByLabel('New card').press('Enter');
    await waitForSaveAfter(page, since);
  }
  since = await lastSavedAt(page);
  await page.getByLabel('Votes for “Crash card two”').fill('5');
  await page.getByLabel('Votes for “Crash card two”').press('Enter');
  await waitForSaveAfter(page, since);

  await expect(page.getByRole('timer')).toHaveAttribute('data-status', 'running');
  const leftBeforeKill = await secondsLeft(page);
  await crash(first);

  const second = await launch(userDataDir, consoleUrl);
  alive.push(second);
  const after = second.page;
  await expect(phaseHeading(after)).toHaveText(/^Discussion 1/);
  for (const text of cards) await expect(after.getByTestId('card').filter({ hasText: text })).toHaveCount(1);
  await expect(after.getByLabel('Votes for “Crash card two”')).toHaveValue('5');
  // The timer is still running and has counted the time the browser was down.
  await expect(after.getByRole('timer')).toHaveAttribute('data-status', 'running');
  await expect.poll(() => secondsLeft(after), { timeout: 5_000 }).toBeLessThan(leftBeforeKill);

  // And the quiz tally from before the phase change.
  await after.getByRole('button', { name: 'Previous phase' }).click();
  await expect(after.getByLabel('True', { exact: true })).toHaveValue('17');
  await second.browser.close();
});
