import { mkdir, readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { type BackupSummary, type HostDataFacts } from '../shared/backup/backup-api';
import { readBackupArchive, summarizeBackup } from '../shared/backup/backup-archive';
import type { BackupPolicy } from '../shared/backup/rotation';
import type { IpcArgs, IpcResult } from '../shared/ipc/contract';
import { writeFileAtomic } from './atomic-write';
import { backupFile, listBackups } from './backups';

export interface SessionBackupDeps {
  /** e.g. `<userData>/backups`: outside IndexedDB, so a damaged profile does not take the backups with it. */
  backupRoot: string;
  policy?: BackupPolicy;
  now?: () => Date;
  writeFile?: (filePath: string, data: string | Uint8Array) => Promise<void>;
}

const SESSION_FILE = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.cocreate$/;
/**
 * The backups of every session in one folder, for both adapters (the Electron IPC handlers and the
 * web-mode server): `<root>/<sessionId>.cocreate` is the newest archive of each session, and each
 * copy it replaces rotates into `<root>/history/` (the newest few plus one per day). Every write is
 * atomic. Callers validate archives before `save`; `list` re-reads them, so a damaged file is never
 * offered for restore.
 */
export function createSessionBackupStore(deps: SessionBackupDeps) {
  const writeFile = deps.writeFile ?? ((filePath: string, data: string | Uint8Array) => writeFileAtomic(filePath, data));
  const latestPath = (sessionId: string) => path.join(deps.backupRoot, `${sessionId}.cocreate`);
  const historyDir = path.join(deps.backupRoot, 'history');

  async function sessionFiles(): Promise<string[]> {
    try {
      return (await readdir(deps.backupRoot)).filter((name) => SESSION_FILE.test(name));
    } catch (error) {
      if ((error as { code?: unknown }).code === 'ENOENT') return [];
      throw error;
    }
  }

  return {
    backupRoot: deps.backupRoot,
    async save(sessionId: string, data: string | Uint8Array): Promise<{ location: string; savedAt: number }> {
      if (!SESSION_FILE.test(`${sessionId}.cocreate`)) throw new Error('A backup needs a session id.');
      await mkdir(deps.backupRoot, { recursive: true });
      const latest = latestPath(sessionId);
      await backupFile(latest, historyDir, { ...(deps.policy ? { policy: deps.policy } : {}), ...(deps.now ? { now: deps.now } : {}) });
      await writeFile(latest, data);
      return { location: latest, savedAt: Math.round((await stat(latest)).mtimeMs) };
    },
    /** The newest backup's bytes, or null when there is none for this session. */
    async read(sessionId: string): Promise<Uint8Array | null> {
      if (!SESSION_FILE.test(`${sessionId}.cocreate`)) return null;
      try {
        return await readFile(latestPath(sessionId));
      } catch (error) {
        if ((error as { code?: unknown }).code === 'ENOENT') return null;
        throw error;
      }
    },
    /** The newest backup of each session that reads as a valid archive, most recently changed first. */
    async list(): Promise<BackupSummary[]> {
      const summaries: BackupSummary[] = [];
      for (const name of await sessionFiles()) {
        const file = path.join(deps.backupRoot, name);
        const bytes = await readFile(file).catch(() => null);
        const parsed = bytes === null ? null : readBackupArchive(bytes);
        if (!bytes || !parsed?.ok || `${parsed.archive.session.id}.cocreate` !== name) continue;
        summaries.push(summarizeBackup(parsed.archive, { savedAt: (await stat(file)).mtimeMs, bytes: bytes.byteLength }));
      }
      return summaries.sort((a, b) => b.updatedAt - a.updatedAt);
    },
    /** Where the backups are, how many there are (newest plus history) and when the last was written. */
    async facts(dataFolder: string): Promise<HostDataFacts> {
      const names = await sessionFiles();
      let lastBackupAt: number | null = null;
      for (const name of names) {
        const mtime = (await stat(path.join(deps.backupRoot, name)).catch(() => null))?.mtimeMs;
        if (mtime !== undefined && (lastBackupAt === null || mtime > lastBackupAt)) lastBackupAt = Math.round(mtime);
      }
      let history = 0;
      for (const name of names) history += (await listBackups(path.join(deps.backupRoot, name), historyDir)).length;
      return { dataFolder, backupsFolder: deps.backupRoot, lastBackupAt, backupCount: names.length + history };
    },
  };
}

export type SessionBackupStore = ReturnType<typeof createSessionBackupStore>;

/** The Electron adapter: the `backupSession` IPC handler over the shared store. */
export function createSessionBackupHandler(deps: SessionBackupDeps | SessionBackupStore) {
  const store = 'save' in deps ? deps : createSessionBackupStore(deps);
  return async ({ sessionId, bytes }: IpcArgs<'backupSession'>[0]): Promise<IpcResult<'backupSession'>> => {
    const { location } = await store.save(sessionId, bytes);
    return { saved: true, location };
  };
}

/** The Electron adapter's other handlers: listing, reading and describing the same store. */
export function createSessionBackupHandlers(deps: SessionBackupDeps, dataFolder: string) {
  const store = createSessionBackupStore(deps);
  return {
    backupSession: createSessionBackupHandler(store),
    listSessionBackups: (): Promise<IpcResult<'listSessionBackups'>> => store.list(),
    readSessionBackup: async ({ sessionId }: IpcArgs<'readSessionBackup'>[0]): Promise<IpcResult<'readSessionBackup'>> => {
      // The renderer reads (and checks) the archive exactly as it reads an opened file.
      const bytes = await store.read(sessionId);
      return bytes ? { bytes } : null;
    },
    dataFacts: (): Promise<IpcResult<'dataFacts'>> => store.facts(dataFolder),
  };
}
