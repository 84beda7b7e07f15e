import type { DBCore, DBCoreKeyRange, DBCoreMutateRequest, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import { tombstoneKinds, type Tombstone } from '../../shared/records/tombstone';

/*
 * Deletions leave tombstones (id, kind, deleted at), so a merge never brings a deleted card,
 * entry, action or delegate back. One Dexie middleware does it for every repository: a read-write
 * transaction that touches a tracked table also opens the tombstones table, a delete there writes
 * a tombstone, and putting a record back (undo) removes its tombstone. Plans are left out: a plan
 * is keyed by its unit's id and goes with the unit.
 */
const TRACKED = new Set<string>(tombstoneKinds.filter((kind) => kind !== 'plans'));
const TOMBSTONES = 'tombstones';

async function deletedRecords(table: DBCoreTable, req: DBCoreMutateRequest): Promise<unknown[]> {
  if (req.type === 'delete') return (await table.getMany({ trans: req.trans, keys: req.keys })).filter((r) => r !== undefined);
  if (req.type === 'deleteRange') {
    const found = await table.query({ trans: req.trans, values: true, query: { index: table.schema.primaryKey, range: req.range } });
    return found.result;
  }
  return [];
}

/** Every key (DBCoreRangeType.Any, a const enum the build cannot import). */
const ALL_KEYS = { type: 3, lower: undefined, upper: undefined } as unknown as DBCoreKeyRange;
/** From this many records at once (an import, a merge), one read of the tombstones' keys beats a delete per record. */
const BATCH = 50;

/** The keys among `keys` that have a tombstone: a batch asks once for all tombstone keys instead of once per record. */
async function tombstonedKeys(tombstones: DBCoreTable, trans: DBCoreTransaction, keys: unknown[]): Promise<unknown[]> {
  if (keys.length < BATCH) return keys;
  const found = await tombstones.query({ trans, values: false, query: { index: tombstones.schema.primaryKey, range: ALL_KEYS } });
  const marked = new Set(found.result as unknown[]);
  return keys.filter((key) => marked.has(key));
}

export function tombstoneMiddleware(now: () => number = Date.now): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'tombstones',
    create(down) {
      // Before migration 2 (during an upgrade from version 1) there is no tombstones table yet.
      if (!down.schema.tables.some((t) => t.name === TOMBSTONES)) return down;
      return {
        ...down,
        transaction(stores, mode, options) {
          const needs = mode === 'readwrite' && stores.some((s) => TRACKED.has(s)) && !stores.includes(TOMBSTONES);
          return down.transaction(needs ? [...stores, TOMBSTONES] : stores, mode, options);
        },
        table(name) {
          const table = down.table(name);
          if (!TRACKED.has(name)) return table;
          const tombstones = down.table(TOMBSTONES);
          return {
            ...table,
            async mutate(req) {
              if (req.type === 'delete' || req.type === 'deleteRange') {
                const at = now();
                const values: Tombstone[] = (await deletedRecords(table, req)).map((r) => {
                  const record = r as { id: string; sessionId: string };
                  return { id: record.id, sessionId: record.sessionId, kind: name as Tombstone['kind'], deletedAt: at };
                });
                if (values.length > 0) await tombstones.mutate({ type: 'put', trans: req.trans, values });
              } else if (req.type === 'put' || req.type === 'add') {
                const keys = req.keys ?? req.values.map((v) => table.schema.primaryKey.extractKey!(v));
                if (keys.length >= BATCH) {
                  const marked = await tombstonedKeys(tombstones, req.trans, keys);
                  if (marked.length > 0) await tombstones.mutate({ type: 'delete', trans: req.trans, keys: marked });
                } else if (keys.length > 0) {
                  // Sent together: requests in one transaction run in order, and a failure of either aborts it.
                  return (await Promise.all([tombstones.mutate({ type: 'delete', trans: req.trans, keys }), table.mutate(req)]))[1];
                }
              }
              return table.mutate(req);
            },
          };
        },
      };
    },
  };
}
