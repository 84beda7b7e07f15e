import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as fsPromises from 'node:fs/promises';
import { writeFileAtomic, type AtomicWriteFs } from './atomic-write';
import { createSessionBackupHandler, createSessionBackupHandlers, createSessionBackupStore } from './session-backups';

const SESSION = '6f1c3d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f';

describe('session backups', () => {
  it('keeps the newest archive per session and rotates the one it replaces into history', async () => {
    const root = path.join(mkdtempSync(path.join(tmpdir(), 'backups-')), 'backups');
    let minute = 0;
    const backup = createSessionBackupHandler({ backupRoot: root, policy: { keepRecent: 2, keepDays: 0 }, now: () => new Date(Date.UTC(2026, 10, 23, 10, minute++)) });
    for (const version of ['v1', 'v2', 'v3', 'v4']) {
      expect(await backup({ sessionId: SESSION, bytes: Buffer.from(version) })).toEqual({ saved: true, location: path.join(root, `${SESSION}.cocreate`) });
    }
    expect(readFileSync(path.join(root, `${SESSION}.cocreate`), 'utf8')).toBe('v4');
    const history = readdirSync(path.join(root, 'history')).sort();
    expect(history).toHaveLength(2);
    expect(history.map((name) => readFileSync(path.join(root, 'history', name), 'utf8'))).toEqual(['v2', 'v3']);
  });

  it('reports a folder it cannot write instead of swallowing the failure', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'backups-'));
    const backup = createSessionBackupHandler({
      backupRoot: root,
      writeFile: () => Promise.reject(new Error(`Could not write ${root}: permission denied`)),
    });
    await expect(backup({ sessionId: SESSION, bytes: Buffer.from('x') })).rejects.toThrow(/permission denied/);
  });
});

const FIXTURE = readFileSync(new URL('../shared/archive/fixtures/v1/spring-roadshow.cocreate', import.meta.url), 'utf8');
/** The same session as this app writes it now: a format-2 zip. */
const ZIP_FIXTURE = readFileSync(new URL('../shared/archive/fixtures/v2/spring-roadshow.cocreate', import.meta.url));
const FIXTURE_ID = '000001f1-0000-4000-8000-000000000001';

describe('the session backup store (shared by the Electron host and the web server)', () => {
  it('lists the newest valid archive of each session with what identifies it, and reads it back', async () => {
    const root = path.join(mkdtempSync(path.join(tmpdir(), 'backups-')), 'backups');
    const store = createSessionBackupStore({ backupRoot: root });
    expect(await store.list()).toEqual([]);
    expect(await store.facts('/data')).toEqual({ dataFolder: '/data', backupsFolder: root, lastBackupAt: null, backupCount: 0 });
    await store.save(FIXTURE_ID, FIXTURE);
    await store.save(FIXTURE_ID, FIXTURE);
    // A damaged file, a file named for another session and a stray file are never offered.
    writeFileSync(path.join(root, `${SESSION}.cocreate`), '{"formatVersion": 1');
    writeFileSync(path.join(root, '6f1c3d4e-5a6b-4c7d-8e9f-0a1b2c3d4e50.cocreate'), FIXTURE);
    writeFileSync(path.join(root, 'notes.txt'), 'mine');
    expect(await store.list()).toEqual([
      { sessionId: FIXTURE_ID, title: 'Spring Roadshow', campus: 'North Campus', date: '2026-11-23', updatedAt: 1795434000000, savedAt: expect.any(Number), bytes: Buffer.byteLength(FIXTURE) },
    ]);
    expect(Buffer.from((await store.read(FIXTURE_ID))!).toString('utf8')).toBe(FIXTURE);
    expect(await store.read('00000000-0000-4000-8000-00000000dead')).toBeNull();
    expect(await store.read('../../etc/passwd')).toBeNull();
    const facts = await store.facts('/data');
    // Three session files plus the one copy rotated into history.
    expect(facts.backupCount).toBe(4);
    expect(facts.lastBackupAt).toBeGreaterThan(0);
  });

  it('gives the Electron host the same store through its IPC handlers, as bytes (zip archives)', async () => {
    const root = path.join(mkdtempSync(path.join(tmpdir(), 'backups-')), 'backups');
    const handlers = createSessionBackupHandlers({ backupRoot: root }, '/user-data');
    await handlers.backupSession({ sessionId: FIXTURE_ID, bytes: new Uint8Array(ZIP_FIXTURE) });
    expect(readFileSync(path.join(root, `${FIXTURE_ID}.cocreate`)).equals(ZIP_FIXTURE)).toBe(true);
    expect((await handlers.listSessionBackups()).map((s) => [s.title, s.bytes])).toEqual([['Spring Roadshow', ZIP_FIXTURE.byteLength]]);
    const read = await handlers.readSessionBackup({ sessionId: FIXTURE_ID });
    expect(Buffer.from(read!.bytes).equals(ZIP_FIXTURE)).toBe(true);
    expect(await handlers.readSessionBackup({ sessionId: SESSION })).toBeNull();
    expect(await handlers.dataFacts()).toMatchObject({ dataFolder: '/user-data', backupsFolder: root, backupCount: 1 });
    // A damaged file is handed over as it is: the renderer's archive reader refuses it in words.
    writeFileSync(path.join(root, `${SESSION}.cocreate`), Buffer.from([0xff, 0xfe, 0x00]));
    expect(Buffer.from((await handlers.readSessionBackup({ sessionId: SESSION }))!.bytes)).toEqual(Buffer.from([0xff, 0xfe, 0x00]));
    expect((await handlers.listSessionBackups()).map((s) => s.sessionId)).toEqual([FIXTURE_ID]);
  });
});

describe('a backup that fails halfway', () => {
  it('leaves the previous backup whole and no temporary file behind', async () => {
    const root = path.join(mkdtempSync(path.join(tmpdir(), 'backups-')), 'backups');
    await createSessionBackupStore({ backupRoot: root }).save(FIXTURE_ID, FIXTURE);
    // The disk fills up while the new copy is being written.
    const failing: AtomicWriteFs = {
      open: async (file, flags) => {
        const handle = await fsPromises.open(file, flags);
        return { writeFile: () => Promise.reject(Object.assign(new Error('no space'), { code: 'ENOSPC' })), sync: () => handle.sync(), close: () => handle.close() };
      },
      rename: (from, to) => fsPromises.rename(from, to),
      rm: (file, options) => fsPromises.rm(file, options),
    };
    const store = createSessionBackupStore({ backupRoot: root, writeFile: (file, data) => writeFileAtomic(file, data, failing) });
    await expect(store.save(FIXTURE_ID, '{}')).rejects.toThrow(/the disk is full/);
    expect(readFileSync(path.join(root, `${FIXTURE_ID}.cocreate`), 'utf8')).toBe(FIXTURE);
    expect(readdirSync(root).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect((await store.list()).map((s) => s.sessionId)).toEqual([FIXTURE_ID]);
  });
});
