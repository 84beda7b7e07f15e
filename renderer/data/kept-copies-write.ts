import type { Archive } from '../../shared/archive';
import { encodeArchive, importArchive, readArchiveBytes, summarizeCopy, type ImportOutcome } from './archive-repo';
import { markNotBackedUp } from './auto-backup';
import type { CoCreateDb } from './db';
import { ConflictError } from './errors';
import { allKeptCopies, DAY_MS, isKeptCopy, KEPT_COPY_DAYS, KEPT_COPY_PREFIX, type KeptCopy, type KeptCopySummary } from './kept-copies';
import { readSessionRecords } from './session-records';

/*
 * "Replace" and "Restore" with a kept copy (see kept-copies.ts). Loaded on first use with the rest
 * of the archive code.
 */

/**
 * Sets the copy of `sessionId` that is here aside, inside the caller's transaction (which must
 * include the meta table); null when there is none. Every "Replace" calls it first.
 */
export async function keepCurrentCopy(db: CoCreateDb, sessionId: string, appVersion: string, now: number): Promise<KeptCopySummary | null> {
  if (!(await db.sessions.get(sessionId))) return null;
  const records = await readSessionRecords(db, sessionId);
  const id = crypto.randomUUID();
  const copy: KeptCopy = {
    id,
    sessionId,
    title: records.session.title,
    campus: records.session.campus,
    keptAt: now,
    keptUntil: now + KEPT_COPY_DAYS * DAY_MS,
    ...summarizeCopy(records),
    bytes: encodeArchive({ ...records, exportedAt: now }, appVersion),
  };
  await db.meta.put({ key: `${KEPT_COPY_PREFIX}${id}`, value: copy });
  // Copies past their time go when a new one is kept, never sooner.
  for (const old of await allKeptCopies(db)) if (old.keptUntil < now) await db.meta.delete(`${KEPT_COPY_PREFIX}${old.id}`);
  const { bytes: _bytes, ...summary } = copy;
  return summary;
}

const scope = (db: CoCreateDb) => [...db.recordTables(), db.meta];

/**
 * "Replace": in one transaction, the copy here is kept aside, then the file's copy takes its place.
 * If anything fails, neither happens.
 */
export async function replaceKeepingCopy(db: CoCreateDb, archive: Archive, appVersion: string, now = Date.now()): Promise<ImportOutcome & { kept: KeptCopySummary | null }> {
  return db.transaction('rw', scope(db), async () => {
    const kept = await keepCurrentCopy(db, archive.session.id, appVersion, now);
    const outcome = await importArchive(db, archive, 'replace', now);
    // The copy now here may be older than the last backup: back it up at the next pass all the same.
    await markNotBackedUp(db, outcome.sessionId);
    return { ...outcome, kept };
  });
}

/**
 * Puts a kept copy back. The copy that is here now is kept aside in its turn (so a restore can be
 * undone the same way), and the restored copy leaves the list. All in one transaction.
 */
export async function restoreKeptCopy(db: CoCreateDb, id: string, appVersion: string, now = Date.now()): Promise<ImportOutcome & { title: string; kept: KeptCopySummary | null }> {
  return db.transaction('rw', scope(db), async () => {
    const copy = (await db.meta.get(`${KEPT_COPY_PREFIX}${id}`))?.value;
    if (!isKeptCopy(copy)) throw new ConflictError('This kept copy is no longer here.');
    const read = readArchiveBytes(copy.bytes);
    if (!read.ok) throw new ConflictError(read.message);
    const kept = await keepCurrentCopy(db, copy.sessionId, appVersion, now);
    const outcome = await importArchive(db, read.archive, kept ? 'replace' : 'new', now);
    await db.meta.delete(`${KEPT_COPY_PREFIX}${id}`);
    await markNotBackedUp(db, outcome.sessionId);
    return { ...outcome, title: copy.title, kept };
  });
}
