import 'fake-indexeddb/auto';
// eslint-disable-next-line no-restricted-imports -- a test reads the stored fixture file
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readArchiveFile, writeArchive, type Archive } from '../../shared/archive';
import { recordKindList } from '../../shared/records/registry';
import { idOf, recordsOf, withRecords } from '../../shared/records/session-records';
import { exportSessionArchive, importArchive } from './archive-repo';
import { CoCreateDb } from './db';
import { readSessionRecords } from './session-records';

const fixture = (): Archive => {
  const read = readArchiveFile(new Uint8Array(readFileSync(new URL('../../shared/archive/fixtures/v2/spring-roadshow.cocreate', import.meta.url))));
  if (!read.ok) throw new Error(read.message);
  return read.archive;
};
const NEW_SESSION = '0000aaaa-0000-4000-8000-000000000001';

let db: CoCreateDb;
beforeEach(async () => {
  db = new CoCreateDb(`safety-${crypto.randomUUID()}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

/** The same records under another session id: ids shared with the original, session new. */
function borrowing(archive: Archive): Archive {
  let out = archive;
  for (const kind of recordKindList) out = withRecords(out, kind, recordsOf(archive, kind).map((r) => ({ ...(r as object), [kind.sessionField]: NEW_SESSION })));
  return out;
}

describe('opening an archive never changes another session', () => {
  it('opens a file whose record ids belong to another session as a copy with new ids, and says so', async () => {
    const original = fixture();
    await importArchive(db, original, 'new');
    const before = JSON.stringify(await db.transaction('r', db.recordTables(), () => readSessionRecords(db, original.session.id)));
    const outcome = await importArchive(db, borrowing(original), 'new');
    expect(outcome.openedAsCopy).toMatch(/same ids as records of another session on this computer, so it was opened as a copy/);
    expect(outcome.sessionId).not.toBe(original.session.id);
    expect(JSON.stringify(await db.transaction('r', db.recordTables(), () => readSessionRecords(db, original.session.id)))).toBe(before);
    const copy = await exportSessionArchive(db, outcome.sessionId);
    expect(copy.delegates.map((d) => d.name)).toEqual(original.delegates.map((d) => d.name));
    expect(await db.sessions.count()).toBe(2);
  });

  it('round-trips a session through a format-3 file into another database unchanged', async () => {
    const original = fixture();
    await importArchive(db, original, 'new');
    const exported = await exportSessionArchive(db, original.session.id, original.exportedAt);
    const read = readArchiveFile(writeArchive(exported, { appVersion: 'test' }));
    expect(read).toEqual({ ok: true, archive: exported, formatVersion: 3 });
  });

  it('whatever a file borrows or breaks, the session already here stays byte-identical (property)', async () => {
    const original = fixture();
    await importArchive(db, original, 'new');
    const before = JSON.stringify(await db.transaction('r', db.recordTables(), () => readSessionRecords(db, original.session.id)));
    const ids = recordKindList.flatMap((k) => recordsOf(original, k).map((r) => idOf(k, r)));
    const kinds = recordKindList.filter((k) => k.cardinality === 'many' && recordsOf(original, k).length > 0);
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ kind: fc.constantFrom(...kinds), index: fc.nat(), borrow: fc.constantFrom(...ids), field: fc.constantFrom('id', 'sessionId', 'unitId', 'name') }), { maxLength: 4 }),
        fc.boolean(),
        async (mutations, newSession) => {
          let archive = newSession ? borrowing(original) : structuredClone(original);
          for (const m of mutations) {
            const list = recordsOf(archive, m.kind).map((r) => ({ ...(r as Record<string, unknown>) }));
            const target = list[m.index % list.length]!;
            if (m.field in target) target[m.field] = m.field === 'name' ? 'Mutated' : m.borrow;
            archive = withRecords(archive, m.kind, list);
          }
          const read = readArchiveFile(writeArchive(archive, { appVersion: 'test', level: 0 }));
          if (read.ok && read.archive.session.id !== original.session.id) await importArchive(db, read.archive, 'new');
          expect(JSON.stringify(await db.transaction('r', db.recordTables(), () => readSessionRecords(db, original.session.id)))).toBe(before);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('merging a file into the copy here (two laptops)', () => {
  it('joins both laptops’ work in one transaction, reports it exactly, and changes nothing the second time', async () => {
    const { mergeArchive, previewArchive, describeMergeReport } = await import('./archive-repo');
    const original = fixture();
    await importArchive(db, original, 'new');
    // The second laptop typed up one more table's entry and renamed a delegate later.
    const second = structuredClone(original);
    second.mapEntries.push({ ...second.mapEntries[0]!, id: '0000cccc-0000-4000-8000-000000000001', what: 'Typed up from paper', updatedAt: original.exportedAt + 5 });
    second.delegates[1] = { ...second.delegates[1]!, name: 'Ben O.', updatedAt: original.exportedAt + 6 };
    second.session = { ...second.session, updatedAt: original.exportedAt + 6 };
    const preview = await previewArchive(db, second);
    expect(preview?.file.counts.mapEntries).toBe(preview!.local.counts.mapEntries + 1);
    expect(preview!.file.updatedAt).toBeGreaterThan(preview!.local.updatedAt);
    const first = await mergeArchive(db, second);
    expect(describeMergeReport(first.report)).toBe(
      'Added 1 map entry; updated 1 session, 1 delegate. A session differed between the two copies; the later change (the one in the file) was kept. A delegate differed between the two copies; the later change (the one in the file) was kept.',
    );
    const merged = await exportSessionArchive(db, original.session.id);
    expect(merged.mapEntries).toHaveLength(original.mapEntries.length + 1);
    expect(merged.delegates.map((d) => d.name)).toEqual(['Ana Silva', 'Ben O.', 'Chloé Martin']);
    const again = await mergeArchive(db, second);
    expect(describeMergeReport(again.report)).toBe('Nothing new: everything in the file was already here.');
  });
});
