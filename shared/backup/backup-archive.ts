import { decodeSessionArchive, type Archive, type ArchiveParseResult } from '../archive';
import type { BackupSummary } from './backup-api';

/**
 * Reads a backup file's bytes (a format-2 zip, or format-1 JSON written by older versions) through
 * the one archive reader, so a backup is accepted exactly when "Open archive…" would accept the file.
 */
export function readBackupArchive(bytes: Uint8Array): ArchiveParseResult {
  return decodeSessionArchive(bytes);
}

export function summarizeBackup(archive: Archive, saved: { savedAt: number; bytes: number }): BackupSummary {
  const { id, title, campus, date, updatedAt } = archive.session;
  return { sessionId: id, title, campus, date, updatedAt, savedAt: Math.round(saved.savedAt), bytes: saved.bytes };
}
