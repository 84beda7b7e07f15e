import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import * as nodeFs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic, type AtomicWriteFs } from './atomic-write';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'cocreate-atomic-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Real fs, except that writing stores the first half of the data and then fails (disk full). */
const failsHalfway: AtomicWriteFs = {
  async open(filePath, flags) {
    const handle = await nodeFs.open(filePath, flags);
    return {
      async writeFile(data) {
        const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
        await handle.writeFile(bytes.subarray(0, Math.floor(bytes.length / 2)));
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      },
      sync: () => handle.sync(),
      close: () => handle.close(),
    };
  },
  rename: (from, to) => nodeFs.rename(from, to),
  rm: (filePath, options) => nodeFs.rm(filePath, options),
};

describe('writeFileAtomic', () => {
  it('creates a new file and replaces an existing one', async () => {
    const target = path.join(dir, 'plan.csv');
    await writeFileAtomic(target, 'first');
    expect(await readFile(target, 'utf8')).toBe('first');
    await writeFileAtomic(target, new TextEncoder().encode('second, longer'));
    expect(await readFile(target, 'utf8')).toBe('second, longer');
    expect(await readdir(dir)).toEqual(['plan.csv']);
  });

  it('leaves the original intact and no temporary file behind when a write fails halfway', async () => {
    const target = path.join(dir, 'archive.cocreate');
    await writeFile(target, 'ORIGINAL CONTENT');
    await expect(writeFileAtomic(target, 'NEW CONTENT THAT IS LONG', failsHalfway)).rejects.toThrow(`Could not write ${target}: the disk is full`);
    expect(await readFile(target, 'utf8')).toBe('ORIGINAL CONTENT');
    expect(await readdir(dir)).toEqual(['archive.cocreate']);
  });

  it('removes the temporary file when the rename fails', async () => {
    const target = path.join(dir, 'out.txt');
    await writeFile(target, 'old');
    const renameFails: AtomicWriteFs = {
      ...nodeFs,
      rename: async () => {
        throw Object.assign(new Error('EXDEV: cross-device link not permitted'), { code: 'EXDEV' });
      },
    };
    await expect(writeFileAtomic(target, 'new', renameFails)).rejects.toThrow(`Could not write ${target}: EXDEV: cross-device link not permitted`);
    expect(await readFile(target, 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['out.txt']);
  });

  it('reports a folder that does not exist', async () => {
    const target = path.join(dir, 'missing', 'plan.csv');
    await expect(writeFileAtomic(target, 'x')).rejects.toThrow(`Could not write ${target}: the folder does not exist`);
  });

  it('reports a "folder" that is really a file as unwritable', async () => {
    const notAFolder = path.join(dir, 'file.txt');
    await writeFile(notAFolder, 'x');
    const target = path.join(notAFolder, 'plan.csv');
    await expect(writeFileAtomic(target, 'x')).rejects.toThrow(`Could not write ${target}: the folder does not exist`);
  });

  // Root ignores permission bits, so this case only means something for ordinary users.
  it.skipIf(process.platform === 'win32' || process.getuid?.() === 0)('reports a read-only folder', async () => {
    const readOnly = path.join(dir, 'locked');
    await nodeFs.mkdir(readOnly, { mode: 0o500 });
    const target = path.join(readOnly, 'plan.csv');
    try {
      await expect(writeFileAtomic(target, 'x')).rejects.toThrow(`Could not write ${target}: permission denied`);
    } finally {
      await nodeFs.chmod(readOnly, 0o700);
    }
  });

  it('reports a folder the user may not write to (as the OS reports it, even when tests run as root)', async () => {
    const target = path.join(dir, 'plan.csv');
    const denied: AtomicWriteFs = {
      ...nodeFs,
      open: async (filePath) => {
        throw Object.assign(new Error(`EACCES: permission denied, open '${filePath}'`), { code: 'EACCES' });
      },
    };
    await expect(writeFileAtomic(target, 'x', denied)).rejects.toThrow(`Could not write ${target}: permission denied`);
    expect(await readdir(dir)).toEqual([]);
  });

  it('keeps the original error as the cause', async () => {
    const target = path.join(dir, 'nope', 'x.txt');
    const error = await writeFileAtomic(target, 'x').then(
      () => null,
      (e: unknown) => e as Error,
    );
    expect((error?.cause as { code?: string } | undefined)?.code).toBe('ENOENT');
  });
});
