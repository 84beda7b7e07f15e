import { parseArchive, type Archive } from '../../shared/archive';
import { checkArchiveIntegrity } from '../../shared/archive/integrity';
import { reidentifyRecords } from '../../shared/archive/reidentify';
import { safeFileName } from '../../shared/output/file-names';
import type { CoCreateDb } from './db';
import { ConflictError } from './errors';
import { deleteSessionRecords, putSessionRecords, readSessionRecords } from './session-records';

export const ARCHIVE_EXTENSION = 'cocreate';

/** Everything recorded for one session, as one versioned archive object. */
export async function exportSessionArchive(db: CoCreateDb, sessionId: string, now = Date.now()): Promise<Archive> {
  const records = await db.transaction('r', db.recordTables(), () => readSessionRecords(db, sessionId));
  return { formatVersion: 1, app: 'co-create-studio', exportedAt: now, ...records } satisfies Archive;
}

export function archiveFileName(archive: Pick<Archive, 'session'>): string {
  const { title, campus, date } = archive.session;
  return safeFileName([title, campus, date].filter(Boolean).join(' - '), ARCHIVE_EXTENSION);
}

export function serializeArchive(archive: Archive): string {
  return JSON.stringify(archive, null, 1);
}

export type ReadArchiveResult = { ok: true; archive: Archive } | { ok: false; message: string };

export function readArchiveText(text: string): ReadArchiveResult {
  const parsed = parseArchive(text);
  if (!parsed.ok) return parsed;
  const problems = checkArchiveIntegrity(parsed.archive);
  if (problems.length > 0) return { ok: false, message: `This archive is damaged and was not opened:\n${problems.join('\n')}` };
  return parsed;
}

export type ImportMode = 'new' | 'replace' | 'copy';

/** What opening this archive would do: a new session, or one that is already on this computer. */
export async function archiveImportKind(db: CoCreateDb, archive: Archive): Promise<'new' | 'exists'> {
  return (await db.sessions.get(archive.session.id)) ? 'exists' : 'new';
}

/**
 * Writes an archive's session into the database in one transaction. "replace" swaps the local
 * copy for the archive's; "copy" keeps both. Nothing is written if any step fails.
 */
export async function importArchive(db: CoCreateDb, input: Archive, mode: ImportMode, now = Date.now()): Promise<string> {
  const archive = mode === 'copy' ? reidentifyRecords(input) : input;
  await db.transaction('rw', db.recordTables(), async () => {
    const sid = archive.session.id;
    const existing = await db.sessions.get(sid);
    if (existing && mode === 'new') throw new ConflictError('This session is already on this computer.');
    if (existing) await deleteSessionRecords(db, sid);
    await putSessionRecords(db, {
      ...archive,
      session: { ...archive.session, updatedAt: Math.max(archive.session.updatedAt, mode === 'copy' ? now : 0) },
    });
  });
  return archive.session.id;
}
