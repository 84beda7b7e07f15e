import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackupSummary } from '../../shared/backup/backup-api';
import { builtInTemplates } from '../../shared/templates';
import type { SessionBackups } from '../host/host';
import { exportSessionArchive, serializeArchive } from './archive-repo';
import { backUpChangedSessions } from './auto-backup';
import { restoreSessionBackup } from './backup-restore';
import { CoCreateDb } from './db';
import { addDelegates } from './delegates-repo';
import { createSession, updateSessionSetup } from './sessions-repo';

const dbs: CoCreateDb[] = [];
async function freshDb() {
  const db = new CoCreateDb(`restore-${crypto.randomUUID()}`);
  await db.open();
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) {
    db.close();
    await db.delete();
  }
});

/** Backups held in memory, as the host would keep them on disk. */
function memoryBackups(files = new Map<string, Uint8Array>()): SessionBackups & { files: Map<string, Uint8Array> } {
  return {
    files,
    save: (id, bytes) => {
      files.set(id, bytes);
      return Promise.resolve({ location: id });
    },
    list: () => Promise.resolve([]),
    read: (id) => Promise.resolve(files.get(id) ?? null),
  };
}

const summary = (sessionId: string, title = 'T'): BackupSummary => ({ sessionId, title, campus: '', date: '', updatedAt: 0, savedAt: 0, bytes: 0 });

let laptop: CoCreateDb;
let sessionId: string;
beforeEach(async () => {
  laptop = await freshDb();
  const session = await createSession(laptop, builtInTemplates[0]!, 1000);
  sessionId = session.id;
  await updateSessionSetup(laptop, sessionId, { campus: 'East', title: 'Spring roadshow' }, 2000);
  await addDelegates(laptop, sessionId, [{ name: 'Ada Obi', role: 'Student', institution: 'North', email: '' }], { now: 3000 });
});

describe('restoring a session from its backup', () => {
  it('restores exactly what was backed up, and does not back it up again unchanged', async () => {
    const backups = memoryBackups();
    await backUpChangedSessions(laptop, backups.save);
    const cleared = await freshDb();
    const outcome = await restoreSessionBackup(cleared, backups, summary(sessionId, 'Spring roadshow'));
    expect(outcome).toEqual({ sessionId, title: 'Spring roadshow', status: 'restored' });
    const before = await exportSessionArchive(laptop, sessionId, 0);
    const after = await exportSessionArchive(cleared, sessionId, 0);
    expect(after).toEqual(before);
    expect((await backUpChangedSessions(cleared, () => Promise.reject(new Error('should not be called')))).backedUp).toEqual([]);
  });

  it('restores a backup written by an older version as one JSON document (format 1)', async () => {
    const before = await exportSessionArchive(laptop, sessionId, 0);
    const backups = memoryBackups(new Map([[sessionId, new TextEncoder().encode(serializeArchive(before))]]));
    const cleared = await freshDb();
    expect(await restoreSessionBackup(cleared, backups, summary(sessionId))).toMatchObject({ status: 'restored' });
    expect(await exportSessionArchive(cleared, sessionId, 0)).toEqual(before);
  });

  it('never overwrites a session that is already here', async () => {
    const backups = memoryBackups();
    await backUpChangedSessions(laptop, backups.save);
    await updateSessionSetup(laptop, sessionId, { campus: 'West' }, 9000);
    expect((await restoreSessionBackup(laptop, backups, summary(sessionId))).status).toBe('already-here');
    expect((await laptop.sessions.get(sessionId))?.campus).toBe('West');
  });

  it('reports a damaged or missing backup in words and writes nothing', async () => {
    const backups = memoryBackups(new Map([[sessionId, new TextEncoder().encode('{"formatVersion": 1, "session": {}}')]]));
    const cleared = await freshDb();
    const damaged = await restoreSessionBackup(cleared, backups, summary(sessionId));
    expect(damaged).toMatchObject({ status: 'failed', message: expect.stringMatching(/not a Co-Create Studio archive/) });
    const missing = await restoreSessionBackup(cleared, memoryBackups(), summary(sessionId));
    expect(missing).toMatchObject({ status: 'failed', message: 'The backup is no longer on disk.' });
    expect(await cleared.sessions.count()).toBe(0);
  });
});
