import 'fake-indexeddb/auto';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LATEST_ARCHIVE_VERSION, readArchiveFile } from '../shared/archive';
import { builtInTemplates } from '../shared/templates';
import { encodeArchive, exportSessionArchive, serializeArchive } from '../renderer/data/archive-repo';
import { CoCreateDb } from '../renderer/data/db';
import { createSession } from '../renderer/data/sessions-repo';
import { createServerBackups } from '../renderer/host/server-backups';
import { createWebDataApi, injectToken, isAllowedHost, newToken, resolveDataDir, TOKEN_HEADER } from './web-data-api';

let dataDir: string;
let server: Server;
let base: string;
let origin: string;
const token = newToken();

beforeEach(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'cocreate-data-'));
  let port = 0;
  const api = createWebDataApi({ dataDir, token, port: () => port, maxBodyBytes: 2 * 1024 * 1024 });
  server = createServer((req, res) => {
    void api.handle(req, res, (req.url ?? '/').split('?')[0]!).then((handled) => {
      if (!handled) res.writeHead(404).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as { port: number }).port;
  origin = `http://127.0.0.1:${port}`;
  base = `${origin}/api`;
});
afterEach(async () => {
  await new Promise((resolve) => server.close(resolve));
});

async function sessionArchive(title = 'Autumn co-creation') {
  const db = new CoCreateDb(`api-${crypto.randomUUID()}`);
  await db.open();
  const session = await createSession(db, builtInTemplates[0]!, 1000);
  await db.sessions.update(session.id, { title, campus: 'North' });
  const archive = await exportSessionArchive(db, session.id);
  db.close();
  await db.delete();
  // `text`: the zip the app writes now; `json`: a format-1 backup from an older version.
  return { id: session.id, text: encodeArchive(archive, 'test'), json: serializeArchive(archive) };
}

const backupFiles = () => (existsSync(path.join(dataDir, 'backups')) ? readdirSync(path.join(dataDir, 'backups'), { recursive: true }) : []);
const put = (id: string, body: string | Uint8Array, headers: Record<string, string> = { Origin: origin, [TOKEN_HEADER]: token }) => fetch(`${base}/backups/${id}`, { method: 'PUT', body: body as string, headers });

describe('the web server backup service', () => {
  it('writes a valid archive (a format-2 zip) atomically, lists it with its title, and reads it back byte for byte', async () => {
    const { id, text, json } = await sessionArchive();
    const res = await put(id, text);
    expect(res.status).toBe(200);
    const file = path.join(dataDir, 'backups', `${id}.cocreate`);
    expect((await res.json()) as unknown).toMatchObject({ location: file });
    expect(readArchiveFile(readFileSync(file))).toMatchObject({ ok: true, formatVersion: LATEST_ARCHIVE_VERSION, archive: { session: { id } } });
    // No temporary files left behind.
    expect(backupFiles()).toEqual([`${id}.cocreate`]);

    const list = (await (await fetch(`${base}/backups`, { headers: { [TOKEN_HEADER]: token } })).json()) as unknown[];
    expect(list).toEqual([expect.objectContaining({ sessionId: id, title: 'Autumn co-creation', campus: 'North', bytes: text.byteLength })]);
    expect(new Uint8Array(await (await fetch(`${base}/backups/${id}`, { headers: { [TOKEN_HEADER]: token } })).arrayBuffer())).toEqual(text);

    // A second backup rotates the first into history; one written by an older version (JSON) is accepted too.
    expect((await put(id, json)).status).toBe(200);
    expect(readdirSync(path.join(dataDir, 'backups', 'history'))).toHaveLength(1);
    const facts = (await (await fetch(`${base}/data-facts`, { headers: { [TOKEN_HEADER]: token } })).json()) as { backupCount: number; lastBackupAt: number; dataFolder: string };
    expect(facts).toMatchObject({ backupCount: 2, dataFolder: dataDir });
    expect(facts.lastBackupAt).toBeGreaterThan(0);
  });

  it('refuses callers without the secret, with a wrong one, from another origin or site, and writes nothing', async () => {
    const { id, text } = await sessionArchive();
    const refused = [
      await put(id, text, { Origin: origin }),
      await put(id, text, { Origin: origin, [TOKEN_HEADER]: newToken() }),
      await put(id, text, { Origin: 'http://evil.example', [TOKEN_HEADER]: token }),
      await put(id, text, { Origin: 'null', [TOKEN_HEADER]: token }),
      await put(id, text, { Origin: origin, [TOKEN_HEADER]: token, 'Sec-Fetch-Site': 'cross-site' }),
      // A write without Origin did not come from a browser page of ours.
      await put(id, text, { [TOKEN_HEADER]: token }),
      await fetch(`${base}/backups`),
      await fetch(`${base}/backups`, { headers: { Origin: 'http://evil.example', [TOKEN_HEADER]: token } }),
    ];
    expect(refused.map((r) => r.status)).toEqual([403, 403, 403, 403, 403, 403, 403, 403]);
    expect(((await refused[2]!.json()) as { error: string }).error).toMatch(/other sites/);
    expect((await fetch(`${base}/backups/${id}`, { method: 'OPTIONS', headers: { Origin: origin, [TOKEN_HEADER]: token } })).status).toBe(405);
    expect(backupFiles()).toEqual([]);
  });

  it('refuses oversized bodies, damaged archives and archives of another session, and writes nothing', async () => {
    const { id, text } = await sessionArchive();
    const other = await sessionArchive();
    const big = await put(id, 'x'.repeat(2 * 1024 * 1024 + 1));
    expect(big.status).toBe(413);
    expect(((await big.json()) as { error: string }).error).toMatch(/at most 2 MB/);
    expect((await put(id, text.slice(0, text.length / 2))).status).toBe(400);
    const flipped = text.slice();
    flipped[flipped.length - 30]! ^= 0xff;
    expect((await put(id, flipped)).status).toBe(400);
    const wrong = await put(id, other.text);
    expect(wrong.status).toBe(400);
    expect(((await wrong.json()) as { error: string }).error).toMatch(/another session/);
    expect((await put('not-a-session', text)).status).toBe(404);
    expect(backupFiles()).toEqual([]);
  });
});

describe('the web host talking to the server', () => {
  it('saves, lists, reads and describes backups through the same checks and schemas', async () => {
    const { id, text } = await sessionArchive('Client round trip');
    const { backups, facts } = createServerBackups(token, origin);
    // Node's fetch sends no Origin of its own; a browser page always does on writes.
    const pageFetch = globalThis.fetch;
    globalThis.fetch = (input, init = {}) => pageFetch(input, { ...init, headers: { ...(init.headers as Record<string, string>), Origin: origin } });
    try {
      const saved = await backups.save(id, text);
      expect(saved.location).toBe(path.join(dataDir, 'backups', `${id}.cocreate`));
      expect((await backups.list()).map((s) => s.title)).toEqual(['Client round trip']);
      expect(await backups.read(id)).toEqual(text);
      expect(await backups.read('00000000-0000-4000-8000-00000000dead')).toBeNull();
      expect(await facts()).toMatchObject({ dataFolder: dataDir, backupCount: 1 });
      await expect(createServerBackups(newToken(), origin).backups.save(id, text)).rejects.toThrow(/The backup service refused: This request did not come from the page/);
    } finally {
      globalThis.fetch = pageFetch;
    }
  });

  it('says plainly when the server is not running', async () => {
    const { backups } = createServerBackups(token, 'http://127.0.0.1:9');
    await expect(backups.list()).rejects.toThrow(/server is not running/);
  });
});

describe('where the server keeps its data', () => {
  it('follows COCREATE_DATA_DIR, then each OS’s per-user data folder', () => {
    expect(resolveDataDir({ COCREATE_DATA_DIR: '/srv/cocreate' }, 'linux', '/home/a')).toBe('/srv/cocreate');
    expect(resolveDataDir({}, 'linux', '/home/a')).toBe('/home/a/.local/share/co-create-studio');
    expect(resolveDataDir({ XDG_DATA_HOME: '/data' }, 'linux', '/home/a')).toBe('/data/co-create-studio');
    expect(resolveDataDir({ XDG_DATA_HOME: 'relative' }, 'linux', '/home/a')).toBe('/home/a/.local/share/co-create-studio');
    expect(resolveDataDir({}, 'darwin', '/Users/a')).toBe('/Users/a/Library/Application Support/Co-Create Studio Web');
    expect(resolveDataDir({ APPDATA: 'C:\\Users\\a\\AppData\\Roaming' }, 'win32', 'C:\\Users\\a')).toBe('C:\\Users\\a\\AppData\\Roaming\\Co-Create Studio Web');
  });

  it('answers only to loopback host names on its own port, and hands the secret in a meta tag', () => {
    expect(isAllowedHost('127.0.0.1:47615', 47615)).toBe(true);
    expect(isAllowedHost('localhost:47615', 47615)).toBe(true);
    for (const host of [undefined, '127.0.0.1:80', 'evil.example:47615', 'localhost.evil.example:47615', '127.0.0.1']) expect(isAllowedHost(host, 47615)).toBe(false);
    expect(injectToken('<html><head><title>x</title></head></html>', 'abc')).toContain('<head>\n    <meta name="cocreate-server-token" content="abc" />');
  });
});
