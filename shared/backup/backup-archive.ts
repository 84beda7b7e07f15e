import { parseArchive, type Archive, type ArchiveParseResult } from '../archive';
import type { BackupSummary } from './backup-api';

/**
 * Reads a backup's text as an archive through the one archive parser, so a backup is accepted
 * exactly when "Open archive…" would accept the same file. (Adapters decode bytes strictly as UTF-8.)
 */
export function readBackupArchive(text: string): ArchiveParseResult {
  return parseArchive(text);
}

export function summarizeBackup(archive: Archive, saved: { savedAt: number; bytes: number }): BackupSummary {
  const { id, title, campus, date, updatedAt } = archive.session;
  return { sessionId: id, title, campus, date, updatedAt, savedAt: Math.round(saved.savedAt), bytes: saved.bytes };
}
