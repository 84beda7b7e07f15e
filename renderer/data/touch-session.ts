import type { Session } from '../../shared/session/schema';
import type { CoCreateDb } from './db';

/**
 * Bumps a session's updatedAt inside the caller's read-write transaction, from the copy the
 * transaction already read: one put. Dexie's `update` reads the key, then the record, then puts
 * it: two more round trips to the database on every keypress that saves.
 */
export async function touchSession(db: CoCreateDb, session: Session, now: number): Promise<void> {
  await db.sessions.put({ ...session, updatedAt: now });
}
