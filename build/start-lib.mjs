// Pure decisions behind `npm start` (see start.mjs): where Electron's binary is, which browser can
// stand in for it, and where that browser keeps its profile. Everything that touches the machine
// (file existence, environment, home folder) is passed in, so start-lib.test.ts can cover every
// platform from any platform.
import path from 'node:path';

export const ELECTRON_FALLBACK_MESSAGE =
  "Electron's runtime could not be downloaded (offline or blocked); starting Co-Create Studio in web mode instead.";

/** What node_modules/electron/path.txt holds on each platform, used when path.txt is missing. */
const DEFAULT_ELECTRON_EXECUTABLE = {
  darwin: 'Electron.app/Contents/MacOS/Electron',
  win32: 'electron.exe',
};

const pathFor = (platform) => (platform === 'win32' ? path.win32 : path.posix);

/** Environment lookup that is case-insensitive on Windows, where `Path` and `PATH` are the same. */
export function getEnv(env, name, platform) {
  if (env[name] !== undefined) return env[name];
  if (platform !== 'win32') return undefined;
  const key = Object.keys(env).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : env[key];
}

/**
 * Finds the Electron binary the way `require('electron')` would, without running its download:
 * `ELECTRON_OVERRIDE_DIST_PATH` first, then `node_modules/electron/dist/` + `path.txt`.
 * Returns the binary (or null) and every place it looked.
 */
export function findElectronBinary({ repoRoot, env, platform, exists, readText }) {
  const p = pathFor(platform);
  const packageDir = p.join(repoRoot, 'node_modules', 'electron');
  const fromPathTxt = readText(p.join(packageDir, 'path.txt'))?.trim();
  const executable = fromPathTxt || DEFAULT_ELECTRON_EXECUTABLE[platform] || 'electron';
  const candidates = [];
  const override = getEnv(env, 'ELECTRON_OVERRIDE_DIST_PATH', platform);
  if (override) candidates.push(p.join(override, executable));
  candidates.push(p.join(packageDir, 'dist', executable));
  const checked = [];
  for (const candidate of candidates) {
    checked.push(candidate);
    if (exists(candidate)) return { path: candidate, checked };
  }
  return { path: null, checked };
}

const PATH_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge', 'microsoft-edge-stable'];
const WINDOWS_PATH_NAMES = ['chrome.exe', 'msedge.exe', 'chromium.exe'];
const WINDOWS_INSTALLS = [
  ['Google', 'Chrome', 'Application', 'chrome.exe'],
  ['Microsoft', 'Edge', 'Application', 'msedge.exe'],
  ['Chromium', 'Application', 'chrome.exe'],
];
const MAC_APPS = ['Google Chrome.app/Contents/MacOS/Google Chrome', 'Chromium.app/Contents/MacOS/Chromium', 'Microsoft Edge.app/Contents/MacOS/Microsoft Edge'];

/** Every place a Chromium-based browser may be, best first: PATH, then standard install folders. */
export function browserCandidates({ platform, env, homedir }) {
  const p = pathFor(platform);
  const delimiter = platform === 'win32' ? ';' : ':';
  const pathDirs = (getEnv(env, 'PATH', platform) ?? '').split(delimiter).filter((dir) => dir !== '');
  const names = platform === 'win32' ? WINDOWS_PATH_NAMES : PATH_NAMES;
  const candidates = [];
  // Name first, then folder: a preferred browser anywhere on PATH beats a later one earlier on it.
  for (const name of names) for (const dir of pathDirs) candidates.push(p.join(dir, name));
  if (platform === 'win32') {
    const bases = ['ProgramFiles', 'ProgramFiles(x86)', 'LOCALAPPDATA'].map((name) => getEnv(env, name, platform)).filter(Boolean);
    for (const install of WINDOWS_INSTALLS) for (const base of bases) candidates.push(p.join(base, ...install));
  } else if (platform === 'darwin') {
    for (const app of MAC_APPS) for (const base of ['/Applications', p.join(homedir, 'Applications')]) candidates.push(p.join(base, app));
  }
  return [...new Set(candidates)];
}

/** The first installed Chromium, Chrome or Edge, or null. */
export function findBrowser({ platform, env, homedir, exists }) {
  return browserCandidates({ platform, env, homedir }).find((candidate) => exists(candidate)) ?? null;
}

/**
 * The per-user data folder (not the cache folder: cleaners such as BleachBit empty caches, and
 * the workshop data lives in this profile's IndexedDB).
 */
export function dataDir({ platform, env, homedir }) {
  const p = pathFor(platform);
  if (platform === 'win32') return getEnv(env, 'LOCALAPPDATA', platform) || p.join(homedir, 'AppData', 'Local');
  if (platform === 'darwin') return p.join(homedir, 'Library', 'Application Support');
  const xdg = env.XDG_DATA_HOME;
  return xdg && p.isAbsolute(xdg) ? xdg : p.join(homedir, '.local', 'share');
}

/**
 * The browser profile for web mode. It is separate from the person's everyday profile and stable
 * across runs, because the workshop data lives in that profile's IndexedDB. A snap-packaged
 * Chromium (Ubuntu) cannot write to hidden folders in the home folder, so it gets its snap's own
 * folder instead.
 */
export function browserProfileDir({ browser, platform, env, homedir }) {
  const p = pathFor(platform);
  const snap = platform === 'linux' ? /^\/snap\/bin\/([^/]+)$/.exec(browser) : null;
  if (snap) return p.join(homedir, 'snap', snap[1].split('.')[0], 'common', 'co-create-studio-profile');
  return p.join(dataDir({ platform, env, homedir }), 'co-create-studio', 'browser-profile');
}

/** Opens `url` as an app window (no tabs or address bar) with its own profile. */
export function browserArgs(url, profileDir) {
  return [`--app=${url}`, `--user-data-dir=${profileDir}`, '--no-first-run', '--no-default-browser-check'];
}

/** An Electron that ends this soon after `npm start` never really ran (see electronFailedAtStart). */
export const ELECTRON_EARLY_EXIT_MS = 5000;

/**
 * Whether an Electron run that just ended failed to start, so `npm start` should serve web mode
 * instead. On Ubuntu 23.10+ Electron from node_modules aborts at once (SIGTRAP) because AppArmor
 * blocks the unprivileged user namespaces its sandbox needs and chrome-sandbox is not setuid root.
 * A clean exit (code 0) is the person quitting, at any time.
 */
export function electronFailedAtStart({ code, signal, elapsedMs }) {
  if (elapsedMs >= ELECTRON_EARLY_EXIT_MS) return false;
  return signal != null || (code != null && code !== 0);
}

const SANDBOX_FAILURE = /SUID sandbox helper|chrome-sandbox|No usable sandbox|setuid_sandbox/i;

/** One line for the person at the terminal when Electron failed at start, from what it printed. */
export function electronStartFailureMessage({ code, signal, stderr }) {
  const how = signal != null ? `stopped by ${signal}` : `exit code ${code}`;
  if (SANDBOX_FAILURE.test(stderr ?? '')) {
    return (
      `Electron could not start its sandbox (${how}): this Linux restricts the user namespaces it needs (Ubuntu 23.10 and later do). ` +
      'Starting Co-Create Studio in web mode instead; the installed .deb package sets the sandbox up and runs as an app.'
    );
  }
  return `Electron stopped as it started (${how}); starting Co-Create Studio in web mode instead.`;
}
