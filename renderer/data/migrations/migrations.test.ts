import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { dexieStores, recordKinds } from '../../../shared/records/registry';
import { CoCreateDb } from '../db';
import { readSessionRecords } from '../session-records';
import { APP_DB_SCHEMA_VERSION, cumulativeStores, migrations } from './index';
import v1Fixture from '../../../shared/archive/fixtures/v1/spring-roadshow.cocreate?raw';

const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

describe('database migrations', () => {
  it('are numbered 1, 2, 3… and the stored version is the last one', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
    expect(APP_DB_SCHEMA_VERSION).toBe(migrations.length);
  });

  it('end at exactly the tables and indexes the record-kind registry declares', () => {
    expect(cumulativeStores()).toEqual({ ...dexieStores(), meta: 'key' });
  });

  it('upgrade a database written by version 1 without losing a record', async () => {
    const name = `v1-${crypto.randomUUID()}`;
    // Version 1 exactly as released: its frozen stores, records as the v1 app wrote them.
    const old = new Dexie(name);
    old.version(1).stores(migrations[0]!.stores);
    const archive = JSON.parse(v1Fixture) as Record<string, unknown> & { session: { id: string }; runState: unknown };
    await old.open();
    await old.table('sessions').put(archive.session);
    await old.table('runStates').put(archive.runState);
    for (const table of ['delegates', 'units', 'quizAnswers', 'quizTallies', 'cards', 'themes', 'mapEntries', 'channels', 'actions', 'plans']) {
      await old.table(table).bulkPut(archive[table] as unknown[]);
    }
    await old.table('meta').put({ key: 'schemaVersion', value: 1 });
    old.close();

    const db = new CoCreateDb(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(APP_DB_SCHEMA_VERSION);
    expect((await db.meta.get('schemaVersion'))?.value).toBe(APP_DB_SCHEMA_VERSION);
    const records = await readSessionRecords(db, archive.session.id);
    expect(records.session.title).toBe('Spring Roadshow');
    expect(records.delegates.map((d) => d.name)).toEqual(['Ana Silva', 'Ben Okafor', 'Chloé Martin']);
    expect(records.cards).toHaveLength(4);
    expect(records.actions).toHaveLength(4);
    expect(records.runState?.sessionId).toBe(archive.session.id);
    // Version 2 gave delegates, units and themes their creation time as last change.
    for (const record of [...records.delegates, ...records.units, ...records.themes]) expect(record.updatedAt).toBe(record.createdAt);
    expect(records.tombstones).toEqual([]);
    expect(records.mapEntries).toHaveLength((archive.mapEntries as unknown[]).length);
    expect(records.channels).toHaveLength((archive.channels as unknown[]).length);
    // Version 4: work records keep only the compound index, and it still finds a session's records.
    for (const table of [db.mapEntries, db.channels, db.actions]) expect(table.schema.indexes.map((i) => i.name)).toEqual(['[sessionId+unitId]']);
  });

  it("find one session's work through the compound index, never a neighbour's whose id starts the same", async () => {
    const db = new CoCreateDb(`prefix-${crypto.randomUUID()}`);
    opened.push(db);
    await db.open();
    const entry = (id: string, sessionId: string, unitId: string) => ({ id, sessionId, unitId });
    await db.table('mapEntries').bulkPut([entry('e1', 's1', 'u1'), entry('e2', 's1', 'u2'), entry('e3', 's10', 'u1'), entry('e4', 's', 'u1'), entry('e5', 's0', '')]);
    const ids = async (sessionId: string) => (await db.ofSession<{ id: string }>(recordKinds.mapEntries, sessionId).toArray()).map((e) => e.id).sort();
    expect(await ids('s1')).toEqual(['e1', 'e2']);
    expect(await ids('s10')).toEqual(['e3']);
    expect(await ids('s')).toEqual(['e4']);
    expect(await ids('s0')).toEqual(['e5']);
    expect(await ids('s2')).toEqual([]);
    await db.ofSession(recordKinds.mapEntries, 's1').delete();
    expect((await db.table('mapEntries').toArray()).map((e: { id: string }) => e.id).sort()).toEqual(['e3', 'e4', 'e5']);
  });
});
