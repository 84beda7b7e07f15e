// Serves the built renderer on loopback only, with the same CSP as the Electron app, and keeps
// backups of the sessions on disk (build/web-data-api.ts) so a cleared browser profile loses nothing.
// A fixed default port matters: IndexedDB is stored per origin (port included).
import { createReadStream, readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const DEFAULT_PORT = 47615;
const ROOT = resolve(fileURLToPath(new URL('../dist/renderer', import.meta.url)));
const DATA_API_SOURCE = fileURLToPath(new URL('./web-data-api.ts', import.meta.url));

// The same directives as the Electron app (shared/csp.ts reads this file too).
export const CONTENT_SECURITY_POLICY = JSON.parse(readFileSync(new URL('../shared/csp-directives.json', import.meta.url), 'utf8')).join('; ');

// The same types as the Electron app's app:// scheme.
const TYPES = JSON.parse(readFileSync(new URL('../shared/mime-types.json', import.meta.url), 'utf8'));

export function resolvePort(env = process.env) {
  const raw = env.COCREATE_PORT;
  if (raw === undefined || raw === '') return DEFAULT_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`COCREATE_PORT must be a port number from 1 to 65535, not "${raw}"`);
  return port;
}

async function fileFor(urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return null;
  }
  const relative = normalize(decoded).replace(/^([/\\])+/, '');
  const full = join(ROOT, relative || 'index.html');
  if (full !== ROOT && !full.startsWith(ROOT + sep)) return null;
  try {
    const info = await stat(full);
    if (info.isFile()) return full;
  } catch {
    /* fall through */
  }
  return null;
}

/**
 * The data service is TypeScript sharing the app's schemas and the Electron host's backup store, so
 * it is bundled here on start (esbuild is already a dependency of the build); nothing extra needs
 * building first. Imported from memory, so parallel starts never race over an output file.
 */
export async function loadDataApi() {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [DATA_API_SOURCE],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    write: false,
    logLevel: 'warning',
  });
  const code = result.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-cache',
};

/**
 * Starts the server. `dataDir` defaults to COCREATE_DATA_DIR or the OS's per-user data folder;
 * `dataApi` lets tests pass the module in directly instead of bundling it.
 */
export async function startWebServer({ port = resolvePort(), host = '127.0.0.1', dataDir, dataApi } = {}) {
  const api = dataApi ?? (await loadDataApi());
  const token = api.newToken();
  let listening = port;
  const data = api.createWebDataApi({ dataDir: dataDir ?? api.resolveDataDir(), token, port: () => listening });
  // "Let delegates join": the relay's phone listener binds to the interface the facilitator picks;
  // its console channel (/api/join/*) is here, on loopback, for this page only.
  const joinApi = api.createWebJoinApi({ token, tokenHeader: api.TOKEN_HEADER, origins: () => api.allowedOrigins(listening), staticRoot: ROOT });
  const server = createServer(async (req, res) => {
    const headers = SECURITY_HEADERS;
    // DNS rebinding: a foreign name resolving to 127.0.0.1 must not reach the page (and its secret) or the API.
    if (!api.isAllowedHost(req.headers.host, listening)) {
      res.writeHead(421, { ...headers, 'Content-Type': 'text/plain; charset=utf-8', Connection: 'close' }).end('Unknown host name');
      return;
    }
    const pathname = (req.url ?? '/').split('?')[0] ?? '/';
    if (await joinApi.handle(req, res, pathname)) return;
    if (await data.handle(req, res, pathname)) return;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, headers).end();
      return;
    }
    const file = await fileFor(req.url ?? '/');
    if (!file) {
      res.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    if (file === join(ROOT, 'index.html')) {
      // The page gets this launch's secret; never cached, so a reload after a restart gets the new one.
      const html = api.injectToken(await readFile(file, 'utf8'), token);
      res.writeHead(200, { ...headers, 'Cache-Control': 'no-store', 'Content-Type': TYPES['.html'] });
      res.end(req.method === 'HEAD' ? undefined : html);
      return;
    }
    res.writeHead(200, { ...headers, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', (error) => {
      if (error.code === 'EADDRINUSE') reject(new Error(`Port ${port} is in use. Is Co-Create Studio already running? Set COCREATE_PORT to use another port (your data stays with the port you used before).`));
      else reject(error);
    });
    server.listen(port, host, () => {
      listening = server.address().port;
      resolvePromise({
        url: `http://${host}:${listening}/`,
        dataDir: dataDir ?? api.resolveDataDir(),
        backupsDir: data.backupRoot,
        close: async () => {
          await joinApi.close();
          await new Promise((r) => {
            server.close(() => r(undefined));
            // The page's live relay channel would otherwise hold the server open.
            server.closeAllConnections();
          });
        },
      });
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    await stat(join(ROOT, 'index.html'));
  } catch {
    console.error('The app is not built yet: run `npm run build:web` first (or `npm run web`).');
    process.exit(1);
  }
  try {
    const { url, backupsDir } = await startWebServer();
    console.log(`Co-Create Studio is running at ${url} (loopback only). Open it in Chromium, Chrome or Edge. Press Ctrl+C to stop.`);
    console.log(`Backups of your sessions are kept in ${backupsDir}`);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
