import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { chooseBackupsToKeep, DEFAULT_BACKUP_POLICY, newestFirst, nextBackupName, parseBackupName, type BackupEntry, type BackupPolicy } from '../shared/backup/rotation';
import { writeFileAtomic } from './atomic-write';

/**
 * Rolling copy-based backups of one file on disk, for the Electron host and the web-mode server
 * alike (build/web-data-api.ts bundles this module). The naming and "which to keep" rules are pure
 * and live in shared/backup/rotation.ts; this module does the file work.
 */
export { backupName, chooseBackupsToKeep, DEFAULT_BACKUP_POLICY, parseBackupName, type BackupEntry, type BackupPolicy } from '../shared/backup/rotation';

/** Backups of `filePath` in `backupDir`, newest first; other files in the folder are ignored. */
export async function listBackups(filePath: string, backupDir: string): Promise<BackupEntry[]> {
  let names: string[];
  try {
    names = await readdir(backupDir);
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return [];
    throw error;
  }
  const entries: BackupEntry[] = [];
  for (const name of names) {
    const parsed = parseBackupName(filePath, name);
    if (parsed) entries.push({ name, path: path.join(backupDir, name), ...parsed });
  }
  return entries.sort(newestFirst);
}

/** Deletes the backups of `filePath` that `policy` does not keep; returns the deleted paths. */
export async function pruneBackups(filePath: string, backupDir: string, policy: BackupPolicy = DEFAULT_BACKUP_POLICY): Promise<string[]> {
  const entries = await listBackups(filePath, backupDir);
  const keep = chooseBackupsToKeep(entries, policy);
  const removed: string[] = [];
  for (const entry of entries) {
    if (keep.has(entry.name)) continue;
    await rm(entry.path, { force: true });
    removed.push(entry.path);
  }
  return removed;
}

export interface BackupOptions {
  policy?: BackupPolicy;
  now?: () => Date;
}

/**
 * Copies the current `filePath` into `backupDir` and prunes old backups. Returns the new backup's
 * path, or null when there is no file yet (first save). Call it before overwriting the file.
 */
export async function backupFile(filePath: string, backupDir: string, options: BackupOptions = {}): Promise<string | null> {
  const policy = options.policy ?? DEFAULT_BACKUP_POLICY;
  const takenAt = (options.now ?? (() => new Date()))();
  try {
    await stat(filePath);
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return null;
    throw error;
  }
  await mkdir(backupDir, { recursive: true });
  const existing = new Set((await listBackups(filePath, backupDir)).map((entry) => entry.name));
  const target = path.join(backupDir, nextBackupName(filePath, takenAt, existing));
  // Atomic, so a crash mid-copy never leaves a truncated "backup".
  await writeFileAtomic(target, await readFile(filePath));
  await pruneBackups(filePath, backupDir, policy);
  return target;
}
