import { decodeSessionArchive, encodeSessionArchive, readJsonText, type Archive, type ReadArchiveResult } from '../../shared/archive';
import { reidentifyRecords } from '../../shared/archive/reidentify';
import { safeFileName } from '../../shared/output/file-names';
import { recordKindList } from '../../shared/records/registry';
import { mergeSessions, type MergeReport } from '../../shared/records/merge';
import { idOf, recordsOf, sessionIdOf, type SessionRecords } from '../../shared/records/session-records';
import type { CoCreateDb } from './db';
import { ConflictError } from './errors';
import { deleteSessionRecords, putSessionRecords, readSessionRecords } from './session-records';

export const ARCHIVE_EXTENSION = 'cocreate';

/** Everything recorded for one session, as the archive code sees it. */
export async function exportSessionArchive(db: CoCreateDb, sessionId: string, now = Date.now()): Promise<Archive> {
  const records = await db.transaction('r', db.recordTables(), () => readSessionRecords(db, sessionId));
  return { ...records, exportedAt: now };
}

export function archiveFileName(archive: Pick<Archive, 'session'>): string {
  const { title, campus, date } = archive.session;
  return safeFileName([title, campus, date].filter(Boolean).join(' - '), ARCHIVE_EXTENSION);
}

/** The archive file's bytes as this app writes them everywhere (Save archive, backups, kept copies). */
export function encodeArchive(archive: Archive, appVersion: string): Uint8Array {
  return encodeSessionArchive(archive, { appVersion });
}

/** Reads an archive file's bytes (a zip or an older JSON file) with every check. */
export function readArchiveBytes(bytes: Uint8Array): ReadArchiveResult {
  return decodeSessionArchive(bytes);
}

/**
 * The archive as a format-1 JSON document, as versions before format 2 wrote it (no deletion
 * notes). The app no longer writes it; tests use it to check that such files still open.
 */
export function serializeArchive(archive: Archive): string {
  const { tombstones: _tombstones, exportedAt, session, runState, ...lists } = archive;
  return JSON.stringify({ formatVersion: 1, app: 'co-create-studio', exportedAt, session, runState, ...lists }, null, 1);
}

/** Reads a format-1 archive given as text; every check of readArchiveFile applies. */
export function readArchiveText(text: string): ReadArchiveResult {
  return readJsonText(text);
}

export type ImportMode = 'new' | 'replace' | 'copy';

export interface ImportOutcome {
  sessionId: string;
  /** Set when the file was opened as a copy with new ids, with the reason in a plain sentence. */
  openedAsCopy: string | null;
}

/** What opening this archive would do: a new session, or one that is already on this computer. */
export async function archiveImportKind(db: CoCreateDb, archive: Archive): Promise<'new' | 'exists'> {
  return (await db.sessions.get(archive.session.id)) ? 'exists' : 'new';
}

/** Whether any record id of the archive already belongs to another session here (read inside the caller's transaction). */
async function borrowsIdsOfAnotherSession(db: CoCreateDb, archive: Archive): Promise<boolean> {
  const sid = archive.session.id;
  const borrows = await Promise.all(
    recordKindList.map(async (kind) => {
      const ids = recordsOf(archive, kind).map((r) => idOf(kind, r));
      if (ids.length === 0) return false;
      // One read of the table's keys, then only the records whose ids are taken: a get per record
      // would be thousands of round trips for a large session.
      const stored = new Set(await db.tableOf(kind).toCollection().primaryKeys());
      const taken = ids.filter((id) => stored.has(id));
      if (taken.length === 0) return false;
      const existing = await db.tableOf(kind).bulkGet(taken);
      return existing.some((record) => record !== undefined && sessionIdOf(kind, record) !== sid);
    }),
  );
  return borrows.includes(true);
}

/**
 * Writes an archive's session into the database in one transaction. "replace" swaps the local
 * copy for the archive's; "copy" keeps both. A record id that already belongs to another session
 * on this computer is never overwritten: the archive then opens as a copy with new ids, and the
 * outcome says so. Nothing is written if any step fails.
 */
