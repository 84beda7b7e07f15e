import type { Archive } from '../../shared/archive';
import { DEFAULT_PAPER_SIZE, paperSizeSchema, type PaperSize } from '../../shared/output/print-document-path';
import { exportSessionArchive } from './archive-repo';
import { recordKindList, recordKinds } from '../../shared/records/registry';
import { assembleRecords } from '../../shared/records/session-records';
import type { CoCreateDb } from './db';
import { ConflictError } from './errors';

/**
 * Everything a printed document or a CSV file needs about one session, read in one transaction:
 * the same shape as a session archive, so documents print the same from a live session or an
 * opened archive. `exportedAt` is the moment it was read (the report's "now" for a running timer).
 */
export type SessionBundle = Archive;

/** The session's records, or null when the session is not on this computer. */
export async function loadSessionBundle(db: CoCreateDb, sessionId: string, now = Date.now()): Promise<SessionBundle | null> {
  try {
    return await exportSessionArchive(db, sessionId, now);
  } catch (error) {
    if (error instanceof ConflictError) return null;
    throw error;
  }
}

/**
 * What one delegate's document reads, in the same shape: the session, the delegate and their unit
 * (with its mates, map, channels and actions), the room's channels and cards (an action may link to
 * either) and the delegate's own quiz answers. Each delegate of "Export all" then reads a few
 * hundred records, not the whole room's thousands.
 */
export async function loadDelegateBundle(db: CoCreateDb, sessionId: string, delegateId: string, now = Date.now()): Promise<SessionBundle | null> {
  const lists = await db.transaction('r', db.recordTables(), async () => {
    const [session, delegate, runState] = await Promise.all([db.sessions.get(sessionId), db.delegates.get(delegateId), db.runStates.get(sessionId)]);
    if (!session) return null;
    const found = new Map<(typeof recordKindList)[number], unknown[]>();
    const set = (table: string, list: unknown[]) => found.set(recordKindList.find((k) => k.table === table)!, list);
    set('sessions', [session]);
    set('runStates', runState ? [runState] : []);
    if (!delegate || delegate.sessionId !== sessionId) return found;
    const unitId = delegate.unitId;
    const unitRange = [sessionId, unitId ?? ''];
    const [units, delegates, mapEntries, channels, actions, cards, quizAnswers] = await Promise.all([
      unitId === null ? [] : db.units.where('id').equals(unitId).toArray(),
      unitId === null ? [delegate] : db.delegates.where('unitId').equals(unitId).toArray(),
      unitId === null ? [] : db.mapEntries.where('[sessionId+unitId]').equals(unitRange).toArray(),
      db.ofSession(recordKinds.channels, sessionId).toArray(),
      unitId === null ? [] : db.actions.where('[sessionId+unitId]').equals(unitRange).toArray(),
      db.cards.where('sessionId').equals(sessionId).toArray(),
      db.quizAnswers.where('delegateId').equals(delegateId).toArray(),
    ]);
    Object.entries({ units, delegates, mapEntries, channels, actions, cards, quizAnswers }).forEach(([table, list]) => set(table, list));
    return found;
  });
  // Sorted as the whole session's bundle is, so the document comes out the same.
  return lists === null ? null : { ...assembleRecords(lists), exportedAt: now };
}

/** The paper size is a preference of this computer (its printer, its country), not of a session. */
const PAPER_SIZE_KEY = 'output.paperSize';

export async function getPaperSize(db: CoCreateDb): Promise<PaperSize> {
  const stored = await db.meta.get(PAPER_SIZE_KEY);
  const parsed = paperSizeSchema.safeParse(stored?.value);
  return parsed.success ? parsed.data : DEFAULT_PAPER_SIZE;
}

export async function setPaperSize(db: CoCreateDb, paper: PaperSize): Promise<void> {
  await db.meta.put({ key: PAPER_SIZE_KEY, value: paperSizeSchema.parse(paper) });
}
