import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo } from 'react';
import type { BackupSummary } from '../../shared/backup/backup-api';
import { useDb, useHost } from '../app/providers';
import type { SessionBackups } from '../host/host';
import { markBackedUp, runBackupPass, type BackupPass } from './auto-backup';
import type { CoCreateDb } from './db';
import { trackSave } from './save-status';

export type RestoreOutcome = { sessionId: string; title: string } & (
  | { status: 'restored'; /** Set when it had to open as a copy with new ids, with the reason. */ note?: string }
  | { status: 'already-here' }
  | { status: 'failed'; message: string }
);

/**
 * Brings one session back from its newest backup through the same path as "Open archive…"
 * (read and check the archive, then one import transaction), so the restored session is exactly
 * what was backed up. A session already on this computer is never overwritten.
 */
export async function restoreSessionBackup(db: CoCreateDb, backups: SessionBackups, summary: BackupSummary): Promise<RestoreOutcome> {
  const base = { sessionId: summary.sessionId, title: summary.title };
  try {
    const bytes = await backups.read(summary.sessionId);
    // The archive code loads on first use, so opening the app never waits for it.
    const { archiveImportKind, importArchive, readArchiveBytes } = await import('./archive-repo');
    if (bytes === null) return { ...base, status: 'failed', message: 'The backup is no longer on disk.' };
    const read = readArchiveBytes(bytes);
    if (!read.ok) return { ...base, status: 'failed', message: read.message };
    if ((await archiveImportKind(db, read.archive)) === 'exists') return { ...base, status: 'already-here' };
    const outcome = await importArchive(db, read.archive, 'new');
    // A copy with new ids is a new session, not yet on disk: leave it for the next backup pass.
    if (outcome.openedAsCopy) return { ...base, status: 'restored', note: outcome.openedAsCopy };
    await markBackedUp(db, { [read.archive.session.id]: read.archive.session.updatedAt });
    return { ...base, status: 'restored' };
  } catch (error) {
    return { ...base, status: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}

/** Whether this computer's store has no sessions at all (a cleared profile, another port or browser). */
export function useStoreIsEmpty(): boolean | undefined {
  const db = useDb();
  return useLiveQuery(async () => (await db.sessions.count()) === 0, [db]);
}

/** Backups on disk and restoring them, for components. null where the host keeps no backups. */
export function useBackupRestore() {
  const db = useDb();
  const host = useHost();
  const backups = host.sessionBackups;
  const restore = useCallback(
    async (summaries: readonly BackupSummary[]): Promise<RestoreOutcome[]> => {
      if (!backups) return [];
      const outcomes: RestoreOutcome[] = [];
      for (const summary of summaries) outcomes.push(await trackSave(() => restoreSessionBackup(db, backups, summary)));
      return outcomes;
    },
    [backups, db],
  );
  const backUpNow = useCallback(async (): Promise<BackupPass | null> => (backups ? runBackupPass(db, (id, bytes) => backups.save(id, bytes)) : null), [backups, db]);
  return useMemo(() => (backups ? { list: () => backups.list(), restore, backUpNow } : null), [backups, restore, backUpNow]);
}
