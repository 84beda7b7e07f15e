// The web-mode server's console channel for the join relay (issue 14): the page that this server
// served drives the relay through loopback-only /api/join/* endpoints (commands by POST, the relay's
// events by server-sent events), with the same secret and origin checks as the backup service.
// The relay's own phone-facing listener binds to the interface the facilitator picks.
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createSession } from 'better-sse';
import { relayCommandSchemas, type RelayCommandName, type RelayEvent } from '../shared/join';
import { describeIssues } from '../shared/text';
import { createJoinRelay, type JoinRelay } from '../electron/join-relay/join-relay';
import { HttpError, readBody } from './http-body';

const COMMAND_PATH = /^\/api\/join\/(start|stop|rotateCode|publish|ack|removeDevice|pdfReply)$/;
/** A published snapshot of the worst realistic session is well under this; PDF pages may be larger. */
const MAX_COMMAND_BYTES = 8 * 1024 * 1024;
const MAX_PDF_REPLY_BYTES = 40 * 1024 * 1024;

export interface WebJoinApiOptions {
  token: string;
  tokenHeader: string;
  /** Origins of the page this server served (its loopback address and port). */
  origins: () => string[];
  /** The built renderer, whose join.html and assets the relay serves to phones. */
  staticRoot: string | null;
  relay?: JoinRelay;
}

function send(res: ServerResponse, status: number, body: unknown): void {
  if (res.headersSent) return;
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' }).end(JSON.stringify(body));
}

export function createWebJoinApi(options: WebJoinApiOptions) {
  const relay = options.relay ?? createJoinRelay({ staticRoot: options.staticRoot });

  function checkCaller(req: IncomingMessage): void {
    const origin = req.headers.origin;
    if (origin !== undefined && !options.origins().includes(origin)) throw new HttpError(403, 'Requests from other sites are refused.');
    if (req.method !== 'GET' && origin === undefined) throw new HttpError(403, 'Requests from other sites are refused.');
    const site = req.headers['sec-fetch-site'];
    if (site !== undefined && site !== 'same-origin') throw new HttpError(403, 'Requests from other sites are refused.');
    const given = req.headers[options.tokenHeader];
    const ok = typeof given === 'string' && given.length === options.token.length && timingSafeEqual(Buffer.from(given), Buffer.from(options.token));
    if (!ok) throw new HttpError(403, 'This request did not come from the page this server opened. Reload the page.');
  }

  async function command(name: RelayCommandName, req: IncomingMessage): Promise<unknown> {
    const limit = name === 'pdfReply' ? MAX_PDF_REPLY_BYTES : MAX_COMMAND_BYTES;
    const text = (await readBody(req, limit, 'That is more than the relay takes at once.')).toString('utf8');
    let raw: unknown;
    try {
      raw = text === '' ? {} : JSON.parse(text);
    } catch {
      throw new HttpError(400, 'The relay command was not JSON.');
    }
    const parsed = relayCommandSchemas[name].safeParse(raw);
    if (!parsed.success) throw new HttpError(400, describeIssues(parsed.error));
    const args = parsed.data as never;
    switch (name) {
      case 'start':
        return relay.start(args);
      case 'stop':
        return relay.stop();
      case 'rotateCode':
        return relay.rotateCode();
      case 'publish':
        relay.publish(args);
        return { ok: true };
      case 'ack':
        relay.ack(args);
        return { ok: true };
      case 'removeDevice':
        return relay.removeDevice((parsed.data as { deviceId: string }).deviceId);
      case 'pdfReply':
        relay.pdfReply(args);
        return { ok: true };
    }
  }

  async function events(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const session = await createSession(req, res, { headers: { 'Cache-Control': 'no-store' }, keepAlive: 15_000, retry: 2_000 });
    const push = (event: RelayEvent) => session.push(event, 'relay');
    push({ type: 'status', status: relay.status() });
    const stop = relay.onEvent(push);
    session.once('disconnected', stop);
  }

  return {
    relay,
    async handle(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<boolean> {
      if (pathname !== '/api/join' && !pathname.startsWith('/api/join/')) return false;
      try {
        checkCaller(req);
        if (req.method === 'GET' && pathname === '/api/join/interfaces') return send(res, 200, relay.listInterfaces()), true;
        if (req.method === 'GET' && pathname === '/api/join/status') return send(res, 200, relay.status()), true;
        if (req.method === 'GET' && pathname === '/api/join/events') return await events(req, res), true;
        const match = COMMAND_PATH.exec(pathname);
        if (!match?.[1]) throw new HttpError(404, 'Not found');
        if (req.method !== 'POST') throw new HttpError(405, 'Method not allowed');
        send(res, 200, await command(match[1] as RelayCommandName, req));
      } catch (error) {
        const status = error instanceof HttpError ? error.status : 400;
        req.resume();
        send(res, status, { error: error instanceof Error ? error.message : String(error) });
      }
      return true;
    },
    close: () => relay.stop(),
  };
}
