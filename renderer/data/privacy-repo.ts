import { writeArchive, writeArchiveBundle } from '../../shared/archive';
import { anonymiseRecords } from '../../shared/privacy/anonymise';
import { eraseDelegate } from '../../shared/privacy/erase';
import type { CoCreateDb } from './db';
import { archiveFileName } from './archive-repo';
import { forgetDelegateInJoinReceipts } from './join-submissions-repo';
import { exportRoadshowBundle } from './roadshow-archive-repo';
import { putSessionRecords, readSessionRecords } from './session-records';

/*
 * Anonymised archives are written in the current format with their entries stored, not compressed,
 * so anyone can search the whole file for a name before sharing it (and so can the tests).
 */

/** One session as an anonymised archive file (see shared/privacy/anonymise.ts). */
export async function exportAnonymised(db: CoCreateDb, sessionId: string, appVersion: string, now = Date.now()): Promise<{ fileName: string; bytes: Uint8Array }> {
  const records = await db.transaction('r', db.recordTables(), () => readSessionRecords(db, sessionId));
  const archive = { ...anonymiseRecords(records), exportedAt: now };
  return { fileName: archiveFileName(archive).replace(/\.cocreate$/, ' - anonymised.cocreate'), bytes: writeArchive(archive, { appVersion, level: 0 }) };
}

/** A whole roadshow as one anonymised archive: every session here anonymised, the grouping kept. */
export async function exportAnonymisedRoadshow(db: CoCreateDb, roadshowId: string, appVersion: string, now = Date.now()): Promise<{ fileName: string; bytes: Uint8Array; sessions: number }> {
  const { fileName, bundle } = await exportRoadshowBundle(db, roadshowId, now);
  const anonymised = { ...bundle, sessions: bundle.sessions.map(anonymiseRecords) };
  return { fileName: fileName.replace(/\.cocreate$/, ' - anonymised.cocreate'), bytes: writeArchiveBundle(anonymised, { appVersion, level: 0 }), sessions: bundle.sessions.length };
}

/** Erases a delegate from a session in one transaction; returns the sentences saying what was removed. */
export async function eraseDelegateFromSession(db: CoCreateDb, sessionId: string, delegateId: string, now = Date.now()): Promise<string[]> {
  return db.transaction('rw', [...db.recordTables(), db.meta], async () => {
    const delegate = await db.delegates.get(delegateId);
    // Phones' receipts (which phone sent what) live in this computer's meta table, outside the session's records.
    if (delegate?.sessionId === sessionId) await forgetDelegateInJoinReceipts(db, sessionId, delegate);
    const result = eraseDelegate(await readSessionRecords(db, sessionId), delegateId, now);
    await db.delegates.bulkDelete(result.deleted.delegates);
    await db.quizAnswers.bulkDelete(result.deleted.quizAnswers);
    await putSessionRecords(db, result.records);
    return result.removed;
  });
}
