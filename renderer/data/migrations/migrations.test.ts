import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { dexieStores } from '../../../shared/records/registry';
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
  });
});
