import type { Migration } from './migration';

/**
 * For merging copies of a session: delegates, units and themes get `updatedAt` (their creation
 * time, the best we know), and deletions leave tombstones in a new table.
 */
export const migration002: Migration = {
  version: 2,
  stores: { tombstones: 'id, sessionId' },
  async upgrade(tx) {
    for (const table of ['delegates', 'units', 'themes']) {
      await tx
        .table(table)
        .toCollection()
        .modify((record: { createdAt: number; updatedAt?: number }) => {
          if (typeof record.updatedAt !== 'number') record.updatedAt = record.createdAt;
        });
    }
  },
};
