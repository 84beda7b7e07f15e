import Dexie, { type Collection, type Table } from 'dexie';
import { dexieStores, recordKindList, type RecordKindName, type RecordOf } from '../../shared/records/registry';
import { APP_DB_SCHEMA_VERSION, migrations } from './migrations';
import { tombstoneMiddleware } from './tombstone-middleware';

export { APP_DB_SCHEMA_VERSION };
export const DB_NAME = 'co-create-studio';

export interface MetaRecord {
  key: string;
  value: unknown;
}

export class DatabaseTooNewError extends Error {
  constructor(readonly storedVersion: number) {
    super(
      `This computer's Co-Create Studio data was written by a newer version of the app (data version ${storedVersion}, this app understands ${APP_DB_SCHEMA_VERSION}). Please update the app; nothing has been changed.`,
    );
    this.name = 'DatabaseTooNewError';
  }
}

/** One typed table per record kind in shared/records/registry.ts. */
export type RecordTables = { [K in RecordKindName]: Table<RecordOf<K>, string> };

/**
 * One table per record kind, keyed by UUID and indexed by session, so later features add rows,
 * not fields to one giant document. The tables come from the record-kind registry; every version
 * from renderer/data/migrations. Every write goes through the repositories in this folder.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type -- the tables are declared by the registry, created by Dexie
export interface CoCreateDb extends RecordTables {}
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class CoCreateDb extends Dexie {
  meta!: Table<MetaRecord, string>;

  constructor(name: string = DB_NAME) {
    // Chromium's default "relaxed" durability can lose the last writes on power loss.
    super(name, { chromeTransactionDurability: 'strict' });
    for (const migration of migrations) {
      // The newest version declares what the registry says (a test checks it equals the frozen history).
      const stores = migration.version === APP_DB_SCHEMA_VERSION ? { ...dexieStores(), meta: 'key' } : migration.stores;
      const version = this.version(migration.version).stores(stores);
      if (migration.upgrade) version.upgrade(migration.upgrade);
    }
    this.use(tombstoneMiddleware());
    this.on('ready', async (db) => {
      const stored = await (db as CoCreateDb).meta.get('schemaVersion');
      const version = typeof stored?.value === 'number' ? stored.value : 0;
      if (version > APP_DB_SCHEMA_VERSION) throw new DatabaseTooNewError(version);
      if (version < APP_DB_SCHEMA_VERSION) await (db as CoCreateDb).meta.put({ key: 'schemaVersion', value: APP_DB_SCHEMA_VERSION });
    });
  }

  /** The table of one record kind. */
  tableOf(kind: { table: string }): Table<unknown, string> {
    return this.table(kind.table);
  }

  /** One session's records of a kind, through the index the registry names for it. */
  ofSession<T = unknown>(kind: { table: string; sessionField: string; sessionIndex?: string }, sessionId: string): Collection<T, string> {
    const table = this.table(kind.table) as Table<T, string>;
    if (kind.sessionIndex === undefined) return table.where(kind.sessionField).equals(sessionId);
    // A compound index led by the session: every key [sessionId, …].
    return table.where(kind.sessionIndex).between([sessionId, Dexie.minKey], [sessionId, Dexie.maxKey], true, true);
  }

  /** Every record table, sessions included, for cascades and archives. */
  recordTables(): Table<unknown, string>[] {
    return recordKindList.map((kind) => this.tableOf(kind));
  }
}

/** Unwraps Dexie's wrappers so quota errors are recognised (they can arrive as an AbortError). */
export function isQuotaError(error: unknown): boolean {
  const e = error as { name?: string; inner?: { name?: string } } | null;
  return e?.name === 'QuotaExceededError' || e?.inner?.name === 'QuotaExceededError';
}
