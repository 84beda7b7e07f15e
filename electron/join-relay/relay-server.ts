/**
 * The phone-facing HTTP server: the API under /join/api, live views over server-sent events
 * (better-sse), and the participant app's built files at /j/<CODE>. Listens on one address only.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { createSession } from 'better-sse';
import { JOIN_EVENT_NAMES, JOIN_PATHS, JOIN_ERROR_STATUS, joinError, type JoinErrorReply } from '../../shared/join';
import { checkRequest, DOCUMENT_CSP, hostHeaderFor, SECURITY_HEADERS, tokenFrom } from './http-policy';
import type { RelayCore } from './relay-core';

export interface RelayServerOptions {
  core: RelayCore;
  address: string;
  port: number;
  /** The built renderer (dist/renderer) holding join.html and assets/; null serves the API only. */
  staticRoot: string | null;
  /** Electron: prints a print route to PDF bytes. Absent in web mode, where the console sends a page. */
  renderPdf?: (route: string) => Promise<Uint8Array>;
}

export interface RunningRelayServer {
  address: string;
  port: number;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
};

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (res.headersSent) return;
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

function sendError(res: ServerResponse, reply: JoinErrorReply): void {
  const status = JOIN_ERROR_STATUS[reply.error.code];
  sendJson(res, status, reply, status === 429 ? { 'Retry-After': '10' } : {});
}

type BodyResult = { ok: true; value: unknown } | { ok: false; reply: JoinErrorReply };

/** Reads a JSON body of at most `limit` bytes; a larger one is refused as soon as it is seen to be larger. */
function readJson(req: IncomingMessage, limit: number): Promise<BodyResult> {
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (Number.isFinite(declared) && declared > limit) {
    req.resume();
    return Promise.resolve({ ok: false, reply: joinError('too-large') });
  }
  return new Promise((resolvePromise) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (result: BodyResult) => {
      if (done) return;
      done = true;
      resolvePromise(result);
    };
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        finish({ ok: false, reply: joinError('too-large') });
        req.removeAllListeners('data');
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      try {
        finish({ ok: true, value: JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown });
      } catch {
        finish({ ok: false, reply: joinError('bad-request') });
      }
    });
    req.on('error', () => finish({ ok: false, reply: joinError('bad-request') }));
  });
}

/** A file under `root` for a URL path below it, or null (no way out of the folder). */
async function fileUnder(root: string, relative: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(relative);
  } catch {
    return null;
  }
  const full = join(root, normalize(decoded).replace(/^([/\\])+/, ''));
  if (!full.startsWith(root + sep)) return null;
  try {
    return (await stat(full)).isFile() ? full : null;
  } catch {
    return null;
  }
}

function safeFileName(name: string, extension: string): string {
  const base = name.replace(/[^A-Za-z0-9 ._-]/g, '').trim().slice(0, 120) || 'document';
  return base.toLowerCase().endsWith(extension) ? base : `${base}${extension}`;
}

