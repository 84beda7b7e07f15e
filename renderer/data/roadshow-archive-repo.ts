import { readArchiveBundleQuickly, writeArchiveBundle, type ArchiveBundle, type ReadBundleResult } from '../../shared/archive';
import { safeFileName } from '../../shared/output/file-names';
import type { SessionRecords } from '../../shared/records/session-records';
import { ARCHIVE_EXTENSION, describeMergeReport, importArchive, mergeArchive } from './archive-repo';
import type { CoCreateDb } from './db';
import { ConflictError } from './errors';
import { getRoadshow } from './roadshows-repo';
import { readSessionRecords } from './session-records';
import { markNotBackedUp } from './auto-backup';
import { keepCurrentCopy } from './kept-copies-write';

/*
 * A roadshow as one archive file (format 3) and back. Opening one writes every session in one
 * transaction, each by the same rules as opening a one-session archive: a new session is added, a
 * session already here is merged, kept as a copy or replaced as the facilitator chose, and a record
 * id that belongs to another session here is never overwritten (that session opens as a copy).
 */

/** Reads any archive file (one session or a roadshow of several) with every check. */
export function readBundleBytes(bytes: Uint8Array): Promise<ReadBundleResult> {
  return readArchiveBundleQuickly(bytes);
}

export function encodeBundle(bundle: ArchiveBundle, appVersion: string): Uint8Array {
  return writeArchiveBundle(bundle, { appVersion });
}

/** Every session of a roadshow that is on this computer, with the roadshow they form. */
export async function exportRoadshowBundle(db: CoCreateDb, roadshowId: string, now = Date.now()): Promise<{ fileName: string; bundle: ArchiveBundle }> {
  return db.transaction('r', db.recordTables(), async () => {
    const roadshow = await getRoadshow(db, roadshowId);
    if (!roadshow) throw new ConflictError('This roadshow is no longer on this computer.');
    const sessions: SessionRecords[] = [];
    for (const id of roadshow.sessionIds) if (await db.sessions.get(id)) sessions.push(await readSessionRecords(db, id));
    if (sessions.length === 0) throw new ConflictError('None of the sessions of this roadshow are on this computer.');
    const bundle: ArchiveBundle = {
      exportedAt: now,
      sessions,
      roadshow: { id: roadshow.id, name: roadshow.name, templateId: roadshow.templateId, sessionIds: sessions.map((s) => s.session.id) },
    };
    return { fileName: safeFileName(`${roadshow.name} - roadshow`, ARCHIVE_EXTENSION), bundle };
  });
}

/** What to do with a session of the file that is already here. */
export type SessionChoice = 'merge' | 'copy' | 'replace';

export interface BundleSessionOutcome {
  sessionId: string;
  title: string;
  campus: string;
  how: 'added' | 'merged' | 'copy' | 'replaced';
  /** A plain sentence when it opened as a copy with new ids, or the merge's summary. */
  note: string | null;
}

/** Which sessions of a file are already on this computer. */
export async function sessionsAlreadyHere(db: CoCreateDb, bundle: ArchiveBundle): Promise<Set<string>> {
  const here = await db.sessions.bulkGet(bundle.sessions.map((s) => s.session.id));
  return new Set(here.filter((s) => s !== undefined).map((s) => s!.id));
}

/**
 * Opens every session of a file in one transaction (nothing is written if any step fails).
 * `choices` says, for each session already here, whether to merge, keep both or replace (merge
 * when not given). A copy kept next to the session here leaves the roadshow, so a campus is never
 * in it twice.
 */
export async function importArchiveBundle(
  db: CoCreateDb,
  bundle: ArchiveBundle,
  choices: Readonly<Record<string, SessionChoice>>,
  now = Date.now(),
  appVersion = 'unknown',
): Promise<BundleSessionOutcome[]> {
  return db.transaction('rw', [...db.recordTables(), db.meta], async () => {
    if (bundle.roadshow) {
      const here = await getRoadshow(db, bundle.roadshow.id);
      if (here && here.templateId !== bundle.roadshow.templateId) {
        throw new ConflictError(`The roadshow "${here.name}" on this computer runs another workshop template than the one in the file, so the file was not opened.`);
      }
    }
    const outcomes: BundleSessionOutcome[] = [];
    for (const records of bundle.sessions) {
      const archive = { ...records, exportedAt: bundle.exportedAt };
      const base = { title: records.session.title, campus: records.session.campus };
      const exists = (await db.sessions.get(records.session.id)) !== undefined;
      const choice = exists ? (choices[records.session.id] ?? 'merge') : null;
      if (choice === 'merge') {
        const { sessionId, report } = await mergeArchive(db, archive);
        outcomes.push({ ...base, sessionId, how: 'merged', note: describeMergeReport(report) });
      } else if (choice === 'copy') {
        const outcome = await importArchive(db, { ...archive, roadshowMembers: [] }, 'copy', now);
        outcomes.push({ ...base, sessionId: outcome.sessionId, how: 'copy', note: 'Kept as a copy next to the one here, outside the roadshow.' });
      } else {
        // "Replace" keeps the copy here first, as for a one-session file (About this data lists it).
        if (choice === 'replace') await keepCurrentCopy(db, records.session.id, appVersion, now);
        const outcome = await importArchive(db, archive, choice === 'replace' ? 'replace' : 'new', now);
        if (choice === 'replace') await markNotBackedUp(db, outcome.sessionId);
        outcomes.push({ ...base, sessionId: outcome.sessionId, how: outcome.openedAsCopy ? 'copy' : choice === 'replace' ? 'replaced' : 'added', note: outcome.openedAsCopy });
      }
    }
    return outcomes;
  });
}
