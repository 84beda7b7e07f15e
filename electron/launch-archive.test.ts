import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { archivePathFromArgv, isArchivePath, PendingArchive, takeLaunchArchive } from './launch-archive';

const cwd = path.resolve('/home/facilitator');

describe('archivePathFromArgv', () => {
  it('finds an archive passed by the OS to the packaged app', () => {
    expect(archivePathFromArgv(['/opt/Co-Create Studio/co-create-studio', '/media/usb/Workshop A.cocreate'], cwd)).toBe(path.resolve('/media/usb/Workshop A.cocreate'));
  });

  it('resolves a relative path against the working folder and skips the app path in development', () => {
    expect(archivePathFromArgv(['/repo/node_modules/electron/dist/electron', '.', 'sessions/march.COCREATE'], cwd)).toBe(path.join(cwd, 'sessions', 'march.COCREATE'));
  });

  it('ignores switches, other files and the executable itself', () => {
    expect(archivePathFromArgv(['/x/evil.cocreate', '--inspect=9229', '--flag=a.cocreate', 'notes.txt', '.cocreate'], cwd)).toBeNull();
    expect(archivePathFromArgv([], cwd)).toBeNull();
  });

  it.skipIf(process.platform === 'win32')('accepts the file: URLs a Linux launcher passes for %U, decoded (spaces, accents)', () => {
    expect(archivePathFromArgv(['/opt/Co-Create Studio/co-create-studio', 'file:///home/me/My%20Workshops/march%202026.cocreate'], cwd)).toBe(
      '/home/me/My Workshops/march 2026.cocreate',
    );
    expect(archivePathFromArgv(['app', 'file:///media/usb/Universit%C3%A9%20Lyon.cocreate'], cwd)).toBe('/media/usb/Université Lyon.cocreate');
    expect(archivePathFromArgv(['app', 'file://localhost/home/me/a.cocreate'], cwd)).toBe('/home/me/a.cocreate');
    // A file literally named with "%20" stays as it is when given as a path.
    expect(archivePathFromArgv(['app', '/home/me/odd%20name.cocreate'], cwd)).toBe('/home/me/odd%20name.cocreate');
  });

  it('ignores URLs that are not local files', () => {
    expect(archivePathFromArgv(['app', 'https://example.com/a.cocreate'], cwd)).toBeNull();
    expect(archivePathFromArgv(['app', 'file://fileserver/share/a.cocreate'], cwd)).toBe(process.platform === 'win32' ? '\\\\fileserver\\share\\a.cocreate' : null);
    expect(archivePathFromArgv(['app', 'file:///home/me/a%2Fb.cocreate'], cwd)).toBeNull();
  });

  it('takes the last archive when several are given', () => {
    expect(archivePathFromArgv(['app', 'a.cocreate', 'b.cocreate'], cwd)).toBe(path.join(cwd, 'b.cocreate'));
  });
});

describe('isArchivePath', () => {
  it('matches the extension case-insensitively and needs a name', () => {
    expect(isArchivePath('x.cocreate')).toBe(true);
    expect(isArchivePath('X.CoCreate')).toBe(true);
    expect(isArchivePath('x.cocreate.zip')).toBe(false);
    expect(isArchivePath('/dir/.cocreate')).toBe(false);
  });
});

describe('PendingArchive', () => {
  it('keeps the latest archive until it is taken once', () => {
    const pending = new PendingArchive();
    expect(pending.take()).toBeNull();
    expect(pending.offer('/a/first.cocreate')).toBe(true);
    expect(pending.offer('/a/notes.txt')).toBe(false);
    expect(pending.offer(null)).toBe(false);
    expect(pending.offer('/a/second.cocreate')).toBe(true);
    expect(pending.peek()).toBe('/a/second.cocreate');
    expect(pending.take()).toBe('/a/second.cocreate');
    expect(pending.take()).toBeNull();
  });
});

describe('takeLaunchArchive', () => {
  it('hands the archive over once, then reports none', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const fsPromises = await import('node:fs/promises');
    const dir = mkdtempSync(path.join(tmpdir(), 'launch-'));
    const file = path.join(dir, 'North.cocreate');
    writeFileSync(file, '{"formatVersion":1}');
    const pending = new PendingArchive();
    pending.offer(file);
    expect(await takeLaunchArchive(pending, fsPromises)).toEqual({ status: 'opened', name: 'North.cocreate', bytes: Buffer.from('{"formatVersion":1}') });
    expect(await takeLaunchArchive(pending, fsPromises)).toEqual({ status: 'none' });
    pending.offer(path.join(dir, 'gone.cocreate'));
    expect(await takeLaunchArchive(pending, fsPromises)).toMatchObject({ status: 'error', message: expect.stringContaining('no longer exists') });
  });
});
