import fc from 'fast-check';
import { unzipSync, zipSync, type UnzipFileInfo } from 'fflate';
import { describe, expect, it } from 'vitest';
import { generateSession } from '../test-support/generate-session';
import { buildSessionFixture } from '../test-support/session-fixture';
import { builtInTemplates } from '../templates';
import type { Template } from '../template/schema';
import { readArchiveBundle, readArchiveBundleQuickly, writeArchive } from './container';
import { inflateNatively, locateEntries } from './zip-native';

const template = builtInTemplates[0] as Template;
const archiveBytes = writeArchive({ ...buildSessionFixture(generateSession({ units: 6, seed: 3, title: 'Zip check' }), template), exportedAt: 1_700_000_000_000 }, { appVersion: '0.1.0' });

function listed(bytes: Uint8Array): UnzipFileInfo[] {
  const out: UnzipFileInfo[] = [];
  unzipSync(bytes, { filter: (file) => (out.push(file), false) });
  return out;
}

describe('locateEntries', () => {
  it('reads the directory exactly as fflate does, and each entry inflates to what fflate unpacks', async () => {
    const located = locateEntries(archiveBytes)!;
    expect(located.map(({ start: _start, ...info }) => info)).toEqual(listed(archiveBytes));
    const files = unzipSync(archiveBytes);
    expect(located.some((e) => e.compression === 8)).toBe(true);
    for (const entry of located.filter((e) => e.compression === 8)) {
      expect(await inflateNatively(archiveBytes.subarray(entry.start, entry.start + entry.size), entry.originalSize)).toEqual(files[entry.name]);
    }
  });

  it('answers null for zip64, a cut-off file and no end record', () => {
    const zip64 = zipSync({ 'a.json': new Uint8Array([1, 2, 3]) });
    const end = zip64.length - 22;
    const marked = new Uint8Array(zip64.length + 20);
    marked.set(zip64.subarray(0, end));
    marked.set([0x50, 0x4b, 0x06, 0x07], end);
    marked.set(zip64.subarray(end), end + 20);
    expect(locateEntries(marked)).toBeNull();
    expect(locateEntries(archiveBytes.subarray(0, archiveBytes.length - 30))).toBeNull();
    expect(locateEntries(new Uint8Array(100))).toBeNull();
  });
});

describe('inflateNatively', () => {
  const text = new Uint8Array(Array.from({ length: 5000 }, (_, i) => 97 + (i % 7)));
  const deflated = (() => {
    const zip = zipSync({ 't.txt': text }, { level: 6 });
    const entry = locateEntries(zip)![0]!;
    return zip.slice(entry.start, entry.start + entry.size);
  })();

  it('gives exactly the declared bytes, and null for more, fewer or a damaged stream', async () => {
    expect(await inflateNatively(deflated, text.length)).toEqual(text);
    expect(await inflateNatively(deflated, text.length - 1)).toBeNull();
    expect(await inflateNatively(deflated, text.length + 1)).toBeNull();
    const damaged = deflated.slice();
    damaged[0] = 0xff;
    expect(await inflateNatively(damaged, text.length)).toBeNull();
  });
});

describe('readArchiveBundleQuickly', () => {
  it('opens an archive to the same records as readArchiveBundle', async () => {
    const quick = await readArchiveBundleQuickly(archiveBytes);
    expect(quick.ok).toBe(true);
    expect(quick).toEqual(readArchiveBundle(archiveBytes));
  });

  it('gives the same answer as readArchiveBundle for any damage to the file', async () => {
    const damage = fc.array(fc.record({ at: fc.nat({ max: archiveBytes.length - 1 }), value: fc.integer({ min: 0, max: 255 }) }), { minLength: 1, maxLength: 4 });
    await fc.assert(
      fc.asyncProperty(damage, fc.boolean(), async (changes, cut) => {
        const bytes = archiveBytes.slice();
        for (const { at, value } of changes) bytes[at] = value;
        const file = cut ? bytes.subarray(0, changes[0]!.at) : bytes;
        expect(await readArchiveBundleQuickly(file)).toEqual(readArchiveBundle(file));
      }),
      { numRuns: 400 },
    );
  });

  it('gives the same answer as readArchiveBundle for damage to the zip directory', async () => {
    const from = archiveBytes.length - 800;
    const damage = fc.array(fc.record({ at: fc.integer({ min: from, max: archiveBytes.length - 1 }), value: fc.integer({ min: 0, max: 255 }) }), { minLength: 1, maxLength: 3 });
    await fc.assert(
      fc.asyncProperty(damage, async (changes) => {
        const bytes = archiveBytes.slice();
        for (const { at, value } of changes) bytes[at] = value;
        expect(await readArchiveBundleQuickly(bytes)).toEqual(readArchiveBundle(bytes));
      }),
      { numRuns: 400 },
    );
  });
});
