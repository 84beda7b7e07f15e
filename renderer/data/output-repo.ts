import type { Archive } from '../../shared/archive';
import { DEFAULT_PAPER_SIZE, paperSizeSchema, type PaperSize } from '../../shared/output/print-document-path';
import { exportSessionArchive } from './archive-repo';
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
