import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { builtInTemplates } from '../../shared/templates';
import { buildSessionFixture } from '../../shared/test-support/session-fixture';
import { NORTH, SOUTH } from '../../shared/test-support/roadshow-fixture';
import { type CoCreateDb } from './db';
import { freshDbEachTest } from './test-support/fresh-db';
import { eraseDelegateFromSession, exportAnonymised, exportAnonymisedRoadshow } from './privacy-repo';
import { createRoadshow } from './roadshows-repo';
import { backUpChangedSessions } from './auto-backup';
import { exportSessionArchive } from './archive-repo';
import { readArchiveBundle, readArchiveFile, writeArchive } from '../../shared/archive';
import { putSessionRecords, readSessionRecords } from './session-records';

let db: CoCreateDb;
const template = builtInTemplates.find((t) => t.id === 'students-union-co-creation')!;
const north = buildSessionFixture(NORTH, template);
const south = buildSessionFixture(SOUTH, template);

freshDbEachTest('privacy', async (fresh) => {
  db = fresh;
  await db.transaction('rw', db.recordTables(), async () => {
    await putSessionRecords(db, north);
    await putSessionRecords(db, south);
  });
});

describe('privacy repository', () => {
  it('exports an anonymised archive holding none of the delegates’ names or emails (the whole file searched)', async () => {
    const { fileName, bytes } = await exportAnonymised(db, north.session.id, 'test');
    expect(fileName).toBe('Union roadshow - North campus - 2026-11-02 - anonymised.cocreate');
    // Entries are stored uncompressed, so the file's own bytes are the text to search.
    const searchable = new TextDecoder().decode(bytes);
    expect(searchable).toContain('Delegate 4');
    for (const d of NORTH.units.flatMap((u) => u.delegates)) {
      expect(searchable).not.toContain(d.name);
      expect(searchable).not.toContain(d.email);
    }
    const read = readArchiveFile(bytes);
    expect(read.ok && read.archive.delegates.map((d) => d.name)).toEqual(['Delegate 1', 'Delegate 2', 'Delegate 3', 'Delegate 4']);
  });

  it('exports a roadshow as one anonymised archive with its grouping', async () => {
    const roadshow = await createRoadshow(db, 'Autumn', [north.session.id, south.session.id], 5000);
    const { fileName, bytes, sessions } = await exportAnonymisedRoadshow(db, roadshow.id, 'test');
    expect([fileName, sessions]).toEqual(['Autumn - roadshow - anonymised.cocreate', 2]);
    const searchable = new TextDecoder().decode(bytes);
    for (const d of [...NORTH.units, ...SOUTH.units].flatMap((u) => u.delegates)) for (const word of [d.name, d.email ?? ''].filter(Boolean)) expect(searchable).not.toContain(word);
    expect(searchable).not.toContain('Priya Shah');
    const read = readArchiveBundle(bytes);
    expect(read.ok && [read.bundle.roadshow?.name, read.bundle.sessions.map((s) => s.session.campus)]).toEqual(['Autumn', ['North campus', 'South campus']]);
  });

  it('erases a delegate from the database and touches no other session', async () => {
    const ana = north.delegates.find((d) => d.name === 'Ana Silva')!;
    const southBefore = await readSessionRecords(db, south.session.id);
    const removed = await eraseDelegateFromSession(db, north.session.id, ana.id, 9_000_000);
    expect(removed[1]).toBe('3 quiz answers they gave.');
    const after = await readSessionRecords(db, north.session.id);
    expect(JSON.stringify(after)).not.toMatch(/Ana Silva|ana\.silva@/i);
    expect(await db.delegates.get(ana.id)).toBeUndefined();
    expect(await db.quizAnswers.where('delegateId').equals(ana.id).count()).toBe(0);
    expect(after.delegates).toHaveLength(3);
    expect(after.quizAnswers).toHaveLength(north.quizAnswers.length - 3);
    expect(await readSessionRecords(db, south.session.id)).toEqual(southBefore);
  });

  it('leaves the person out of every later archive and backup: the session is backed up again at the next pass', async () => {
    const ana = north.delegates.find((d) => d.name === 'Ana Silva')!;
    // Backups are zips: what they hold is searched after reading them back.
    const saved = new Map<string, string>();
    const save = async (id: string, bytes: Uint8Array) => {
      const read = readArchiveFile(bytes);
      saved.set(id, read.ok ? JSON.stringify(read.archive) : read.message);
    };
    await backUpChangedSessions(db, save);
    expect(saved.get(north.session.id)).toContain('Ana Silva');
    saved.clear();
    await eraseDelegateFromSession(db, north.session.id, ana.id, north.session.updatedAt + 60_000);
    await backUpChangedSessions(db, save);
    // Only the erased session was due again, and its backup no longer holds her.
    expect([...saved.keys()]).toEqual([north.session.id]);
    expect(saved.get(north.session.id)).not.toMatch(/ana silva|ana\.silva@/i);
    const zip = writeArchive(await exportSessionArchive(db, north.session.id), { appVersion: 'test', level: 0 });
    expect(new TextDecoder().decode(zip)).not.toMatch(/ana silva|ana\.silva@/i);
  });
});
