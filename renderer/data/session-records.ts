import { recordKindList } from '../../shared/records/registry';
import { assembleRecords, recordsOf, sessionIdOf, type SessionRecords } from '../../shared/records/session-records';
import type { CoCreateDb } from './db';
import { ConflictError } from './errors';

/*
 * One session's records across every table, driven by the record-kind registry. Each function
 * runs inside the caller's transaction over `db.recordTables()`, so a cascade or an import is
 * all-or-nothing.
 */

/** Everything recorded for one session, in the order the facilitator sees it. */
export async function readSessionRecords(db: CoCreateDb, sessionId: string): Promise<SessionRecords> {
  const lists = new Map<(typeof recordKindList)[number], unknown[]>();
  for (const kind of recordKindList) lists.set(kind, await db.ofSession(kind, sessionId).toArray());
  const records = assembleRecords(lists);
  if (!records.session) throw new ConflictError('This session no longer exists.');
  return records;
}

/** Deletes a session and every record that belongs to it. */
export async function deleteSessionRecords(db: CoCreateDb, sessionId: string): Promise<void> {
  for (const kind of recordKindList) await db.ofSession(kind, sessionId).delete();
}

/** Writes every record of `records`; the caller has checked them and cleared what they replace. */
export async function putSessionRecords(db: CoCreateDb, records: SessionRecords): Promise<void> {
  for (const kind of recordKindList) {
    if (recordsOf(records, kind).some((r) => sessionIdOf(kind, r) !== records.session.id)) throw new ConflictError('Some records belong to another session.');
  }
  // Every table's writes go out together (one transaction: all or nothing), not one table per round trip.
  await Promise.all(recordKindList.map((kind) => db.tableOf(kind).bulkPut(recordsOf(records, kind))));
}
