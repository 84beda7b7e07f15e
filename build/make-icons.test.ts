import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { iconFiles, LINUX_SIZES, sourcesFingerprint } from './make-icons.mjs';

const buildDir = path.dirname(fileURLToPath(import.meta.url));
const resources = path.join(buildDir, 'resources');

const pngSize = (bytes: Uint8Array) => {
  const view = Buffer.from(bytes);
  expect(view.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: view.readUInt32BE(16), height: view.readUInt32BE(20) };
};

/** The sizes in an .ico directory (0 in the file means 256). */
const icoSizes = (bytes: Buffer) => {
  expect(bytes.readUInt16LE(0)).toBe(0);
  expect(bytes.readUInt16LE(2)).toBe(1);
  return Array.from({ length: bytes.readUInt16LE(4) }, (_, i) => bytes[6 + 16 * i] || 256);
};

/** The element types in an .icns file (ic10 is 1024 px, ic09 512, ic08 256, ic07 128). */
const icnsTypes = (bytes: Buffer) => {
  expect(bytes.subarray(0, 4).toString('latin1')).toBe('icns');
  expect(bytes.readUInt32BE(4)).toBe(bytes.length);
  const types: string[] = [];
  for (let offset = 8; offset < bytes.length; offset += bytes.readUInt32BE(offset + 4)) types.push(bytes.subarray(offset, offset + 4).toString('latin1'));
  return types;
};

/** WCAG relative luminance and contrast ratio of two #RRGGBB colours. */
const luminance = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};
const contrast = (a: string, b: string) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
};

describe('app icons', () => {
  it('were regenerated after the SVG sources last changed (npm run icons)', async () => {
    expect(readFileSync(path.join(resources, 'icon-sources.sha256'), 'utf8')).toBe(await sourcesFingerprint());
  });

  it('are all committed, as the script makes them', async () => {
    const files = await iconFiles();
    for (const [name] of files) expect(existsSync(path.join(resources, name)), name).toBe(true);
    const sizes = Object.fromEntries(files.filter(([name]) => name.endsWith('.png')).map(([name, bytes]) => [name, pngSize(bytes)]));
    expect(sizes['icon.png']).toEqual({ width: 1024, height: 1024 });
    expect(sizes['cocreate.png']).toEqual({ width: 512, height: 512 });
    for (const size of LINUX_SIZES) expect(sizes[`icons/${size}x${size}.png`]).toEqual({ width: size, height: size });
  });

  it('have Windows .ico files from 16 to 256 px and macOS .icns files up to 1024 px', () => {
    for (const name of ['icon', 'cocreate']) {
      expect(icoSizes(readFileSync(path.join(resources, `${name}.ico`)))).toEqual(expect.arrayContaining([16, 24, 32, 48, 64, 128, 256]));
      expect(icnsTypes(readFileSync(path.join(resources, `${name}.icns`)))).toEqual(expect.arrayContaining(['ic07', 'ic08', 'ic09', 'ic10']));
    }
  });

  it('keep at least 3:1 contrast between the mark and its ground (WCAG 1.4.11)', () => {
    for (const file of ['icon.svg', 'icon-document.svg']) {
      const svg = readFileSync(path.join(buildDir, file), 'utf8');
      expect(svg).toMatch(/<title[^>]*>Co-Create Studio/);
      const fills = new Set([...svg.matchAll(/fill="(#[0-9A-Fa-f]{6})"/g)].map((m) => m[1]!.toUpperCase()));
      expect(fills.has('#0E4D64')).toBe(true);
      for (const colour of ['#FFFFFF', '#FFC857']) {
        expect(fills.has(colour)).toBe(true);
        expect(contrast(colour, '#0E4D64')).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('are the ones electron-builder.yml points at', () => {
    const config = load(readFileSync(path.join(buildDir, '..', 'electron-builder.yml'), 'utf8')) as {
      directories: { buildResources: string };
      mac: { icon: string };
      win: { icon: string };
      linux: { icon: string };
      fileAssociations: Array<{ ext: string; icon?: string }>;
    };
    expect(config.directories.buildResources).toBe('build/resources');
    for (const icon of [config.mac.icon, config.win.icon, config.linux.icon]) expect(existsSync(path.join(resources, icon)), icon).toBe(true);
    // The archive icon goes by electron-builder's default name for the association, <ext>.icns / <ext>.ico.
    const [archive] = config.fileAssociations;
    expect(archive?.icon).toBeUndefined();
    for (const extension of ['icns', 'ico']) expect(existsSync(path.join(resources, `${archive!.ext}.${extension}`))).toBe(true);
  });
});
