import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { LATEST_ARCHIVE_VERSION, readArchiveFile } from '../../shared/archive';
import { builtInTemplates } from '../../shared/templates';
import { backUpChangedSessions, markBackedUp, phaseChanged, runBackupPass, runPhases, sessionsDueForBackup } from './auto-backup';
import { type CoCreateDb } from './db';
import { freshDbEachTest } from './test-support/fresh-db';
import { createSession, deleteSession, updateSessionSetup } from './sessions-repo';

let db: CoCreateDb;
freshDbEachTest('backup', (fresh) => {
  db = fresh;
});

describe('automatic backups', () => {
  it('picks sessions changed since their last backup', () => {
    expect(sessionsDueForBackup([{ id: 'a', updatedAt: 5 }, { id: 'b', updatedAt: 5 }, { id: 'c', updatedAt: 9 }], { a: 5, c: 7 })).toEqual(['b', 'c']);
  });

  it('backs up each changed session once, as a format-2 archive file, and again after a change', async () => {
    const a = await createSession(db, builtInTemplates[0]!, 1000);
    const b = await createSession(db, builtInTemplates[1]!, 1000);
    const saved = new Map<string, Uint8Array>();
    const save = (id: string, bytes: Uint8Array) => {
      saved.set(id, bytes);
      return Promise.resolve();
    };
    expect((await backUpChangedSessions(db, save)).backedUp.sort()).toEqual([a.id, b.id].sort());
    expect(readArchiveFile(saved.get(a.id)!)).toMatchObject({ ok: true, formatVersion: LATEST_ARCHIVE_VERSION, archive: { session: { id: a.id } } });
    expect((await backUpChangedSessions(db, save)).backedUp).toEqual([]);
    await updateSessionSetup(db, b.id, { campus: 'East' }, 2000);
    expect((await backUpChangedSessions(db, save)).backedUp).toEqual([b.id]);
    await deleteSession(db, a.id);
    await backUpChangedSessions(db, save);
    expect(Object.keys(((await db.meta.get('backups'))?.value ?? {}) as object)).toEqual([b.id]);
  });

  it('reports a failed session, carries on with the others and tries it again next time', async () => {
    const a = await createSession(db, builtInTemplates[0]!, 1000);
    const b = await createSession(db, builtInTemplates[0]!, 1000);
    const pass = await backUpChangedSessions(db, (id) => (id === a.id ? Promise.reject(new Error('disk full')) : Promise.resolve()));
    expect(pass.failed).toEqual([{ sessionId: a.id, message: 'disk full' }]);
    expect(pass.backedUp).toEqual([b.id]);
    expect((await backUpChangedSessions(db, () => Promise.resolve())).backedUp).toEqual([a.id]);
  });
});

describe('when backups run', () => {
  it('sees a phase change in any session, whatever order the runs come in, and a run just started', () => {
    const before = runPhases([
      { sessionId: 's1', currentPhaseId: 'welcome' },
      { sessionId: 's2', currentPhaseId: 'quiz' },
    ]);
    expect(phaseChanged(before, [{ sessionId: 's2', currentPhaseId: 'quiz' }, { sessionId: 's1', currentPhaseId: 'welcome' }])).toBe(false);
    expect(phaseChanged(before, [{ sessionId: 's1', currentPhaseId: 'map' }, { sessionId: 's2', currentPhaseId: 'quiz' }])).toBe(true);
    expect(phaseChanged(before, [{ sessionId: 's1', currentPhaseId: 'welcome' }, { sessionId: 's2', currentPhaseId: 'quiz' }, { sessionId: 's3', currentPhaseId: 'welcome', completedPhaseIds: [], phaseActualMs: {} }])).toBe(true);
  });

  it('does not count a session opened with its run under way (an archive, a restore) as a phase change', () => {
    const before = runPhases([{ sessionId: 's1', currentPhaseId: 'welcome' }]);
    const opened = { sessionId: 's9', currentPhaseId: 'map', completedPhaseIds: ['welcome', 'quiz'], phaseActualMs: { welcome: 60_000 } };
    expect(phaseChanged(before, [{ sessionId: 's1', currentPhaseId: 'welcome' }, opened])).toBe(false);
    // A session deleted is no phase change either.
    expect(phaseChanged(before, [])).toBe(false);
  });

  it('runs one pass at a time, so two triggers never write the same version twice', async () => {
    await createSession(db, builtInTemplates[0]!, 1000);
    const writes: string[] = [];
    const save = (id: string) => {
      writes.push(id);
      return Promise.resolve();
    };
    const [first, second] = await Promise.all([runBackupPass(db, save), runBackupPass(db, save)]);
    expect(first.backedUp).toHaveLength(1);
    expect(second.backedUp).toEqual([]);
    expect(writes).toHaveLength(1);
  });

  it('skips sessions marked as already on disk until they change', async () => {
    const s = await createSession(db, builtInTemplates[0]!, 1000);
    await markBackedUp(db, { [s.id]: s.updatedAt });
    expect((await backUpChangedSessions(db, () => Promise.resolve())).backedUp).toEqual([]);
    await updateSessionSetup(db, s.id, { campus: 'East' }, 5000);
    expect((await backUpChangedSessions(db, () => Promise.resolve())).backedUp).toEqual([s.id]);
  });
});
