import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { signingPlan } from './signing-plan.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const configText = readFileSync(path.join(root, 'electron-builder.yml'), 'utf8');
const config = load(configText) as Record<string, unknown> & { mac: Record<string, unknown>; win: Record<string, unknown> };

const release = {
  CSC_LINK: '/secure/developer-id.p12',
  CSC_KEY_PASSWORD: 'p12-secret',
  APPLE_ID: 'release@cocreate.studio',
  APPLE_APP_SPECIFIC_PASSWORD: 'abcd-efgh-ijkl-mnop',
  APPLE_TEAM_ID: 'TEAM123456',
  WIN_CSC_LINK: '/secure/windows.pfx',
  WIN_CSC_KEY_PASSWORD: 'pfx-secret',
};

describe('signingPlan', () => {
  it('a release with every variable set is signed and notarised, and prints no secret', () => {
    const { lines, problems } = signingPlan(release);
    expect(problems).toEqual([]);
    expect(lines.join('\n')).toMatch(/macOS: signed with the Developer ID Application certificate/);
    expect(lines.join('\n')).toMatch(/macOS: notarised with notarytool/);
    expect(lines.join('\n')).toMatch(/Windows: signed with the certificate in WIN_CSC_LINK/);
    for (const value of Object.values(release)) expect(lines.join('\n')).not.toContain(value);
  });

  it('a local build with nothing set is unsigned, and says so without failing', () => {
    const { lines, problems } = signingPlan({});
    expect(problems).toEqual([]);
    expect(lines.join('\n')).toMatch(/macOS: not notarised/);
    expect(lines.join('\n')).toMatch(/Windows: unsigned/);
  });

  it('notarises only when all three Apple variables are set, and stops early when one is missing', () => {
    const { APPLE_TEAM_ID: _team, ...partial } = release;
    expect(signingPlan(partial).problems).toEqual(['Notarisation needs APPLE_ID, APPLE_APP_SPECIFIC_PASSWORD, APPLE_TEAM_ID together; missing: APPLE_TEAM_ID.']);
    expect(signingPlan({ APPLE_API_KEY: '/k.p8', APPLE_API_KEY_ID: 'KEY', APPLE_API_ISSUER: 'issuer' }).lines.join('\n')).toMatch(/notarised with notarytool \(APPLE_API_KEY/);
  });

  it('uses CSC_LINK for Windows when there is no WIN_CSC_LINK', () => {
    expect(signingPlan({ CSC_LINK: '/c.p12', CSC_KEY_PASSWORD: 'x' }).lines.join('\n')).toMatch(/Windows: signed with the certificate in CSC_LINK/);
  });
});

describe('electron-builder.yml is ready for signing through the environment', () => {
  it('keeps no certificate, identity or password in the file', () => {
    expect(configText).not.toMatch(/certificateFile|certificatePassword|cscLink|cscKeyPassword|identity:|APPLE_APP_SPECIFIC_PASSWORD:/);
  });

  it('builds unsigned when no certificate is given, and never turns notarisation off', () => {
    expect(config.forceCodeSigning).toBe(false);
    expect(config.mac.hardenedRuntime).toBe(true);
    // electron-builder 26 skips notarisation only when `notarize` is false; otherwise it notarises when the APPLE_* variables are set.
    expect(config.mac.notarize).toBeUndefined();
  });

  it('signs Windows installers with SHA-256', () => {
    expect(config.win.signtoolOptions).toEqual({ signingHashAlgorithms: ['sha256'] });
  });
});
