import { migration001 } from './001-initial';
import { migration002 } from './002-updated-at-and-tombstones';
import { migration003 } from './003-roadshows';
import { migration004 } from './004-fewer-work-indexes';
import type { Migration } from './migration';

/** Every Dexie version, oldest first; numbered 1, 2, 3… with no gaps (a test checks). Add one file per version. */
export const migrations: readonly Migration[] = [migration001, migration002, migration003, migration004];

/**
 * The database version this app writes, stored in `meta` so an older app refuses a newer database.
 * Derived from the list above, so it cannot drift from the Dexie version.
 */
export const APP_DB_SCHEMA_VERSION = migrations[migrations.length - 1]!.version;

/** The tables and indexes after every migration has run, from the frozen `stores` of each. */
export function cumulativeStores(list: readonly Migration[] = migrations): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of list) {
    for (const [table, indexes] of Object.entries(m.stores)) {
      if (indexes === null) delete out[table];
      else out[table] = indexes;
    }
  }
  return out;
}
