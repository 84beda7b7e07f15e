/**
 * Which backups to keep, and how backup files are named: pure rules shared by every adapter that
 * writes backups (the Electron host and the web-mode server), so both rotate the same way.
 * A backup of `workshop.cocreate` is `workshop.20250301T101500123Z.cocreate` (UTC time stamp, so
 * names sort by age); `-2` after the stamp separates copies taken in the same millisecond.
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

/** The file name of a path on any OS, without Node's `path` (this module runs anywhere). */
function baseName(filePath: string): string {
  return filePath.slice(Math.max(filePath.lastIndexOf('/'), filePath.lastIndexOf('\\')) + 1);
}

function splitName(filePath: string): { stem: string; ext: string } {
  const base = baseName(filePath);
  const dot = base.lastIndexOf('.');
  // Like path.extname: a leading dot (".profile") is part of the name, not an extension.
  if (dot <= 0) return { stem: base, ext: '' };
  return { stem: base.slice(0, dot), ext: base.slice(dot) };
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

export const newestFirst = (a: BackupEntry, b: BackupEntry) => b.takenAt.getTime() - a.takenAt.getTime() || b.counter - a.counter;

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

/** The next free backup name for `filePath` at `takenAt`, given the names already in the folder. */
export function nextBackupName(filePath: string, takenAt: Date, existing: ReadonlySet<string>): string {
  let counter = 0;
  while (existing.has(backupName(filePath, takenAt, counter))) counter++;
  return backupName(filePath, takenAt, counter);
}
