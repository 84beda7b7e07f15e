// `npm start`, after the renderer (vite build) and main/preload (build-electron.mjs) are built:
// run the app in Electron; if Electron's runtime is missing and cannot be downloaded (offline,
// blocked), or Electron fails as it starts (e.g. the sandbox abort on Ubuntu 23.10+), serve the same build on loopback and open it as an app window in an installed
// Chromium, Chrome or Edge instead. Decisions live in start-lib.mjs (tested); this file only acts.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as lib from './start-lib.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const platform = process.platform;
const homedir = os.homedir();

const readText = (file) => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
};

const locateElectron = () => lib.findElectronBinary({ repoRoot, env: process.env, platform, exists: existsSync, readText }).path;

function requireBuild(files) {
  const missing = files.filter((file) => !existsSync(path.join(repoRoot, file)));
  if (missing.length > 0) {
    console.error(`Co-Create Studio is not built yet (missing ${missing.join(', ')}): run \`npm start\`, which builds first.`);
    process.exit(1);
  }
}

/** One attempt at Electron's own download, quietly and with a time limit. */
function tryDownloadElectron() {
  const installer = path.join(repoRoot, 'node_modules', 'electron', 'install.js');
  if (!existsSync(installer)) return null;
  console.log("Electron's runtime is not installed; trying to download it once (up to 2 minutes)…");
  spawnSync(process.execPath, [installer], { cwd: repoRoot, stdio: 'pipe', encoding: 'utf8', timeout: 120_000 });
  return locateElectron();
}

function runElectron(electron) {
  requireBuild(['dist/electron/main.cjs', 'dist/electron/preload.cjs', 'dist/renderer/index.html']);
  const env = { ...process.env };
  // Set in some shells/IDEs; it would make Electron run as plain Node and ignore the app.
  delete env.ELECTRON_RUN_AS_NODE;
  const startedAt = Date.now();
  // stderr is passed through and also kept (the first 64 KiB), to say why Electron failed at start.
  const child = spawn(electron, [repoRoot], { stdio: ['inherit', 'inherit', 'pipe'], env });
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    process.stderr.write(chunk);
    if (stderr.length < 65_536) stderr += chunk.toString('utf8');
  });
  child.on('error', (error) => {
    console.error(`Could not start Electron (${electron}): ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => {
    if (lib.electronFailedAtStart({ code, signal, elapsedMs: Date.now() - startedAt })) {
      console.log(lib.electronStartFailureMessage({ code, signal, stderr }));
      void runWebMode();
      return;
    }
    process.exit(code ?? (signal ? 1 : 0));
  });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      if (!child.killed) child.kill(signal);
    });
  }
}

async function runWebMode() {
  requireBuild(['dist/renderer/index.html']);
  const { startWebServer } = await import('./serve-web.mjs');
  let server;
  try {
    server = await startWebServer();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }

  let stopping = false;
  const stop = async (message) => {
    if (stopping) return;
    stopping = true;
    if (message) console.log(message);
    // An open browser keeps connections alive; do not wait for it forever.
    await Promise.race([server.close(), new Promise((resolve) => setTimeout(resolve, 1000))]);
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());

  const browser = lib.findBrowser({ platform, env: process.env, homedir, exists: existsSync });
  if (browser === null) {
    console.log(`Co-Create Studio is running at ${server.url} (this computer only). Open it in Chromium, Chrome or Edge; press Ctrl+C to stop.`);
    return;
  }
  const profile = lib.browserProfileDir({ browser, platform, env: process.env, homedir });
  mkdirSync(profile, { recursive: true });
  console.log(`Co-Create Studio is running at ${server.url} (this computer only), opened in ${path.basename(browser)}. Press Ctrl+C to stop.`);
  const startedAt = Date.now();
  const child = spawn(browser, lib.browserArgs(server.url, profile), { stdio: 'ignore' });
  child.on('error', (error) => console.log(`Could not open ${browser} (${error.message}); open ${server.url} yourself.`));
  child.on('exit', (code) => {
    // A browser that lived a while was closed by the person: stop with it, as the Electron app would.
    // One that exits at once either handed the URL to an already-open window (keep serving) or failed.
    if (Date.now() - startedAt > 5000) void stop('The Co-Create Studio window was closed; stopped.');
    else if (code !== 0) console.log(`${path.basename(browser)} exited at once${code === null ? '' : ` (code ${code})`}; open ${server.url} yourself.`);
  });
}

const electron = locateElectron() ?? tryDownloadElectron();
if (electron !== null) {
  runElectron(electron);
} else {
  console.log(lib.ELECTRON_FALLBACK_MESSAGE);
  await runWebMode();
}
