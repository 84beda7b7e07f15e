// Serves the built renderer on loopback only, with the same CSP as the Electron app.
// A fixed default port matters: IndexedDB is stored per origin (port included).
import { createReadStream, readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const DEFAULT_PORT = 47615;
const ROOT = resolve(fileURLToPath(new URL('../dist/renderer', import.meta.url)));

// The same directives as the Electron app (shared/csp.ts reads this file too).
export const CONTENT_SECURITY_POLICY = JSON.parse(readFileSync(new URL('../shared/csp-directives.json', import.meta.url), 'utf8')).join('; ');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

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

export function startWebServer({ port = resolvePort(), host = '127.0.0.1' } = {}) {
  const server = createServer(async (req, res) => {
    const headers = {
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-cache',
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, headers).end();
      return;
    }
    const file = await fileFor(req.url ?? '/');
    if (!file) {
      res.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
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
      const actual = server.address().port;
      resolvePromise({ url: `http://${host}:${actual}/`, close: () => new Promise((r) => server.close(() => r(undefined))) });
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
    const { url } = await startWebServer();
    console.log(`Co-Create Studio is running at ${url} (loopback only). Open it in Chromium, Chrome or Edge. Press Ctrl+C to stop.`);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
