import { describe, expect, it } from 'vitest';
import { findMissing, installCommand, prerequisitePlan } from './test-prerequisites.mjs';

const machine = (files: string[], commands: string[], env: Record<string, string | undefined> = {}) => ({
  env,
  exists: (path: string) => files.includes(path),
  onPath: (command: string) => commands.includes(command),
});

describe('findMissing', () => {
  it('finds nothing missing on a ready machine', () => {
    expect(findMissing(machine(['/usr/bin/chromium'], ['pdftotext']))).toEqual([]);
  });

  it('names Debian packages for what a fresh machine lacks', () => {
    expect(findMissing(machine([], []))).toEqual([
      { what: 'Chromium (/usr/bin/chromium)', debianPackage: 'chromium' },
      { what: 'poppler (pdftotext)', debianPackage: 'poppler-utils' },
    ]);
    expect(findMissing(machine(['/usr/bin/chromium'], []))).toEqual([{ what: 'poppler (pdftotext)', debianPackage: 'poppler-utils' }]);
  });

  it('honours CHROMIUM_PATH, and no package can fix a wrong one', () => {
    expect(findMissing(machine(['/opt/chrome/chrome'], ['pdftotext'], { CHROMIUM_PATH: '/opt/chrome/chrome' }))).toEqual([]);
    expect(findMissing(machine(['/usr/bin/chromium'], ['pdftotext'], { CHROMIUM_PATH: '/opt/nothing' }))).toEqual([
      { what: 'Chromium at CHROMIUM_PATH (/opt/nothing)', debianPackage: null },
    ]);
  });
});

describe('prerequisitePlan', () => {
  const fresh = findMissing(machine([], []));

  it('goes ahead when nothing is missing', () => {
    expect(prerequisitePlan({ missing: [], isRoot: false, hasAptGet: true })).toEqual({ action: 'ready' });
  });

  it('installs with apt-get as root, like .ci/run', () => {
    expect(prerequisitePlan({ missing: fresh, isRoot: true, hasAptGet: true })).toEqual({
      action: 'install',
      message: expect.stringContaining('chromium poppler-utils'),
      commands: [
        ['apt-get', 'update', '-qq'],
        ['apt-get', 'install', '-y', '-qq', 'chromium', 'poppler-utils'],
      ],
    });
  });

  it('otherwise prints the one exact command and stops', () => {
    const plan = prerequisitePlan({ missing: fresh, isRoot: false, hasAptGet: true });
    expect(plan.action).toBe('stop');
    expect(plan.action === 'stop' && plan.message).toContain('\n  sudo apt-get update && sudo apt-get install -y chromium poppler-utils\n');
    expect(installCommand(['poppler-utils'])).toBe('sudo apt-get update && sudo apt-get install -y poppler-utils');
  });

  it('says what to install where there is no apt-get', () => {
    const plan = prerequisitePlan({ missing: fresh, isRoot: true, hasAptGet: false });
    expect(plan).toEqual({ action: 'stop', message: expect.stringMatching(/package manager.*chromium, poppler-utils.*CHROMIUM_PATH/) });
  });

  it('never installs anything for a wrong CHROMIUM_PATH', () => {
    const missing = findMissing(machine([], ['pdftotext'], { CHROMIUM_PATH: '/opt/nothing' }));
    expect(prerequisitePlan({ missing, isRoot: true, hasAptGet: true })).toEqual({ action: 'stop', message: expect.stringContaining('Point CHROMIUM_PATH') });
  });
});
