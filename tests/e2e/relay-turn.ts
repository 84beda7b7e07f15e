import { mkdir, rmdir } from 'node:fs/promises';
import { join } from 'node:path';
import { test as base } from '@playwright/test';

/**
 * The web server runs one relay for phones, as a laptop does, and the console says "another
 * session" while one runs. Tests that start it take turns across workers: each holds a lock
 * folder (mkdir is atomic) from before its page opens until after it closes. The folder sits in
 * the run's output folder, which Playwright empties when a run starts, so a killed run leaves no
 * stale lock behind.
 */
export const test = base.extend<{ relayTurn: void }>({
  relayTurn: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use, testInfo) => {
      const lock = join(testInfo.project.outputDir, '.relay-turn');
      await mkdir(testInfo.project.outputDir, { recursive: true });
      for (;;) {
        try {
          await mkdir(lock);
          break;
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
          // Waiting for the other test to release the relay, not for time to pass.
          await new Promise((resolve) => setTimeout(resolve, 250));
        }
      }
      try {
        await use();
      } finally {
        await rmdir(lock);
      }
    },
    // Its own timeout: waiting for a turn must not eat into the test's own minute.
    { auto: true, timeout: 400_000 },
  ],
});
