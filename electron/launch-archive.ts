import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IpcResult } from '../shared/ipc/contract';
import { readFileBytes, type OpenFileFs } from './file-dialogs';

export const ARCHIVE_EXTENSION = '.cocreate';

export function isArchivePath(candidate: string): boolean {
  return candidate.toLowerCase().endsWith(ARCHIVE_EXTENSION) && path.basename(candidate).length > ARCHIVE_EXTENSION.length;
}

/**
 * A launch argument as a local path: Linux launchers whose desktop entry says `%U` pass
 * `file:///home/me/My%20Workshops/march.cocreate`, percent-encoded. Anything that is not a local
 * file URL (http:, a malformed URL, a remote host) is no path at all.
 */
export function launchArgumentPath(arg: string, cwd: string): string | null {
  if (/^file:/i.test(arg)) {
    try {
      return fileURLToPath(arg);
    } catch {
      return null;
    }
  }
  if (/^[a-z][a-z0-9+.-]+:\/\//i.test(arg)) return null;
  return path.resolve(cwd, arg);
}

/**
 * The `.cocreate` archive a launch asked to open (double-click, "Open with", `app file.cocreate`),
 * as an absolute path, or null. argv[0] is the executable; switches (`--…`) that Electron or
 * Chromium add are skipped; if several archives are given, the last one wins.
 */
export function archivePathFromArgv(argv: readonly string[], cwd: string): string | null {
  let found: string | null = null;
  for (const arg of argv.slice(1)) {
    if (arg.startsWith('-')) continue;
    const candidate = launchArgumentPath(arg, cwd);
    if (candidate !== null && isArchivePath(candidate)) found = candidate;
  }
  return found;
}

/**
 * The archive the OS asked the app to open, kept until the code that opens archives takes it.
 * Later requests replace earlier ones: the facilitator's last double-click wins.
 */
export class PendingArchive {
  private filePath: string | null = null;

  /** Remembers `filePath` if it is an archive; returns whether it was remembered. */
  offer(filePath: string | null): boolean {
    if (filePath === null || !isArchivePath(filePath)) return false;
    this.filePath = filePath;
    return true;
  }

  /** The remembered path, without forgetting it. */
  peek(): string | null {
    return this.filePath;
  }

  /** The remembered path, forgetting it so it is opened only once. */
  take(): string | null {
    const filePath = this.filePath;
    this.filePath = null;
    return filePath;
  }
}

/** The pending archive's bytes for the renderer, once; size-checked like any opened file. */
export async function takeLaunchArchive(pending: PendingArchive, fs: OpenFileFs): Promise<IpcResult<'takeLaunchArchive'>> {
  const filePath = pending.take();
  if (filePath === null) return { status: 'none' };
  const result = await readFileBytes(fs, filePath);
  return result.status === 'cancelled' ? { status: 'none' } : result;
}
