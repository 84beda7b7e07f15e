import type { Transaction } from 'dexie';

/**
 * One Dexie schema version. `stores` is frozen once released: it records the tables and indexes as
 * that version declared them (Dexie's delta form: a table set to null is deleted). `upgrade` moves
 * records written by the previous version forward, inside Dexie's upgrade transaction.
 */
export interface Migration {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}
