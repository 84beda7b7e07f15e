import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupFile, backupName, listBackups, pruneBackups } from './backups';

let dir: string;
let source: string;
let backupDir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'cocreate-backups-'));
  source = path.join(dir, 'workshop.cocreate');
  backupDir = path.join(dir, 'backups');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Local-time dates, so "one per day" is tested the way the facilitator's clock sees it. */
const at = (day: number, hour: number, minute = 0) => new Date(2025, 2, day, hour, minute);

describe('backupFile', () => {
  it('returns null and creates nothing when the file does not exist yet', async () => {
    expect(await backupFile(source, backupDir)).toBeNull();
    expect(await readdir(dir)).toEqual([]);
  });

  it('copies the current content, keeps separate copies for the same instant, and prunes by policy', async () => {
    const policy = { keepRecent: 2, keepDays: 2 };
    const saves: Array<[Date, string]> = [
      [at(1, 9), 'v1'],
      [at(1, 17), 'v2'],
      [at(2, 9), 'v3'],
      [at(3, 9), 'v4'],
      [at(3, 10), 'v5'],
      [at(3, 10), 'v6'],
    ];
    for (const [date, text] of saves) {
      await writeFile(source, text);
      const made = await backupFile(source, backupDir, { policy, now: () => date });
      expect(made).not.toBeNull();
      expect(await readFile(made!, 'utf8')).toBe(text);
    }
    const left = await listBackups(source, backupDir);
    const contents = await Promise.all(left.map((b) => readFile(b.path, 'utf8')));
    // Newest two (v6, v5) plus the newest of each of the two most recent days (3 March: v6, 2 March: v3).
    expect(contents).toEqual(['v6', 'v5', 'v3']);
    expect(left.map((b) => b.name)).toContain(backupName(source, at(3, 10), 1));
  });

  it('never touches files that are not its backups', async () => {
    await writeFile(source, 'current');
    await backupFile(source, backupDir, { now: () => at(1, 9) });
    await writeFile(path.join(backupDir, 'notes.txt'), 'mine');
    const other = path.join(dir, 'other.cocreate');
    await writeFile(other, 'other');
    await backupFile(other, backupDir, { now: () => at(1, 9) });
    const removed = await pruneBackups(source, backupDir, { keepRecent: 0, keepDays: 0 });
    expect(removed).toEqual([path.join(backupDir, backupName(source, at(1, 9)))]);
    expect((await readdir(backupDir)).sort()).toEqual(['notes.txt', backupName(other, at(1, 9))].sort());
  });

  it('lists nothing for a backup folder that does not exist', async () => {
    expect(await listBackups(source, path.join(dir, 'nowhere'))).toEqual([]);
  });
});
