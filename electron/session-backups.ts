import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { IpcArgs, IpcResult } from '../shared/ipc/contract';
import { writeFileAtomic } from './atomic-write';
import { backupFile, type BackupPolicy } from './backups';

export interface SessionBackupDeps {
  /** e.g. `<userData>/backups`: outside IndexedDB, so a damaged profile does not take the backups with it. */
  backupRoot: string;
  policy?: BackupPolicy;
  now?: () => Date;
  writeFile?: (filePath: string, text: string) => Promise<void>;
}

/**
 * Keeps `<root>/<sessionId>.cocreate` as the newest archive of each session and rotates the
 * copy it replaces into `<root>/history/` (the newest few plus one per day).
 */
export function createSessionBackupHandler(deps: SessionBackupDeps) {
  const writeFile = deps.writeFile ?? ((filePath: string, text: string) => writeFileAtomic(filePath, text));
  return async ({ sessionId, text }: IpcArgs<'backupSession'>[0]): Promise<IpcResult<'backupSession'>> => {
    await mkdir(deps.backupRoot, { recursive: true });
    const latest = path.join(deps.backupRoot, `${sessionId}.cocreate`);
    await backupFile(latest, path.join(deps.backupRoot, 'history'), { ...(deps.policy ? { policy: deps.policy } : {}), ...(deps.now ? { now: deps.now } : {}) });
    await writeFile(latest, text);
    return { saved: true, location: latest };
  };
}
