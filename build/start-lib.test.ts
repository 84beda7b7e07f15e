import { describe, expect, it } from 'vitest';
import {
  browserArgs,
  browserCandidates,
  browserProfileDir,
  dataDir,
  ELECTRON_EARLY_EXIT_MS,
  ELECTRON_FALLBACK_MESSAGE,
  electronFailedAtStart,
  electronStartFailureMessage,
  findBrowser,
  findElectronBinary,
} from './start-lib.mjs';

const existsIn = (paths: string[]) => (candidate: string) => paths.includes(candidate);
const noText = () => null;
/** findElectronBinary in a Linux checkout at /repo, with only what a test sets differing. */
const onLinux = (options: Partial<Parameters<typeof findElectronBinary>[0]>) =>
  findElectronBinary({ repoRoot: '/repo', env: {}, platform: 'linux', exists: () => false, readText: noText, ...options });

describe('findElectronBinary', () => {
  it('uses node_modules/electron/path.txt with dist/', () => {
    const result = onLinux({
      exists: existsIn(['/repo/node_modules/electron/dist/electron']),
      readText: (p) => (p === '/repo/node_modules/electron/path.txt' ? 'electron' : null),
    });
    expect(result).toEqual({ path: '/repo/node_modules/electron/dist/electron', checked: ['/repo/node_modules/electron/dist/electron'] });
  });

  it('prefers ELECTRON_OVERRIDE_DIST_PATH when the binary is there', () => {
    const result = onLinux({
      env: { ELECTRON_OVERRIDE_DIST_PATH: '/opt/electron-45' },
      exists: existsIn(['/opt/electron-45/electron', '/repo/node_modules/electron/dist/electron']),
    });
    expect(result.path).toBe('/opt/electron-45/electron');
  });

  it('falls back to node_modules when the override folder has no binary', () => {
    const result = onLinux({ env: { ELECTRON_OVERRIDE_DIST_PATH: '/opt/empty' }, exists: existsIn(['/repo/node_modules/electron/dist/electron']) });
    expect(result.path).toBe('/repo/node_modules/electron/dist/electron');
    expect(result.checked).toEqual(['/opt/empty/electron', '/repo/node_modules/electron/dist/electron']);
  });

  it('knows the executable inside dist/ on Windows and macOS without path.txt', () => {
    const windows = findElectronBinary({
      repoRoot: 'C:\\work\\app',
      env: {},
      platform: 'win32',
      exists: existsIn(['C:\\work\\app\\node_modules\\electron\\dist\\electron.exe']),
      readText: noText,
    });
    expect(windows.path).toBe('C:\\work\\app\\node_modules\\electron\\dist\\electron.exe');
    const mac = findElectronBinary({ repoRoot: '/Users/me/app', env: {}, platform: 'darwin', exists: () => true, readText: noText });
    expect(mac.path).toBe('/Users/me/app/node_modules/electron/dist/Electron.app/Contents/MacOS/Electron');
  });

  it('reports null and where it looked when there is no runtime (this machine)', () => {
    const result = onLinux({});
    expect(result).toEqual({ path: null, checked: ['/repo/node_modules/electron/dist/electron'] });
  });
});

describe('findBrowser', () => {
  const linuxEnv = { PATH: '/usr/local/bin:/usr/bin:/snap/bin' };

  it('searches PATH for Chromium, Chrome and Edge on Linux, preferring Chromium', () => {
    expect(findBrowser({ platform: 'linux', env: linuxEnv, homedir: '/home/me', exists: existsIn(['/usr/bin/google-chrome', '/snap/bin/chromium']) })).toBe('/snap/bin/chromium');
    expect(findBrowser({ platform: 'linux', env: linuxEnv, homedir: '/home/me', exists: existsIn(['/usr/bin/microsoft-edge']) })).toBe('/usr/bin/microsoft-edge');
    expect(findBrowser({ platform: 'linux', env: linuxEnv, homedir: '/home/me', exists: existsIn(['/usr/bin/google-chrome-stable']) })).toBe('/usr/bin/google-chrome-stable');
    expect(findBrowser({ platform: 'linux', env: linuxEnv, homedir: '/home/me', exists: existsIn(['/usr/bin/chromium-browser']) })).toBe('/usr/bin/chromium-browser');
  });

  it('returns null when nothing is installed', () => {
    expect(findBrowser({ platform: 'linux', env: linuxEnv, homedir: '/home/me', exists: () => false })).toBeNull();
    expect(findBrowser({ platform: 'linux', env: {}, homedir: '/home/me', exists: existsIn(['/usr/bin/chromium']) })).toBeNull();
  });

  it('finds Chrome or Edge in the standard Windows install folders', () => {
    const env = { Path: 'C:\\Windows\\system32', ProgramFiles: 'C:\\Program Files', 'ProgramFiles(x86)': 'C:\\Program Files (x86)', LOCALAPPDATA: 'C:\\Users\\me\\AppData\\Local' };
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
    const chrome = 'C:\\Users\\me\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe';
    expect(findBrowser({ platform: 'win32', env, homedir: 'C:\\Users\\me', exists: existsIn([edge]) })).toBe(edge);
    expect(findBrowser({ platform: 'win32', env, homedir: 'C:\\Users\\me', exists: existsIn([edge, chrome]) })).toBe(chrome);
    // PATH on Windows may be spelled "Path".
    expect(findBrowser({ platform: 'win32', env: { Path: 'D:\\tools' }, homedir: 'C:\\Users\\me', exists: existsIn(['D:\\tools\\chrome.exe']) })).toBe('D:\\tools\\chrome.exe');
  });

  it('finds apps in /Applications and ~/Applications on macOS', () => {
    const env = { PATH: '/usr/bin:/bin' };
    expect(findBrowser({ platform: 'darwin', env, homedir: '/Users/me', exists: existsIn(['/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge']) })).toBe(
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    );
    expect(findBrowser({ platform: 'darwin', env, homedir: '/Users/me', exists: existsIn(['/Users/me/Applications/Chromium.app/Contents/MacOS/Chromium']) })).toBe(
      '/Users/me/Applications/Chromium.app/Contents/MacOS/Chromium',
    );
  });

  it('lists no duplicates', () => {
    const candidates = browserCandidates({ platform: 'linux', env: { PATH: '/usr/bin:/usr/bin' }, homedir: '/home/me' });
    expect(new Set(candidates).size).toBe(candidates.length);
  });
});

