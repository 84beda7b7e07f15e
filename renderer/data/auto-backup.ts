import { liveQuery } from 'dexie';
import { useEffect } from 'react';
import { useDb, useHost } from '../app/providers';
import { APP_VERSION } from '../app-version';
import type { CoCreateDb } from './db';

/**
 * Every 5 minutes, of every session changed since its last backup (cheap: unchanged sessions are
 * skipped), and at each phase change. In web mode a closed browser may take its storage with it, so
 * the gap between backups is what could be lost.
 */
export const BACKUP_INTERVAL_MS = 5 * 60_000;
/** The first pass waits a little so it never competes with opening the app. */
export const FIRST_BACKUP_DELAY_MS = 60_000;
const META_KEY = 'backups';

type BackedUp = Record<string, number>;

export interface BackupPass {
  backedUp: string[];
  failed: { sessionId: string; message: string }[];
}

/** Sessions whose `updatedAt` is newer than the version last backed up. */
export function sessionsDueForBackup(sessions: ReadonlyArray<{ id: string; updatedAt: number }>, backedUp: BackedUp): string[] {
  return sessions.filter((s) => (backedUp[s.id] ?? -1) < s.updatedAt).map((s) => s.id);
}

/**
 * Writes an archive of each changed session through `save`. A failure on one session is reported
 * and the others still go; what was backed up is remembered so unchanged sessions are skipped.
 */
export async function backUpChangedSessions(db: CoCreateDb, save: (sessionId: string, bytes: Uint8Array) => Promise<unknown>): Promise<BackupPass> {
  const sessions = await db.sessions.toArray();
  const record = await db.meta.get(META_KEY);
  const backedUp: BackedUp = { ...((record?.value as BackedUp | undefined) ?? {}) };
  const pass: BackupPass = { backedUp: [], failed: [] };
  // The archive code loads on first use, so opening the app never waits for it.
  const { encodeArchive, exportSessionArchive } = await import('./archive-repo');
  for (const sessionId of sessionsDueForBackup(sessions, backedUp)) {
    try {
      const archive = await exportSessionArchive(db, sessionId);
      await save(sessionId, encodeArchive(archive, APP_VERSION));
      backedUp[sessionId] = archive.session.updatedAt;
      pass.backedUp.push(sessionId);
    } catch (error) {
      pass.failed.push({ sessionId, message: error instanceof Error ? error.message : String(error) });
    }
  }
  // Deleted sessions drop out of the record.
  const live = new Set(sessions.map((s) => s.id));
  await db.meta.put({ key: META_KEY, value: Object.fromEntries(Object.entries(backedUp).filter(([id]) => live.has(id))) });
  return pass;
}

/** Records archives already on disk (e.g. just restored from there) so they are not written again. */
export async function markBackedUp(db: CoCreateDb, versions: Record<string, number>): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    const record = await db.meta.get(META_KEY);
    await db.meta.put({ key: META_KEY, value: { ...((record?.value as BackedUp | undefined) ?? {}), ...versions } });
  });
}

/** Makes the next pass back a session up even if its last change is older than its last backup (e.g. after "Replace"). */
export async function markNotBackedUp(db: CoCreateDb, sessionId: string): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    const record = await db.meta.get(META_KEY);
    const { [sessionId]: _dropped, ...rest } = (record?.value as BackedUp | undefined) ?? {};
    await db.meta.put({ key: META_KEY, value: rest });
  });
}

type RunPhase = { sessionId: string; currentPhaseId: string | null; completedPhaseIds?: readonly string[]; phaseActualMs?: Record<string, number> };

/** Each run's current phase, by session. */
export function runPhases(runStates: ReadonlyArray<RunPhase>): Map<string, string> {
  return new Map(runStates.map((r) => [r.sessionId, r.currentPhaseId ?? '']));
}

/**
 * Whether any run moved to another phase since `before`: a run whose phase changed, or a run just
 * started. A run that appears already under way (phases done or timed) is a session opened from
 * an archive or restored from a backup, whose file already holds it: no pass for that.
 */
export function phaseChanged(before: ReadonlyMap<string, string>, runStates: ReadonlyArray<RunPhase>): boolean {
  return runStates.some((r) => {
    const was = before.get(r.sessionId);
    if (was !== undefined) return was !== (r.currentPhaseId ?? '');
    return (r.completedPhaseIds?.length ?? 0) === 0 && Object.keys(r.phaseActualMs ?? {}).length === 0;
  });
}

/** One pass at a time per page: a pass asked for while one runs waits for it instead of doubling up. */
let running: Promise<BackupPass> | null = null;
export function runBackupPass(db: CoCreateDb, save: (sessionId: string, bytes: Uint8Array) => Promise<unknown>): Promise<BackupPass> {
  const previous = running ?? Promise.resolve(null);
  const next = previous.catch(() => null).then(() => backUpChangedSessions(db, save));
  running = next;
  void next.finally(() => {
    if (running === next) running = null;
  });
  return next;
}

/** Runs the backup passes for as long as the app is open, where the host can keep backups. */
export function useAutoBackup() {
  const db = useDb();
  const host = useHost();
  useEffect(() => {
    const backups = host.sessionBackups;
    if (!backups) return;
    const run = () => {
      runBackupPass(db, (id, bytes) => backups.save(id, bytes))
        .then((pass) => pass.failed.forEach((f) => console.error(`Backup of session ${f.sessionId} failed: ${f.message}`)))
        .catch((error: unknown) => console.error('Backup pass failed:', error));
    };
    const first = setTimeout(run, FIRST_BACKUP_DELAY_MS);
    const every = setInterval(run, BACKUP_INTERVAL_MS);
    // At each phase change: the moment a room's work is complete is the moment to keep it. As soon
    // as the page is idle, so a pass never competes with what caused it (an opened archive's page
    // drawing 200 delegates, say); the timeout keeps a busy page from putting it off for long.
    let seen: Map<string, string> | null = null;
    let idle: number | null = null;
    const soon = () => {
      if (idle !== null) return;
      idle = requestIdleCallback(
        () => {
          idle = null;
          run();
        },
        { timeout: 5000 },
      );
    };
    const phases = liveQuery(() => db.runStates.toArray()).subscribe({
      next: (states) => {
        if (seen !== null && phaseChanged(seen, states)) soon();
        seen = runPhases(states);
      },
      error: (error: unknown) => console.error('Watching phases for backups failed:', error),
    });
    return () => {
      clearTimeout(first);
      if (idle !== null) cancelIdleCallback(idle);
      clearInterval(every);
      phases.unsubscribe();
    };
  }, [db, host]);
}