export function startRelayServer(options: RelayServerOptions): Promise<RunningRelayServer> {
  const { core } = options;
  const root = options.staticRoot ? resolve(options.staticRoot) : null;
  let ownHost = '';
  const open = new Set<ServerResponse>();

  async function serveFile(res: ServerResponse, method: string, file: string | null, extraHeaders: Record<string, string> = {}): Promise<void> {
    if (!file) {
      sendError(res, joinError('not-found'));
      return;
    }
    res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', ...extraHeaders });
    if (method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const check = checkRequest(req.method, req.headers, ownHost);
    if (!check.ok) {
      const reply = check.reason === 'method' ? joinError('wrong-method') : check.reason === 'content-type' ? joinError('bad-request') : joinError('not-allowed');
      sendJson(res, check.status, reply);
      return;
    }
    const method = req.method ?? 'GET';
    const url = new URL(req.url ?? '/', `http://${ownHost}`);
    const path = url.pathname;
    const from = req.socket.remoteAddress ?? 'unknown';
    const token = tokenFrom(req.headers, url.searchParams);

    if (method === 'POST') {
      if (path !== JOIN_PATHS.join && path !== JOIN_PATHS.submit) {
        sendError(res, joinError('wrong-method'));
        return;
      }
      const body = await readJson(req, core.limits.maxBodyBytes);
      if (!body.ok) {
        sendError(res, body.reply);
        return;
      }
      const reply = path === JOIN_PATHS.join ? core.join(body.value, from) : await core.submit(token, body.value);
      if (reply.ok) sendJson(res, 200, reply.body);
      else sendError(res, reply.body);
      return;
    }

    if (path === JOIN_PATHS.roster) {
      const reply = core.roster(url.searchParams.get('code') ?? '', from);
      if (reply.ok) sendJson(res, 200, reply.body);
      else sendError(res, reply.body);
      return;
    }
    if (path === JOIN_PATHS.view) {
      const reply = core.view(token);
      if (reply.ok) sendJson(res, 200, reply.body);
      else sendError(res, reply.body);
      return;
    }
    if (path === JOIN_PATHS.events) {
      await serveEvents(req, res, token);
      return;
    }
    if (path === JOIN_PATHS.pdf) {
      await servePdf(res, token);
      return;
    }
    if (path.startsWith('/j/') && root) {
      const assets = /^\/j\/(assets\/.+)$/.exec(path) ?? /^\/(assets\/.+)$/.exec(path);
      if (assets) return serveFile(res, method, await fileUnder(root, assets[1]!), { 'Cache-Control': 'no-cache' });
      if (/^\/j\/[^/]*$/.test(path)) return serveFile(res, method, await fileUnder(root, 'join.html'));
    }
    if (path.startsWith('/assets/') && root) return serveFile(res, method, await fileUnder(root, path.slice(1)), { 'Cache-Control': 'no-cache' });
    if (path === '/favicon.svg' && root) return serveFile(res, method, await fileUnder(root, 'favicon.svg'), { 'Cache-Control': 'no-cache' });
    // Browsers ask for this on their own; "nothing" keeps a phone's console free of a 404.
    if (path === '/favicon.ico') {
      res.writeHead(204, SECURITY_HEADERS).end();
      return;
    }
    sendError(res, joinError('not-found'));
  }

  async function serveEvents(req: IncomingMessage, res: ServerResponse, token: string | null): Promise<void> {
    let session: Awaited<ReturnType<typeof createSession>> | null = null;
    const queue: Array<[unknown, string]> = [];
    const push = (data: unknown, name: string) => {
      if (session) session.push(data, name);
      else queue.push([data, name]);
    };
    let endedReply: JoinErrorReply | null = null;
    const connected = core.connect(token, {
      view: (view) => push(view, JOIN_EVENT_NAMES.view),
      ended: (reason) => {
        endedReply = reason;
        push(reason, JOIN_EVENT_NAMES.ended);
        // Let the last event reach the phone, then hang up so EventSource reconnects and hears the refusal.
        setImmediate(() => res.end());
      },
    });
    if (!connected.ok) {
      sendError(res, connected.body);
      return;
    }
    open.add(res);
    res.on('close', () => {
      open.delete(res);
      connected.body.close();
    });
    session = await createSession(req, res, { headers: { ...SECURITY_HEADERS }, keepAlive: 15_000, retry: 3_000 });
    if (!endedReply) session.push(connected.body.view, JOIN_EVENT_NAMES.view);
    for (const [data, name] of queue.splice(0)) session.push(data, name);
  }

  async function servePdf(res: ServerResponse, token: string | null): Promise<void> {
    const outcome = await core.pdf(token);
    if (!outcome.ok) {
      sendError(res, outcome.body);
      return;
    }
    const { reply } = outcome;
    if (reply.kind === 'html') {
      res.writeHead(200, {
        ...SECURITY_HEADERS,
        'Content-Security-Policy': DOCUMENT_CSP,
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Disposition': `inline; filename="${safeFileName(reply.fileName, '.html')}"`,
      });
      res.end(reply.html);
      return;
    }
    if (!options.renderPdf) {
      sendError(res, joinError('console-unavailable', 'This laptop cannot make PDFs. Ask the facilitator for a printed copy.'));
      return;
    }
    try {
      const bytes = await options.renderPdf(reply.route);
      if (bytes.byteLength > core.limits.maxPdfBytes) throw new Error('too large');
      res.writeHead(200, {
        ...SECURITY_HEADERS,
        'Content-Type': 'application/pdf',
        'Content-Length': String(bytes.byteLength),
        'Content-Disposition': `attachment; filename="${safeFileName(reply.fileName, '.pdf')}"`,
      });
      res.end(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    } catch {
      sendError(res, joinError('console-unavailable', 'The laptop could not make your PDF. Ask the facilitator.'));
    }
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch(() => sendError(res, joinError('console-unavailable', 'Something went wrong on the laptop. Try again.')));
  });
  // Slow or half-open phones must not pin sockets for ever; live streams are kept alive by better-sse.
  server.headersTimeout = 15_000;
  server.requestTimeout = 0;

  return new Promise((resolvePromise, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') reject(new Error(`Port ${options.port} is already in use on this laptop. Choose another port.`));
      else if (error.code === 'EADDRNOTAVAIL') reject(new Error(`The address ${options.address} is not on this laptop (any more). Choose the network again.`));
      else if (error.code === 'EACCES') reject(new Error(`This laptop does not allow listening on port ${options.port}. Choose a port above 1024.`));
      else reject(new Error(`Joining could not start: ${error.message}`));
    });
    server.listen({ port: options.port, host: options.address, exclusive: true }, () => {
      const port = (server.address() as AddressInfo).port;
      ownHost = hostHeaderFor(options.address, port);
      resolvePromise({
        address: options.address,
        port,
        close: () =>
          new Promise<void>((done) => {
            for (const res of open) res.end();
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