describe('browser profile', () => {
  it('lives under the OS cache folder', () => {
    expect(dataDir({ platform: 'linux', env: {}, homedir: '/home/me' })).toBe('/home/me/.local/share');
    expect(dataDir({ platform: 'linux', env: { XDG_DATA_HOME: '/data/share' }, homedir: '/home/me' })).toBe('/data/share');
    expect(dataDir({ platform: 'linux', env: { XDG_DATA_HOME: 'relative' }, homedir: '/home/me' })).toBe('/home/me/.local/share');
    expect(dataDir({ platform: 'darwin', env: {}, homedir: '/Users/me' })).toBe('/Users/me/Library/Application Support');
    expect(dataDir({ platform: 'win32', env: { LOCALAPPDATA: 'C:\\Users\\me\\AppData\\Local' }, homedir: 'C:\\Users\\me' })).toBe('C:\\Users\\me\\AppData\\Local');
    expect(browserProfileDir({ browser: '/usr/bin/google-chrome', platform: 'linux', env: {}, homedir: '/home/me' })).toBe('/home/me/.local/share/co-create-studio/browser-profile');
  });

  it('uses the snap folder for a snap-packaged Chromium', () => {
    expect(browserProfileDir({ browser: '/snap/bin/chromium', platform: 'linux', env: {}, homedir: '/home/me' })).toBe('/home/me/snap/chromium/common/co-create-studio-profile');
  });

  it('opens the URL as an app window with that profile', () => {
    expect(browserArgs('http://127.0.0.1:47615/', '/p')).toEqual(['--app=http://127.0.0.1:47615/', '--user-data-dir=/p', '--no-first-run', '--no-default-browser-check']);
  });

  it('has one clear fallback line', () => {
    expect(ELECTRON_FALLBACK_MESSAGE).toBe("Electron's runtime could not be downloaded (offline or blocked); starting Co-Create Studio in web mode instead.");
    expect(ELECTRON_FALLBACK_MESSAGE).not.toContain('\n');
  });
});

describe('Electron failing at start', () => {
  // What Electron 45 prints on Ubuntu 24.04 when run from node_modules, before it aborts with SIGTRAP.
  const suidAbort =
    '[12345:FATAL:sandbox/linux/suid/client/setuid_sandbox_host.cc:169] The SUID sandbox helper binary was found, but is not configured correctly. ' +
    "Rather than run without sandboxing I'm aborting now. You need to make sure that /repo/node_modules/electron/dist/chrome-sandbox is owned by root and has mode 4755.\n";

  it('falls back when Electron is killed by a signal or exits non-zero within a few seconds', () => {
    expect(electronFailedAtStart({ code: null, signal: 'SIGTRAP', elapsedMs: 300 })).toBe(true);
    expect(electronFailedAtStart({ code: 1, signal: null, elapsedMs: 1200 })).toBe(true);
    expect(electronFailedAtStart({ code: 133, signal: null, elapsedMs: ELECTRON_EARLY_EXIT_MS - 1 })).toBe(true);
  });

  it('does not fall back after a clean exit, or once the app has been running', () => {
    expect(electronFailedAtStart({ code: 0, signal: null, elapsedMs: 200 })).toBe(false);
    expect(electronFailedAtStart({ code: 1, signal: null, elapsedMs: ELECTRON_EARLY_EXIT_MS })).toBe(false);
    expect(electronFailedAtStart({ code: null, signal: 'SIGTERM', elapsedMs: 60 * 60 * 1000 })).toBe(false);
  });

  it('names the sandbox restriction when that is what Electron reported', () => {
    const message = electronStartFailureMessage({ code: null, signal: 'SIGTRAP', stderr: suidAbort });
    expect(message).toMatch(/could not start its sandbox \(stopped by SIGTRAP\)/);
    expect(message).toMatch(/web mode/);
    // Never advice to turn the sandbox off.
    expect(message).not.toMatch(/no-sandbox/);
  });

  it('says what happened otherwise', () => {
    expect(electronStartFailureMessage({ code: 1, signal: null, stderr: 'something else' })).toBe(
      'Electron stopped as it started (exit code 1); starting Co-Create Studio in web mode instead.',
    );
  });
});
