import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { builtInTemplates } from '../../shared/templates';
import { exportSessionArchive } from './archive-repo';
import { backUpChangedSessions } from './auto-backup';
import type { CoCreateDb } from './db';
import { addDelegates } from './delegates-repo';
import { DAY_MS, KEPT_COPY_DAYS, listKeptCopies } from './kept-copies';
import { replaceKeepingCopy, restoreKeptCopy } from './kept-copies-write';
import { importArchiveBundle } from './roadshow-archive-repo';
import { createSession, deleteSession, updateSessionSetup } from './sessions-repo';
import { freshDbEachTest } from './test-support/fresh-db';

let db: CoCreateDb;
freshDbEachTest('kept-copies', (fresh) => {
  db = fresh;
});

const DAY0 = Date.UTC(2027, 2, 1, 9);

/** A session here (edited locally, two delegates) and the file's older copy of it (one delegate). */
async function sessionAndOlderFile() {
  const session = await createSession(db, builtInTemplates[0]!, DAY0 - 10_000);
  await updateSessionSetup(db, session.id, { title: 'Spring roadshow', campus: 'North' }, DAY0 - 9000);
  await addDelegates(db, session.id, [{ name: 'Ada Obi', role: 'Student', institution: 'North', email: '' }], { now: DAY0 - 8000 });
  const file = await exportSessionArchive(db, session.id, DAY0 - 7000);
  await addDelegates(db, session.id, [{ name: 'Ben Roy', role: 'Officer', institution: 'SU', email: '' }], { now: DAY0 - 6000 });
  const local = await exportSessionArchive(db, session.id, 0);
  return { sessionId: session.id, file, local };
}

describe('copies kept before "Replace"', () => {
  it('keeps the copy that was here, lists it with what identifies it, and restores it exactly', async () => {
    const { sessionId, file, local } = await sessionAndOlderFile();
    const replaced = await replaceKeepingCopy(db, file, 'test', DAY0);
    expect(replaced).toMatchObject({ sessionId, openedAsCopy: null, kept: { sessionId, title: 'Spring roadshow', campus: 'North', keptAt: DAY0 } });
    expect((await exportSessionArchive(db, sessionId, 0)).delegates.map((d) => d.name)).toEqual(['Ada Obi']);

    const list = await listKeptCopies(db);
    expect(list).toEqual([
      {
        id: replaced.kept!.id,
        sessionId,
        title: 'Spring roadshow',
        campus: 'North',
        keptAt: DAY0,
        keptUntil: DAY0 + KEPT_COPY_DAYS * DAY_MS,
        updatedAt: local.session.updatedAt,
        counts: { delegates: 2, units: 2, cards: 0, mapEntries: 0, channels: 0, actions: 0 },
      },
    ]);

    const restored = await restoreKeptCopy(db, list[0]!.id, 'test', DAY0 + DAY_MS);
    expect(restored).toMatchObject({ sessionId, title: 'Spring roadshow', openedAsCopy: null });
    expect(await exportSessionArchive(db, sessionId, 0)).toEqual(local);
    // The file's copy it swapped out is kept in its turn, so the restore can be undone the same way.
    expect((await listKeptCopies(db)).map((c) => [c.keptAt, c.counts.delegates])).toEqual([[DAY0 + DAY_MS, 1]]);
  });

  it('restores a kept copy as a new session when the session was deleted since', async () => {
    const { sessionId, file, local } = await sessionAndOlderFile();
    const { kept } = await replaceKeepingCopy(db, file, 'test', DAY0);
    await deleteSession(db, sessionId);
    expect(await restoreKeptCopy(db, kept!.id, 'test', DAY0 + 1)).toMatchObject({ sessionId, kept: null });
    expect((await exportSessionArchive(db, sessionId, 0)).delegates).toEqual(local.delegates);
    expect(await listKeptCopies(db)).toEqual([]);
  });

  it('keeps each copy at least 30 days and drops older ones only when a new copy is kept', async () => {
    const { file } = await sessionAndOlderFile();
    await replaceKeepingCopy(db, file, 'test', DAY0);
    await replaceKeepingCopy(db, file, 'test', DAY0 + KEPT_COPY_DAYS * DAY_MS);
    expect((await listKeptCopies(db)).map((c) => c.keptAt)).toEqual([DAY0 + KEPT_COPY_DAYS * DAY_MS, DAY0]);
    await replaceKeepingCopy(db, file, 'test', DAY0 + KEPT_COPY_DAYS * DAY_MS + 1);
    expect((await listKeptCopies(db)).map((c) => c.keptAt)).toEqual([DAY0 + KEPT_COPY_DAYS * DAY_MS + 1, DAY0 + KEPT_COPY_DAYS * DAY_MS]);
  });

  it('backs the replaced session up again even though the file’s copy is older than the last backup', async () => {
    const { sessionId, file } = await sessionAndOlderFile();
    const saved: string[] = [];
    const save = async (id: string) => void saved.push(id);
    await backUpChangedSessions(db, save);
    await replaceKeepingCopy(db, file, 'test', DAY0);
    await backUpChangedSessions(db, save);
    expect(saved).toEqual([sessionId, sessionId]);
  });

  it('changes nothing when the replace fails halfway', async () => {
    const { sessionId, file, local } = await sessionAndOlderFile();
    // A delegate of no session: the write refuses it after the copy here was already set aside.
    const broken = { ...file, delegates: [...file.delegates, { ...file.delegates[0]!, id: crypto.randomUUID(), sessionId: undefined as unknown as string }] };
    await expect(replaceKeepingCopy(db, broken, 'test', DAY0)).rejects.toThrow('Some records belong to another session.');
    expect(await exportSessionArchive(db, sessionId, 0)).toEqual(local);
    expect(await listKeptCopies(db)).toEqual([]);
  });

  it('keeps the copy here when a session of a several-session file replaces it too', async () => {
    const { sessionId, file, local } = await sessionAndOlderFile();
    const { exportedAt, ...records } = file;
    const outcomes = await importArchiveBundle(db, { exportedAt, sessions: [records], roadshow: null }, { [sessionId]: 'replace' }, DAY0, 'test');
    expect(outcomes.map((o) => o.how)).toEqual(['replaced']);
    expect((await listKeptCopies(db)).map((c) => [c.sessionId, c.counts.delegates])).toEqual([[sessionId, 2]]);
    await restoreKeptCopy(db, (await listKeptCopies(db))[0]!.id, 'test', DAY0 + 1);
    expect(await exportSessionArchive(db, sessionId, 0)).toEqual(local);
  });

  it('says so when a kept copy is gone', async () => {
    await expect(restoreKeptCopy(db, 'no-such-copy', 'test')).rejects.toThrow('This kept copy is no longer here.');
  });
});
