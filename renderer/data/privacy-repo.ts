import { anonymiseRecords } from '../../shared/privacy/anonymise';
import { eraseDelegate } from '../../shared/privacy/erase';
import type { CoCreateDb } from './db';
import { archiveFileName, serializeArchive } from './archive-repo';
import { putSessionRecords, readSessionRecords } from './session-records';

/** One session as an anonymised archive file (see shared/privacy/anonymise.ts). */
export async function exportAnonymised(db: CoCreateDb, sessionId: string, now = Date.now()): Promise<{ fileName: string; text: string }> {
  const records = await db.transaction('r', db.recordTables(), () => readSessionRecords(db, sessionId));
  const archive = { ...anonymiseRecords(records), exportedAt: now };
  return { fileName: archiveFileName(archive).replace(/\.cocreate$/, ' - anonymised.cocreate'), text: serializeArchive(archive) };
}

/** Erases a delegate from a session in one transaction; returns the sentences saying what was removed. */
export async function eraseDelegateFromSession(db: CoCreateDb, sessionId: string, delegateId: string, now = Date.now()): Promise<string[]> {
  return db.transaction('rw', db.recordTables(), async () => {
    const result = eraseDelegate(await readSessionRecords(db, sessionId), delegateId, now);
    await db.delegates.bulkDelete(result.deleted.delegates);
    await db.quizAnswers.bulkDelete(result.deleted.quizAnswers);
    await putSessionRecords(db, result.records);
    return result.removed;
  });
}
