// The web-mode server's data service: session backups on disk, the same store the Electron host
// uses (electron/session-backups.ts), behind checks that let only the page this server served call it.
// build/serve-web.mjs bundles this file with esbuild when it starts (it is TypeScript and uses the
// shared zod schemas), so `npm run web`, `npm start` and the Playwright web server all get it.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { homedir } from 'node:os';
import path from 'node:path';
import { MAX_BACKUP_BYTES } from '../shared/backup/backup-api';
import { readBackupArchive } from '../shared/backup/backup-archive';
import { type BackupPolicy } from '../shared/backup/rotation';
import { HttpError, readBody } from './http-body';
import { createSessionBackupStore } from '../electron/session-backups';

// The join relay's console channel travels in the same bundle (serve-web loads only this entry).
export { createWebJoinApi } from './web-join-api';

/** The header the page sends its per-launch secret in (never in a URL, which ends up in logs and history). */
export const TOKEN_HEADER = 'x-cocreate-token';
/** The meta tag the secret is handed to the page in. */
export const TOKEN_META = 'cocreate-server-token';

const SESSION_PATH = /^\/api\/backups\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

/**
 * The server's own data folder: COCREATE_DATA_DIR when set, otherwise the usual per-user place of
 * the OS (kept apart from the Electron app's folder so the two never write the same files).
 */
export function resolveDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home: string = homedir()): string {
  const chosen = env.COCREATE_DATA_DIR;
  if (chosen) return path.resolve(chosen);
  if (platform === 'win32') return path.win32.join(env.APPDATA || path.win32.join(home, 'AppData', 'Roaming'), 'Co-Create Studio Web');
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', 'Co-Create Studio Web');
  const xdg = env.XDG_DATA_HOME && path.isAbsolute(env.XDG_DATA_HOME) ? env.XDG_DATA_HOME : path.posix.join(home, '.local', 'share');
  return path.posix.join(xdg, 'co-create-studio');
}

/** A new secret for each launch of the server. */
export function newToken(): string {
  return randomBytes(32).toString('hex');
}

/** Host headers a loopback server on `port` answers to; anything else may be DNS rebinding. */
export function isAllowedHost(host: string | undefined, port: number): boolean {
  return host !== undefined && [`127.0.0.1:${port}`, `localhost:${port}`].includes(host.toLowerCase());
}

export function allowedOrigins(port: number): string[] {
  return [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
}

/** Puts the secret into the served index.html as a meta tag (the CSP forbids inline scripts). */
export function injectToken(html: string, token: string): string {
  return html.replace(/<head>/i, (head) => `${head}\n    <meta name="${TOKEN_META}" content="${token}" />`);
}

function tokenMatches(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

export interface WebDataApiOptions {
  dataDir: string;
  token: string;
  /** The port the server listens on, for the Origin check. */
  port: () => number;
  policy?: BackupPolicy;
  maxBodyBytes?: number;
}

/** The /api/* routes; `handle` returns false for any other path so the caller serves files. */
export function createWebDataApi(options: WebDataApiOptions) {
  const backupRoot = path.join(options.dataDir, 'backups');
  const store = createSessionBackupStore({ backupRoot, ...(options.policy ? { policy: options.policy } : {}) });
  const limit = options.maxBodyBytes ?? MAX_BACKUP_BYTES;

  /** Only the page this server served: its secret, its origin, never a cross-site or preflighted request. */
  function checkCaller(req: IncomingMessage) {
    const origin = req.headers.origin;
    const origins = allowedOrigins(options.port());
    if (origin !== undefined && !origins.includes(origin)) throw new HttpError(403, 'Requests from other sites are refused.');
    // Browsers always send Origin on writes; a write without one did not come from our page.
    if (req.method !== 'GET' && origin === undefined) throw new HttpError(403, 'Requests from other sites are refused.');
    const site = req.headers['sec-fetch-site'];
    if (site !== undefined && site !== 'same-origin') throw new HttpError(403, 'Requests from other sites are refused.');
    if (!tokenMatches(req.headers[TOKEN_HEADER], options.token)) throw new HttpError(403, 'This request did not come from the page this server opened. Reload the page.');
  }

  async function route(req: IncomingMessage, res: ServerResponse, pathname: string) {
    checkCaller(req);
    if (pathname === '/api/data-facts' && req.method === 'GET') return json(res, 200, await store.facts(options.dataDir));
    if (pathname === '/api/backups' && req.method === 'GET') return json(res, 200, await store.list());
    const match = SESSION_PATH.exec(pathname);
    if (!match?.[1]) throw new HttpError(404, 'Not found');
    const sessionId = match[1];
    if (req.method === 'GET') {
      const bytes = await store.read(sessionId);
      if (!bytes) throw new HttpError(404, 'There is no backup of this session.');
      res.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Cache-Control': 'no-store' }).end(bytes);
      return;
    }
    if (req.method === 'PUT') {
      const body = await readBody(req, limit, `A backup may be at most ${limit / 1048576} MB.`);
      // Format-2 zips and format-1 JSON alike, with every check "Open archive…" makes.
      const parsed = readBackupArchive(body);
      if (!parsed.ok) throw new HttpError(400, parsed.message);
      if (parsed.archive.session.id !== sessionId) throw new HttpError(400, 'This backup belongs to another session.');
      return json(res, 200, await store.save(sessionId, body));
    }
    throw new HttpError(405, 'Method not allowed');
  }

  return {
    backupRoot,
    store,
    async handle(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<boolean> {
      if (pathname !== '/api' && !pathname.startsWith('/api/')) return false;
      try {
        await route(req, res, pathname);
      } catch (error) {
        const status = error instanceof HttpError ? error.status : 500;
        const message = error instanceof Error ? error.message : String(error);
        if (status === 500) console.error('Backup service:', message);
        // Discard the rest of a refused body. The page's own oversized upload is read to its end so
        // its browser sees the answer; anyone else's connection is closed once the answer is sent.
        req.resume();
        json(res, status, { error: message }, status === 413 ? {} : { Connection: 'close' });
      }
      return true;
    },
  };
}

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  if (res.headersSent) return;
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers }).end(JSON.stringify(body));
}
