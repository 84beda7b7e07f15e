import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { findElectronBinary } from '../../build/start-lib.mjs';
import { ipcContract } from '../../shared/ipc/contract';

/**
 * Smoke test of the real Electron app, launched the way `npm start` and a packaged app launch it:
 * the app folder (package.json's name, productName and main), not main.cjs on its own, which would
 * give Electron's own name and data folder. It needs Electron's runtime, found the way `npm start`
 * finds it (never through `require('electron')`, which would try to download it); without one, the
 * test is skipped and says why.
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

// shared/csp.ts joins the same directives (read here directly: Playwright's loader needs JSON import attributes).
const CONTENT_SECURITY_POLICY = (JSON.parse(readFileSync(path.join(repoRoot, 'shared', 'csp-directives.json'), 'utf8')) as string[]).join('; ');

type Bridge = { cocreate?: Record<string, (...args: unknown[]) => Promise<unknown>> };

test.describe('Electron app', () => {
  test.skip(
    located.path === null,
    `No Electron runtime on this machine: none at ${located.checked.join(' or ')} (set ELECTRON_OVERRIDE_DIST_PATH or run \`node node_modules/electron/install.js\` online).`,
  );

  let app: ElectronApplication;
  let page: Page;
  let dataDir: string;

  test.beforeAll(() => {
    // Test the current main/preload code, not whatever was last built.
    const build = spawnSync(process.execPath, [path.join(repoRoot, 'build', 'build-electron.mjs')], { cwd: repoRoot, encoding: 'utf8' });
    expect(build.status, build.stderr).toBe(0);
    expect(existsSync(path.join(repoRoot, 'dist', 'renderer', 'index.html')), 'the renderer must be built (vite build)').toBe(true);
  });

  test.beforeEach(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'cocreate-electron-'));
    const env: Record<string, string> = {};
    for (const [key, value] of Object.entries(process.env)) if (value !== undefined && key !== 'ELECTRON_RUN_AS_NODE') env[key] = value;
    // A fresh data folder, never the facilitator's own: Linux puts userData under XDG_CONFIG_HOME.
    env.XDG_CONFIG_HOME = dataDir;
    app = await electron.launch({
      executablePath: located.path!,
      // Test machines (containers, CI, root) usually lack Chromium's setuid sandbox helper on Linux.
      args: [repoRoot, `--user-data-dir=${dataDir}`, ...(process.platform === 'linux' ? ['--no-sandbox'] : [])],
      cwd: repoRoot,
      env,
    });
    page = await app.firstWindow();
    await page.waitForSelector('html[data-ready="true"]');
  });

  test.afterEach(async () => {
    // The last test quits the app itself; closing again is then a no-op.
    await app.close().catch(() => {});
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('runs as Co-Create Studio from the app folder, with its own data folder', async () => {
    expect(page.url()).toMatch(/^app:\/\/cocreate\//);
    const identity = await app.evaluate(({ app: electronApp, BrowserWindow }) => ({
      name: electronApp.getName(),
      userData: electronApp.getPath('userData'),
      title: BrowserWindow.getAllWindows()[0]?.getTitle(),
    }));
    expect(identity.name).toBe('Co-Create Studio');
    expect(identity.title).toBe('Co-Create Studio');
    expect(identity.userData.startsWith(dataDir)).toBe(true);
  });

  test('exposes exactly the contract bridge, which reaches main, and no Node', async () => {
    const bridgeKeys = await page.evaluate(() => Object.keys((window as unknown as Bridge).cocreate ?? {}).sort());
    expect(bridgeKeys).toEqual([...Object.keys(ipcContract), 'onMenuCommand'].sort());
    const info = (await page.evaluate(() => (window as unknown as Bridge).cocreate!.getAppInfo!())) as { version: string };
    expect(info.version).toMatch(/\d+\.\d+\.\d+/);
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
  });

  test('enforces the CSP: the header is sent, eval and injected inline script are refused, and loading the app trips nothing', async () => {
    const header = await page.evaluate(async () => (await fetch('app://cocreate/index.html')).headers.get('Content-Security-Policy'));
    expect(header).toBe(CONTENT_SECURITY_POLICY);

    // Reload with a listener in place from the first script on, then make zod parse (creating a
    // session does): any violation, such as zod's new Function probe, is recorded.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { violations: string[] }).violations = seen;
      document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
    });
    await page.reload();
    await page.waitForSelector('html[data-ready="true"]');
    await page.getByRole('button', { name: /create session from co-creation with students/i }).click();
    await expect(page.getByRole('heading', { level: 1, name: /set up:/i })).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);

    // Code run through page.evaluate is exempt from CSP (DevTools), so eval is attempted by the page itself.
    const evalBlocked = await page.evaluate(async () => {
      const reported = new Promise<string>((resolve) =>
        document.addEventListener('securitypolicyviolation', (event) => resolve(`${event.violatedDirective} ${event.blockedURI}`), { once: true }),
      );
      setTimeout('window.__evalRan = true', 0);
      return { violation: await reported, ran: (window as unknown as { __evalRan?: boolean }).__evalRan === true };
    });
    expect(evalBlocked).toEqual({ violation: 'script-src eval', ran: false });

    const inlineRan = await page.evaluate(async () => {
      const reported = new Promise<string>((resolve) => document.addEventListener('securitypolicyviolation', (event) => resolve(event.violatedDirective), { once: true }));
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true;';
      document.body.append(script);
      const directive = await reported;
      return { directive, ran: (window as unknown as { __inlineRan?: boolean }).__inlineRan === true };
    });
    expect(inlineRan).toEqual({ directive: expect.stringMatching(/^script-src/), ran: false });
  });

  test('blocks navigation away from the app and new windows', async () => {
    await app.evaluate(({ BrowserWindow }) => {
      const seen: string[] = [];
      (globalThis as { navigations?: string[] }).navigations = seen;
      BrowserWindow.getAllWindows()[0]!.webContents.on('will-navigate', (event) => seen.push(event.url));
    });
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    // main saw the attempt (and, having hardened the window first, refused it)…
    await expect.poll(() => app.evaluate(() => (globalThis as { navigations?: string[] }).navigations)).toEqual(['https://example.com/']);
    // …and the console is still the app.
    expect(page.url()).toMatch(/^app:\/\/cocreate\//);
    await expect(page.locator('html[data-ready="true"]')).toHaveCount(1);

    expect(await page.evaluate(() => window.open('https://example.com'))).toBeNull();
    expect(app.windows()).toHaveLength(1);
  });

  test('prints the console to PDF', async () => {
    const head = await app.evaluate(async ({ BrowserWindow }) => {
      const pdf = await BrowserWindow.getAllWindows()[0]!.webContents.printToPDF({ printBackground: true });
      return { start: Buffer.from(pdf).subarray(0, 5).toString('latin1'), bytes: pdf.length };
    });
    expect(head.start).toBe('%PDF-');
    expect(head.bytes).toBeGreaterThan(1000);
  });

  test('opens the projector without a bridge, and closing the console quits', async () => {
    const projectorOpened = app.waitForEvent('window');
    await page.evaluate(() => (window as unknown as Bridge).cocreate!.toggleProjector!({ sessionId: '6f1c3d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f' }));
    const projector = await projectorOpened;
    await projector.waitForLoadState('domcontentloaded');
    expect(projector.url()).toMatch(/#\/projector\//);
    expect(await projector.evaluate(() => typeof (window as unknown as Bridge).cocreate)).toBe('undefined');

    const closed = new Promise<void>((resolve) => app.process().once('exit', () => resolve()));
    await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().find((w) => !w.webContents.getURL().includes('#/projector/'))?.close());
    await closed;
  });
});
