import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { readArchiveBundle, writeArchiveBundle, type ArchiveBundle } from '../../shared/archive';
import { compareRoadshow } from '../../shared/roadshow/compare';
import { builtInTemplates } from '../../shared/templates';
import { buildRoadshowBundle } from '../../shared/test-support/roadshow-fixture';
import { buildSessionFixture } from '../../shared/test-support/session-fixture';
import { NORTH } from '../../shared/test-support/roadshow-fixture';
import { CoCreateDb } from './db';
import { listRoadshows, readRoadshowCampuses } from './roadshows-repo';
import { exportRoadshowBundle, importArchiveBundle, sessionsAlreadyHere } from './roadshow-archive-repo';
import { putSessionRecords, readSessionRecords } from './session-records';
import { freshDbEachTest } from './test-support/fresh-db';

const template = builtInTemplates.find((t) => t.id === 'students-union-co-creation')!;
const fixture = buildRoadshowBundle(template);
const roundTrip = (bundle: ArchiveBundle) => {
  const read = readArchiveBundle(writeArchiveBundle(bundle, { appVersion: 'test', level: 0 }));
  if (!read.ok) throw new Error(read.message);
  return read.bundle;
};

/** Every table, every record: two equal dumps mean nothing changed. */
async function dump(db: CoCreateDb): Promise<string> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables.map((t) => t.name).sort()) out[table] = await db.table(table).toArray();
  return JSON.stringify(out);
}

let db: CoCreateDb;
freshDbEachTest('roadshow-archive', (fresh) => {
  db = fresh;
});

describe('roadshow archives', () => {
  it('open on another computer with the grouping and the comparison intact', async () => {
    const first = await importArchiveBundle(db, roundTrip(fixture), {}, 5000);
    expect(first.map((o) => [o.campus, o.how])).toEqual([
      ['North campus', 'added'],
      ['South campus', 'added'],
      ['East campus', 'added'],
    ]);
    const [roadshow] = await listRoadshows(db);
    expect(roadshow).toEqual({ id: fixture.roadshow!.id, name: 'Autumn union roadshow', templateId: template.id, sessionIds: fixture.sessions.map((s) => s.session.id) });

    // Saved again here and opened on a third computer: the same comparison, number for number.
    const { fileName, bundle } = await exportRoadshowBundle(db, roadshow!.id, 6000);
    expect(fileName).toBe('Autumn union roadshow - roadshow.cocreate');
    const third = new CoCreateDb(`third-${crypto.randomUUID()}`);
    await third.open();
    try {
      await importArchiveBundle(third, roundTrip(bundle), {});
      const readAt = Date.UTC(2026, 11, 1);
      expect(compareRoadshow(await readRoadshowCampuses(third, roadshow!.sessionIds), readAt)).toEqual(compareRoadshow(await readRoadshowCampuses(db, roadshow!.sessionIds), readAt));
      expect(await listRoadshows(third)).toEqual([roadshow]);
    } finally {
      third.close();
      await third.delete();
    }
  });

  it('merges, keeps both or replaces each session already here as chosen, in one go', async () => {
    const [north, south, east] = fixture.sessions as [ArchiveBundle['sessions'][number], ArchiveBundle['sessions'][number], ArchiveBundle['sessions'][number]];
    // Here: North with an edit made after the file was saved, and South as it was.
    await db.transaction('rw', db.recordTables(), async () => {
      await putSessionRecords(db, { ...north, roadshowMembers: [], units: north.units.map((u, i) => (i === 0 ? { ...u, name: 'Group A (edited)', updatedAt: u.updatedAt + 10 ** 9 } : u)) });
      await putSessionRecords(db, { ...south, roadshowMembers: [] });
    });
    expect([...(await sessionsAlreadyHere(db, fixture))]).toEqual([north.session.id, south.session.id]);
    const outcomes = await importArchiveBundle(db, roundTrip(fixture), { [south.session.id]: 'copy' }, 7000);
    expect(outcomes.map((o) => o.how)).toEqual(['merged', 'copy', 'added']);
    // The merge kept the newer edit here; the file's membership joined it.
    const mergedNorth = await readSessionRecords(db, north.session.id);
    expect(mergedNorth.units[0]?.name).toBe('Group A (edited)');
    const [roadshow] = await listRoadshows(db);
    // The copy of South stays outside the roadshow, and the South here was in none: the roadshow holds North and East.
    expect(roadshow?.sessionIds).toEqual([north.session.id, east.session.id]);
    expect(await db.sessions.count()).toBe(4);
  });

  it('opens a session as a copy when its record ids belong to another session here, and never changes that session', async () => {
    // A session here whose first unit has the id of North's first unit in the file.
    const local = buildSessionFixture({ ...NORTH, seed: 0x999, campus: 'Local campus' }, template);
    const { exportedAt: _e, ...localRecords } = local;
    const borrowed = { ...localRecords, units: localRecords.units.map((u, i) => (i === 0 ? { ...u, id: fixture.sessions[0]!.units[0]!.id } : u)) };
    const fixedDelegates = borrowed.delegates.map((d) => (d.unitId === localRecords.units[0]!.id ? { ...d, unitId: borrowed.units[0]!.id } : d));
    const fixedEntries = borrowed.mapEntries.map((e) => (e.unitId === localRecords.units[0]!.id ? { ...e, unitId: borrowed.units[0]!.id } : e));
    const fixedChannels = borrowed.channels.map((c) => (c.unitId === localRecords.units[0]!.id ? { ...c, unitId: borrowed.units[0]!.id } : c));
    const fixedActions = borrowed.actions.map((a) => (a.unitId === localRecords.units[0]!.id ? { ...a, unitId: borrowed.units[0]!.id } : a));
    await db.transaction('rw', db.recordTables(), () => putSessionRecords(db, { ...borrowed, delegates: fixedDelegates, mapEntries: fixedEntries, channels: fixedChannels, actions: fixedActions }));
    const before = await readSessionRecords(db, local.session.id);
    const outcomes = await importArchiveBundle(db, roundTrip(fixture), {});
    expect(outcomes[0]?.how).toBe('copy');
    expect(outcomes[0]?.note).toMatch(/same ids as records of another session/);
    expect(await readSessionRecords(db, local.session.id)).toEqual(before);
    // The copy still joins the roadshow: it is the only North here.
    expect((await listRoadshows(db))[0]?.sessionIds).toEqual([outcomes[0]!.sessionId, outcomes[1]!.sessionId, outcomes[2]!.sessionId]);
  });

  it('writes nothing when the roadshow here runs another template', async () => {
    const clash = { ...fixture.sessions[0]!, roadshowMembers: [{ ...fixture.sessions[0]!.roadshowMembers[0]!, templateId: 'another-workshop' }] };
    await db.transaction('rw', db.recordTables(), () => putSessionRecords(db, clash));
    const before = await dump(db);
    const error = await importArchiveBundle(db, roundTrip(fixture), {}).catch((e: unknown) => e);
    expect((error as Error).message).toBe('The roadshow "Autumn union roadshow" on this computer runs another workshop template than the one in the file, so the file was not opened.');
    expect(await dump(db)).toBe(before);
  });
});
