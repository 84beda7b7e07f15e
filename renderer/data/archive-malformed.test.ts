import 'fake-indexeddb/auto';
// eslint-disable-next-line no-restricted-imports -- a test reads (and, once, writes) the stored fixture files
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readArchiveBundle, readArchiveBundleQuickly, readArchiveFile } from '../../shared/archive';
import { malformedCases } from '../../shared/archive/fixtures/malformed-cases';
import { malformedCasesV3 } from '../../shared/archive/fixtures/malformed-cases-v3';
import { builtInTemplates } from '../../shared/templates';
import type { Template } from '../../shared/template/schema';
import { importArchive } from './archive-repo';
import { CoCreateDb } from './db';
import { addDelegates } from './delegates-repo';
import { createSession } from './sessions-repo';

const folder = new URL('../../shared/archive/fixtures/malformed/', import.meta.url);
const v2 = () => new Uint8Array(readFileSync(new URL('../../shared/archive/fixtures/v2/spring-roadshow.cocreate', import.meta.url)));

// Run once with WRITE_MALFORMED=1 to (re)create the stored files; they are then committed and never change.
describe.skipIf(!process.env.WRITE_MALFORMED)('writing the malformed fixtures', () => {
  it('writes every case and its expected outcome', () => {
    const read = readArchiveFile(v2());
    if (!read.ok) throw new Error(read.message);
    const expected: Record<string, string> = {};
    for (const c of malformedCases(read.archive)) {
      writeFileSync(new URL(`${c.name}.cocreate`, folder), c.bytes);
      expected[`${c.name}.cocreate`] = c.expect;
    }
    writeFileSync(new URL('expected.json', folder), `${JSON.stringify(expected, null, 1)}\n`);
  });
});

// Format 3's cases, added once with WRITE_MALFORMED_V3=1 to the same folder (the earlier files are left as they are).
describe.skipIf(!process.env.WRITE_MALFORMED_V3)('writing the malformed format-3 fixtures', () => {
  it('writes every case and adds its expected outcome', () => {
    const read = readArchiveBundle(new Uint8Array(readFileSync(new URL('../../shared/archive/fixtures/v3/autumn-roadshow.cocreate', import.meta.url))));
    if (!read.ok) throw new Error(read.message);
    const expected = JSON.parse(readFileSync(new URL('expected.json', folder), 'utf8')) as Record<string, string>;
    for (const c of malformedCasesV3(read.bundle)) {
      writeFileSync(new URL(`${c.name}.cocreate`, folder), c.bytes);
      expected[`${c.name}.cocreate`] = c.expect;
    }
    writeFileSync(new URL('expected.json', folder), `${JSON.stringify(expected, null, 1)}\n`);
  });
});

const expected = JSON.parse(readFileSync(new URL('expected.json', folder), 'utf8')) as Record<string, string>;
const stored = readdirSync(folder).filter((f) => f.endsWith('.cocreate'));

/** Every table, every record, in key order: two equal dumps mean nothing changed. */
async function dump(db: CoCreateDb): Promise<string> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables.map((t) => t.name).sort()) out[table] = await db.table(table).toArray();
  return JSON.stringify(out);
}

describe('malformed archives', () => {
  let db: CoCreateDb;
  beforeAll(async () => {
    db = new CoCreateDb(`malformed-${crypto.randomUUID()}`);
    await db.open();
    // Something to lose: another session already on this laptop.
    const s = await createSession(db, builtInTemplates[0] as Template, 1000);
    await addDelegates(db, s.id, [{ name: 'Zoë Local', role: '', institution: '', email: '' }]);
  });
  afterAll(async () => {
    db.close();
    await db.delete();
  });

  it('are stored as files, at least 60, each with an expected outcome', () => {
    expect(stored.length).toBeGreaterThanOrEqual(60);
    expect(stored.sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(stored)('%s: refused in plain words (or opened, for the controls), leaving the database byte-identical', async (file) => {
    const bytes = new Uint8Array(readFileSync(new URL(file, folder)));
    const before = await dump(db);
    const read = readArchiveBundle(bytes);
    // The app's reader (checksums by WebCrypto) gives the same answer, word for word.
    expect(await readArchiveBundleQuickly(bytes)).toEqual(read);
    if (expected[file] === 'opens') {
      expect(read.ok).toBe(true);
      return;
    }
    expect(read.ok).toBe(false);
    // A one-session file is refused the same way by the one-session reader.
    expect(readArchiveFile(bytes)).toEqual(read);
    if (read.ok) {
      for (const session of read.bundle.sessions) await importArchive(db, { ...session, exportedAt: read.bundle.exportedAt }, 'new');
      return;
    }
    expect(read.message).toContain(expected[file]);
    const lines = read.message.split('\n');
    expect(lines.length).toBeLessThanOrEqual(12);
    // No validator wording, field paths or stack traces.
    expect(read.message).not.toMatch(/Invalid|expected|received|ZodError|\bat \w+ \(|\w+\.\d+\.\w+|undefined|NaN/);
    expect(await dump(db)).toBe(before);
  });
});
