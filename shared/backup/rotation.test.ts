import { describe, expect, it } from 'vitest';
import { backupName, chooseBackupsToKeep, nextBackupName, parseBackupName, type BackupEntry } from './rotation';

/** Local-time dates, so "one per day" is tested the way the facilitator's clock sees it. */
const at = (day: number, hour: number, minute = 0) => new Date(2025, 2, day, hour, minute);
const entry = (date: Date, counter = 0): BackupEntry => {
  const name = backupName('/x/workshop.cocreate', date, counter);
  return { name, path: `/b/${name}`, takenAt: date, counter };
};

describe('backup names', () => {
  it('round-trips the time stamp and sorts by age', () => {
    const date = new Date(Date.UTC(2025, 2, 1, 10, 15, 0, 123));
    expect(backupName('/x/workshop.cocreate', date)).toBe('workshop.20250301T101500123Z.cocreate');
    expect(backupName('/x/workshop.cocreate', date, 2)).toBe('workshop.20250301T101500123Z-2.cocreate');
    expect(parseBackupName('/x/workshop.cocreate', 'workshop.20250301T101500123Z.cocreate')).toEqual({ takenAt: date, counter: 0 });
    expect(parseBackupName('/x/workshop.cocreate', 'workshop.20250301T101500123Z-2.cocreate')).toEqual({ takenAt: date, counter: 2 });
  });

  it('does not mistake other files for backups', () => {
    for (const name of ['workshop.cocreate', 'workshop2.20250301T101500123Z.cocreate', 'workshop.20250301T101500123Z.csv', 'notes.txt', 'workshop.2025.cocreate', '.workshop.20250301T101500123Z.cocreate.tmp']) {
      expect(parseBackupName('/x/workshop.cocreate', name), name).toBeNull();
    }
    expect(parseBackupName('/x/no-extension', 'no-extension.20250301T101500123Z')).not.toBeNull();
  });
});

describe('chooseBackupsToKeep', () => {
  it('keeps the newest N plus the newest backup of each recent day', () => {
    const entries = [
      entry(at(1, 9)),
      entry(at(1, 17)), // newest of 1 March
      entry(at(2, 8)),
      entry(at(2, 12)), // newest of 2 March
      entry(at(4, 9)),
      entry(at(4, 10)),
      entry(at(4, 11)),
    ];
    const keep = chooseBackupsToKeep(entries, { keepRecent: 2, keepDays: 3 });
    expect([...keep].sort()).toEqual([entry(at(4, 10)).name, entry(at(4, 11)).name, entry(at(2, 12)).name, entry(at(1, 17)).name].sort());
  });

  it('counts days that have backups, not calendar days since now', () => {
    const entries = [entry(at(1, 9)), entry(at(20, 9)), entry(at(28, 9))];
    const keep = chooseBackupsToKeep(entries, { keepRecent: 0, keepDays: 2 });
    expect([...keep].sort()).toEqual([entry(at(20, 9)).name, entry(at(28, 9)).name].sort());
  });

  it('keeps nothing with a zero policy and everything with a generous one', () => {
    const entries = [entry(at(1, 9)), entry(at(1, 10)), entry(at(2, 9))];
    expect(chooseBackupsToKeep(entries, { keepRecent: 0, keepDays: 0 }).size).toBe(0);
    expect(chooseBackupsToKeep(entries, { keepRecent: 10, keepDays: 10 }).size).toBe(3);
  });
});

describe('nextBackupName', () => {
  it('takes the first free counter for the same instant, and reads Windows paths too', () => {
    const date = new Date(Date.UTC(2025, 2, 1, 10, 15, 0, 123));
    const first = backupName('C:\\Users\\a\\s.cocreate', date);
    expect(first).toBe('s.20250301T101500123Z.cocreate');
    expect(nextBackupName('/x/s.cocreate', date, new Set())).toBe(first);
    expect(nextBackupName('/x/s.cocreate', date, new Set([first, backupName('/x/s.cocreate', date, 1)]))).toBe('s.20250301T101500123Z-2.cocreate');
  });
});
