import { backupListSchema, backupSavedSchema, hostDataFactsSchema } from '../../shared/backup/backup-api';
import type { HostDataFacts, SessionBackups } from './host';

/** The meta tag the web-mode server (build/serve-web.mjs) puts this launch's secret in. */
export const SERVER_TOKEN_META = 'cocreate-server-token';

/** The secret the serving page was given, or null when no backup service served it (e.g. `vite` dev). */
export function serverToken(doc: { querySelector(selector: string): { getAttribute(name: string): string | null } | null }): string | null {
  const content = doc.querySelector(`meta[name="${SERVER_TOKEN_META}"]`)?.getAttribute('content');
  return content && /^[0-9a-f]{64}$/.test(content) ? content : null;
}

/** The server's answer checked against the shared schema; anything else is a server that is not ours. */
async function answer<T>(res: Response, schema: { safeParse(value: unknown): { success: true; data: T } | { success: false } }): Promise<T> {
  const parsed = schema.safeParse(await res.json().catch(() => undefined));
  if (!parsed.success) throw new Error('The backup service gave an answer this app does not understand. Restart the Co-Create Studio server and reload the page.');
  return parsed.data;
}

async function failure(res: Response): Promise<Error> {
  const body = (await res.json().catch(() => null)) as { error?: unknown } | null;
  const reason = typeof body?.error === 'string' ? body.error : `the server answered ${res.status}`;
  return new Error(`The backup service refused: ${reason}`);
}

/**
 * The web-mode server's backup service, reached with the page's secret in a header (never in a URL).
 * A network failure means the server was stopped: say so in words a facilitator can act on.
 */
export function createServerBackups(token: string, origin: string) {
  const call = async (path: string, init: RequestInit = {}): Promise<Response> => {
    let res: Response;
    try {
      res = await fetch(new URL(path, origin), { ...init, headers: { ...init.headers, 'X-CoCreate-Token': token } });
    } catch {
      throw new Error('The Co-Create Studio server is not running, so no backup could be written. Start it again (npm run web) and keep this page open.');
    }
    if (!res.ok) throw await failure(res);
    return res;
  };
  const backups: SessionBackups = {
    async save(sessionId, bytes) {
      const res = await call(`/api/backups/${sessionId}`, { method: 'PUT', headers: { 'Content-Type': 'application/octet-stream' }, body: bytes as Uint8Array<ArrayBuffer> });
      return answer(res, backupSavedSchema);
    },
    async list() {
      return answer(await call('/api/backups'), backupListSchema);
    },
    async read(sessionId) {
      try {
        return new Uint8Array(await (await call(`/api/backups/${sessionId}`)).arrayBuffer());
      } catch (error) {
        if (error instanceof Error && /no backup of this session/.test(error.message)) return null;
        throw error;
      }
    },
  };
  const facts = async (): Promise<Omit<HostDataFacts, 'kind' | 'storeLocation'>> => answer(await call('/api/data-facts'), hostDataFactsSchema);
  return { backups, facts };
}
