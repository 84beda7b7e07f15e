import { randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import path from 'node:path';

export interface FileHandleLike {
  writeFile(data: string | Uint8Array): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** The parts of `node:fs/promises` an atomic write needs; injectable so tests can fail halfway. */
export interface AtomicWriteFs {
  open(filePath: string, flags: string): Promise<FileHandleLike>;
  rename(from: string, to: string): Promise<void>;
  rm(filePath: string, options: { force: boolean }): Promise<void>;
}

const REASONS: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  ENOENT: 'the folder does not exist',
  ENOTDIR: 'the folder does not exist',
  EISDIR: 'a folder has that name',
  EBUSY: 'the file is in use by another program',
};

function reasonOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && REASONS[code]) return REASONS[code];
  return error instanceof Error ? error.message : String(error);
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Windows refuses to replace a file that another process (antivirus, indexer, cloud sync) has open
 * for a moment; retrying briefly is the usual cure.
 */
async function renameWithRetry(fs: AtomicWriteFs, from: string, to: string): Promise<void> {
  const retryable = new Set(['EPERM', 'EACCES', 'EBUSY']);
  for (let attempt = 0; ; attempt++) {
    try {
      await fs.rename(from, to);
      return;
    } catch (error) {
      const code = (error as { code?: unknown } | null)?.code;
      if (process.platform !== 'win32' || attempt >= 5 || typeof code !== 'string' || !retryable.has(code)) throw error;
      await sleep(50 * (attempt + 1));
    }
  }
}

/** Flushes the folder entry so the rename itself survives a power cut (POSIX only; best effort). */
async function syncFolder(fs: AtomicWriteFs, folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  try {
    const handle = await fs.open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Some file systems cannot fsync a folder; the data itself is already on disk.
  }
}

/**
 * Replaces `filePath` with `data` so that the file is either the old version or the new one, never
 * half-written: write a temporary file next to it, fsync, then rename over the target.
 * On failure the temporary file is removed and `Could not write <path>: <reason>` is thrown.
 */
export async function writeFileAtomic(filePath: string, data: string | Uint8Array, fs: AtomicWriteFs = nodeFs): Promise<void> {
  const folder = path.dirname(filePath);
  const tempPath = path.join(folder, `.${path.basename(filePath)}.${randomBytes(6).toString('hex')}.tmp`);
  let created = false;
  try {
    // 'wx': never follow or clobber something already at the temporary name.
    const handle = await fs.open(tempPath, 'wx');
    created = true;
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await renameWithRetry(fs, tempPath, filePath);
    created = false;
  } catch (error) {
    if (created) await fs.rm(tempPath, { force: true }).catch(() => {});
    throw new Error(`Could not write ${filePath}: ${reasonOf(error)}`, { cause: error });
  }
  await syncFolder(fs, folder);
}
