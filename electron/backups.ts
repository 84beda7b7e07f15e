import { copyFile, mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';

/**
 * Rolling copy-based backups of one file (e.g. an archive before it is overwritten).
 * Backups of `workshop.cocreate` live in a caller-chosen folder as
 * `workshop.20250301T101500123Z.cocreate` (UTC time stamp, so names sort by age).
 */
export interface BackupPolicy {
  /** Always keep this many of the newest backups. */
  keepRecent: number;
  /** Also keep the newest backup of each of this many most recent calendar days that have backups. */
  keepDays: number;
}

export const DEFAULT_BACKUP_POLICY: BackupPolicy = { keepRecent: 10, keepDays: 30 };

export interface BackupEntry {
  name: string;
  path: string;
  takenAt: Date;
  /** 0, or 1, 2… for further copies taken in the same millisecond (newer). */
  counter: number;
}

const STAMP = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/;

function stamp(date: Date): string {
  return date.toISOString().replace(/[-:.]/g, '');
}

function splitName(filePath: string): { stem: string; ext: string } {
  const base = path.basename(filePath);
  const ext = path.extname(base);
  return { stem: base.slice(0, base.length - ext.length), ext };
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The backup file name for `filePath` taken at `takenAt`; `counter` separates same-millisecond copies. */
export function backupName(filePath: string, takenAt: Date, counter = 0): string {
  const { stem, ext } = splitName(filePath);
  return `${stem}.${stamp(takenAt)}${counter > 0 ? `-${counter}` : ''}${ext}`;
}

/** When the backup called `name` was taken, or null when `name` is not a backup of `filePath`. */
export function parseBackupName(filePath: string, name: string): { takenAt: Date; counter: number } | null {
  const { stem, ext } = splitName(filePath);
  const match = new RegExp(`^${escapeRegExp(stem)}\\.(\\d{8}T\\d{9}Z)(?:-(\\d+))?${escapeRegExp(ext)}$`).exec(name);
  const parts = match?.[1] ? STAMP.exec(match[1]) : null;
  if (!match || !parts) return null;
  const [, y, mo, d, h, mi, s, ms] = parts.map(Number) as [number, number, number, number, number, number, number, number];
  const takenAt = new Date(Date.UTC(y, mo - 1, d, h, mi, s, ms));
  if (Number.isNaN(takenAt.getTime())) return null;
  return { takenAt, counter: match[2] ? Number(match[2]) : 0 };
}

const newestFirst = (a: BackupEntry, b: BackupEntry) => b.takenAt.getTime() - a.takenAt.getTime() || b.counter - a.counter;

/** The local calendar day: "one per day" should follow the facilitator's clock, not UTC. */
function localDay(date: Date): string {
  return `${date.getFullYear()}-${date.getMonth() + 1}-${date.getDate()}`;
}

/** Which backups a policy keeps: the newest `keepRecent`, plus the newest of each of the last `keepDays` days. */
export function chooseBackupsToKeep(entries: readonly BackupEntry[], policy: BackupPolicy): Set<string> {
  const sorted = [...entries].sort(newestFirst);
  const keep = new Set(sorted.slice(0, Math.max(0, policy.keepRecent)).map((entry) => entry.name));
  const days = new Set<string>();
  for (const entry of sorted) {
    const day = localDay(entry.takenAt);
    if (days.has(day)) continue;
    if (days.size >= Math.max(0, policy.keepDays)) break;
    days.add(day);
    keep.add(entry.name);
  }
  return keep;
}

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
  let counter = 0;
  while (existing.has(backupName(filePath, takenAt, counter))) counter++;
  const name = backupName(filePath, takenAt, counter);
  const target = path.join(backupDir, name);
  // Copy to a temporary name first so a crash mid-copy never leaves a truncated "backup".
  const temp = path.join(backupDir, `.${name}.tmp`);
  try {
    await copyFile(filePath, temp);
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await pruneBackups(filePath, backupDir, policy);
  return target;
}
