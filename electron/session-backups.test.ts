import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSessionBackupHandler } from './session-backups';

const SESSION = '6f1c3d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f';

describe('session backups', () => {
  it('keeps the newest archive per session and rotates the one it replaces into history', async () => {
    const root = path.join(mkdtempSync(path.join(tmpdir(), 'backups-')), 'backups');
    let minute = 0;
    const backup = createSessionBackupHandler({ backupRoot: root, policy: { keepRecent: 2, keepDays: 0 }, now: () => new Date(Date.UTC(2026, 10, 23, 10, minute++)) });
    for (const version of ['v1', 'v2', 'v3', 'v4']) {
      expect(await backup({ sessionId: SESSION, text: version })).toEqual({ saved: true, location: path.join(root, `${SESSION}.cocreate`) });
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
    await expect(backup({ sessionId: SESSION, text: 'x' })).rejects.toThrow(/permission denied/);
  });
});
