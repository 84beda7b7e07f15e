import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

/**
 * electron-builder.yml and package.json as electron-builder 26 reads them (it parses the YAML with
 * js-yaml too). Packaging cannot run here (it downloads Electron), so its inputs are checked instead.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  homepage?: string;
  author?: { name?: string; email?: string };
};
type Config = Record<string, unknown> & { linux: Record<string, unknown>; mac: Record<string, unknown>; win: Record<string, unknown> };
const config = load(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as Config;

describe('package metadata', () => {
  it('has the homepage and author email the deb target requires', () => {
    expect(pkg.homepage).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]+(\/\S*)?$/);
    expect(pkg.author?.name).toBeTruthy();
    expect(pkg.author?.email).toMatch(/^[^@\s]+@[^@\s]+\.[a-z]+$/);
  });

  it('names the same maintainer in the Linux packages', () => {
    expect(config.linux.maintainer).toBe(`${pkg.author!.name} <${pkg.author!.email}>`);
  });
});

describe('Linux packages', () => {
  it('builds only the deb (an AppImage cannot start its sandbox on Ubuntu 23.10+)', () => {
    expect(config.linux.target).toEqual(['deb']);
  });

  it('passes double-clicked archives as local paths (%F), which electron-builder writes into the desktop entry', () => {
    expect(config.linux.executableArgs).toEqual(['%F']);
    // electron-builder refuses an Exec override; executableArgs is its documented way.
    expect((config.linux.desktop as { entry?: { Exec?: string } } | undefined)?.entry?.Exec).toBeUndefined();
  });
});

// Loading app-builder-lib takes a few seconds on a busy machine.
describe("electron-builder's own schema", { timeout: 60_000 }, () => {
  // electron-builder validates its configuration this way before building anything.
  const require = createRequire(import.meta.url);
  const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
    validateConfiguration(config: unknown, debugLogger: unknown): Promise<void>;
  };
  const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };

  it('accepts electron-builder.yml', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('would reject a misspelt option', async () => {
    await expect(validateConfiguration({ ...config, linux: { ...config.linux, executableArg: ['%F'] } }, new DebugLogger(false))).rejects.toThrow(/Invalid configuration object[\s\S]*configuration\.linux/);
  });
});
