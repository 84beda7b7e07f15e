import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FuseState, FuseV1Options, FuseVersion, getCurrentFuseWire } from '@electron/fuses';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

type Context = { appOutDir: string; electronPlatformName: string; arch: number; packager: { appInfo: { productFilename: string }; executableName?: string } };
const hook = createRequire(import.meta.url)('./fuses.cjs') as {
  afterPack(context: Context): Promise<void>;
  electronBinaryPath(context: Context): string;
  fuseConfig(fuses: { FuseVersion: typeof FuseVersion; FuseV1Options: typeof FuseV1Options }, context: Pick<Context, 'electronPlatformName' | 'arch'>): Record<string, unknown>;
};

const context = (electronPlatformName: string, arch = 1): Context => ({
  appOutDir: '/out/app',
  electronPlatformName,
  arch,
  packager: { appInfo: { productFilename: 'Co-Create Studio' }, executableName: 'co-create-studio' },
});

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'cocreate-fuses-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('fuses afterPack hook', () => {
  it('is what electron-builder picks up (named afterPack export)', () => {
    expect(typeof hook.afterPack).toBe('function');
  });

  it('finds the packaged binary on each platform', () => {
    expect(hook.electronBinaryPath(context('win32'))).toBe(path.join('/out/app', 'Co-Create Studio.exe'));
    expect(hook.electronBinaryPath(context('darwin'))).toBe(path.join('/out/app', 'Co-Create Studio.app'));
    expect(hook.electronBinaryPath(context('linux'))).toBe(path.join('/out/app', 'co-create-studio'));
    expect(() => hook.electronBinaryPath(context('beos'))).toThrow(/unknown platform/);
  });

  it('sets the hardening fuses and re-signs ad hoc only for Apple Silicon', () => {
    const config = hook.fuseConfig({ FuseVersion, FuseV1Options }, context('win32'));
    expect(config).not.toHaveProperty(String(FuseV1Options.EnableCookieEncryption));
    expect(config).toEqual({
      version: FuseVersion.V1,
      resetAdHocDarwinSignature: false,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
    });
    expect(hook.fuseConfig({ FuseVersion, FuseV1Options }, context('darwin', 3)).resetAdHocDarwinSignature).toBe(true);
    expect(hook.fuseConfig({ FuseVersion, FuseV1Options }, context('darwin', 1)).resetAdHocDarwinSignature).toBe(false);
  });

  it('flips the fuse wire of a (fake) packaged Linux binary', async () => {
    // A stand-in for the Electron binary: the fuse sentinel, wire version 1, 9 fuses all enabled.
    // Cookie encryption ships disabled in Electron, as here.
    const fuses = Array<number>(9).fill(FuseState.ENABLE);
    fuses[FuseV1Options.EnableCookieEncryption] = FuseState.DISABLE;
    const wire = Buffer.from([1, 9, ...fuses]);
    const binary = Buffer.concat([Buffer.from('\x7fELF padding '), Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'), wire, Buffer.from(' tail')]);
    await writeFile(path.join(dir, 'co-create-studio'), binary);
    await hook.afterPack({ ...context('linux'), appOutDir: dir });
    const flipped = await getCurrentFuseWire(path.join(dir, 'co-create-studio'));
    expect(flipped[FuseV1Options.RunAsNode]).toBe(FuseState.DISABLE);
    // The cookie-encryption fuse is not configured: it stays as Electron ships it (off).
    expect(flipped[FuseV1Options.EnableCookieEncryption]).toBe(FuseState.DISABLE);
    expect(flipped[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(FuseState.DISABLE);
    expect(flipped[FuseV1Options.EnableNodeCliInspectArguments]).toBe(FuseState.DISABLE);
    expect(flipped[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(FuseState.ENABLE);
    expect(flipped[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FuseState.ENABLE);
    expect(flipped[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(FuseState.DISABLE);
    // Fuses we do not configure keep what Electron shipped.
    expect(flipped[FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]).toBe(FuseState.ENABLE);
  });
});
