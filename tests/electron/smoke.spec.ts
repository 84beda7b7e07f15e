import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test } from '@playwright/test';
import { findElectronBinary } from '../../build/start-lib.mjs';
import { ipcContract } from '../../shared/ipc/contract';

/**
 * Smoke test of the real Electron app. It needs Electron's runtime, which is found the way
 * `npm start` finds it (never through `require('electron')`, which would try to download it);
 * without one, the test is skipped and says why.
 */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const located = findElectronBinary({
  repoRoot,
  env: process.env,
  platform: process.platform,
  exists: existsSync,
  readText: (file) => {
    try {
      return readFileSync(file, 'utf8');
    } catch {
      return null;
    }
  },
});

test.describe('Electron app', () => {
  test.skip(
    located.path === null,
    `No Electron runtime on this machine: none at ${located.checked.join(' or ')} (set ELECTRON_OVERRIDE_DIST_PATH or run \`node node_modules/electron/install.js\` online).`,
  );

  test('opens a locked-down console window with exactly the contract bridge', async () => {
    // Test the current main/preload code, not whatever was last built.
    const build = spawnSync(process.execPath, [path.join(repoRoot, 'build', 'build-electron.mjs')], { cwd: repoRoot, encoding: 'utf8' });
    expect(build.status, build.stderr).toBe(0);
    expect(existsSync(path.join(repoRoot, 'dist', 'renderer', 'index.html')), 'the renderer must be built (vite build)').toBe(true);

    const env = { ...process.env };
    delete env.ELECTRON_RUN_AS_NODE;
    const app = await electron.launch({
      executablePath: located.path!,
      // Test machines (containers, CI, root) usually lack Chromium's setuid sandbox helper on Linux.
      args: [path.join(repoRoot, 'dist', 'electron', 'main.cjs'), ...(process.platform === 'linux' ? ['--no-sandbox'] : [])],
      cwd: repoRoot,
      env: env as Record<string, string>,
    });
    try {
      const page = await app.firstWindow();
      await page.waitForLoadState('domcontentloaded');
      expect(page.url()).toMatch(/^app:\/\/cocreate\//);

      const title = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle());
      expect(title).toBe('Co-Create Studio');

      const bridgeKeys = await page.evaluate(() => Object.keys((window as unknown as { cocreate: object }).cocreate).sort());
      expect(bridgeKeys).toEqual([...Object.keys(ipcContract), 'onMenuCommand'].sort());

      // The bridge really reaches main, through the validating wrapper.
      const info = await page.evaluate(() => (window as unknown as { cocreate: { getAppInfo(): Promise<{ version: string }> } }).cocreate.getAppInfo());
      expect(info.version).toMatch(/\d+\.\d+\.\d+/);

      // No Node in the page, and no new windows.
      expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
      expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
      expect(await page.evaluate(() => window.open('https://example.com'))).toBeNull();
      expect(app.windows()).toHaveLength(1);
    } finally {
      await app.close();
    }
  });
});
