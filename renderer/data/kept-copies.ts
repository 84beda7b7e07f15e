import type { CopySummary } from './archive-repo';
import type { CoCreateDb } from './db';

/*
 * Copies of a session kept in the app's own storage (IndexedDB, in both Electron and web mode)
 * just before "Replace" swapped it for a file's copy, so choosing wrong loses nothing. Each is an
 * archive file's bytes in the meta table (no schema change), kept at least KEPT_COPY_DAYS days and
 * listed on "About this data" with a Restore action.
 */

export const KEPT_COPY_DAYS = 30;
export const DAY_MS = 86_400_000;
/** Meta-table keys of kept copies start with this. */
export const KEPT_COPY_PREFIX = 'kept-copy:';

export interface KeptCopySummary extends CopySummary {
  id: string;
  sessionId: string;
  title: string;
  campus: string;
  /** When "Replace" set this copy aside. */
  keptAt: number;
  /** From when it may be removed (at least KEPT_COPY_DAYS after keptAt). */
  keptUntil: number;
}
export type KeptCopy = KeptCopySummary & { bytes: Uint8Array };

export const isKeptCopy = (value: unknown): value is KeptCopy =>
  typeof value === 'object' && value !== null && (value as KeptCopy).bytes instanceof Uint8Array && typeof (value as KeptCopy).keptAt === 'number';

export async function allKeptCopies(db: CoCreateDb): Promise<KeptCopy[]> {
  const rows = await db.meta.where('key').startsWith(KEPT_COPY_PREFIX).toArray();
  return rows.map((row) => row.value).filter(isKeptCopy);
}

/** The kept copies, most recently kept first. */
export async function listKeptCopies(db: CoCreateDb): Promise<KeptCopySummary[]> {
  return (await allKeptCopies(db)).map(({ bytes: _bytes, ...summary }) => summary).sort((a, b) => b.keptAt - a.keptAt);
}