export async function importArchive(db: CoCreateDb, input: Archive, mode: ImportMode, now = Date.now()): Promise<ImportOutcome> {
  return db.transaction('rw', db.recordTables(), async () => {
    let archive = mode === 'copy' ? reidentifyRecords(input) : input;
    let openedAsCopy: string | null = null;
    if (mode !== 'copy' && (await borrowsIdsOfAnotherSession(db, archive))) {
      archive = reidentifyRecords(input);
      openedAsCopy = 'Some records in this file have the same ids as records of another session on this computer, so it was opened as a copy with new ids and nothing here was changed.';
    }
    const sid = archive.session.id;
    const existing = await db.sessions.get(sid);
    if (existing && mode === 'new' && !openedAsCopy) throw new ConflictError('This session is already on this computer.');
    if (existing) await deleteSessionRecords(db, sid);
    const asCopy = mode === 'copy' || openedAsCopy !== null;
    await putSessionRecords(db, { ...archive, session: { ...archive.session, updatedAt: Math.max(archive.session.updatedAt, asCopy ? now : 0) } });
    return { sessionId: sid, openedAsCopy };
  });
}

/** One copy of a session as the "already here" dialog shows it. */
export interface CopySummary {
  updatedAt: number;
  counts: { delegates: number; units: number; cards: number; mapEntries: number; channels: number; actions: number };
}

/** Last change and the counts a facilitator recognises a copy of a session by. */
export const summarizeCopy = (r: SessionRecords): CopySummary => ({
  updatedAt: r.session.updatedAt,
  counts: { delegates: r.delegates.length, units: r.units.length, cards: r.cards.length, mapEntries: r.mapEntries.length, channels: r.channels.length, actions: r.actions.length },
});

/** Both copies of a session that is already here, for choosing merge, keep both or replace. */
export async function previewArchive(db: CoCreateDb, archive: Archive): Promise<{ local: CopySummary; file: CopySummary } | null> {
  const here = await db.sessions.get(archive.session.id);
  if (!here) return null;
  const local = await db.transaction('r', db.recordTables(), () => readSessionRecords(db, archive.session.id));
  return { local: summarizeCopy(local), file: summarizeCopy(archive) };
}

/**
 * Merges the file's copy of a session into the one here, in one transaction: records join by id,
 * the newer change wins, deletions win over older edits (shared/records/merge.ts).
 */
export async function mergeArchive(db: CoCreateDb, archive: Archive): Promise<{ sessionId: string; report: MergeReport; merged: CopySummary }> {
  return db.transaction('rw', db.recordTables(), async () => {
    if (await borrowsIdsOfAnotherSession(db, archive)) {
      throw new ConflictError('Some records in this file have the ids of another session on this computer, so it cannot be merged. Keep both instead.');
    }
    const local = await readSessionRecords(db, archive.session.id);
    const { merged, report } = mergeSessions(local, archive);
    await deleteSessionRecords(db, archive.session.id);
    await putSessionRecords(db, merged);
    return { sessionId: archive.session.id, report, merged: summarizeCopy(merged) };
  });
}

/** "Added 3 map entries and 1 unit; updated 1 delegate." plus the conflicts, in plain sentences. */
export function describeMergeReport(report: MergeReport): string {
  const list = (counts: Record<string, number>) =>
    Object.entries(counts)
      .map(([table, n]) => {
        const kind = recordKindList.find((k) => k.table === table);
        return `${n} ${n === 1 ? kind?.one : kind?.many}`;
      })
      .join(', ');
  const parts = [
    Object.keys(report.added).length ? `added ${list(report.added)}` : '',
    Object.keys(report.updated).length ? `updated ${list(report.updated)}` : '',
    Object.keys(report.removed).length ? `removed ${list(report.removed)} deleted in the other copy` : '',
  ].filter(Boolean);
  const first = parts.length ? `${parts.join('; ')}.` : 'Nothing new: everything in the file was already here.';
  return [first.charAt(0).toUpperCase() + first.slice(1), ...new Set(report.conflicts)].join(' ');
}
