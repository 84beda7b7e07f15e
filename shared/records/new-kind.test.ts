import { describe, expect, it, vi } from 'vitest';
import { readJsonText } from '../archive';
import v1Text from '../archive/fixtures/v1/spring-roadshow.cocreate?raw';
import { checkArchiveIntegrity } from '../archive/integrity';
import { reidentifyRecords } from '../archive/reidentify';
import { duplicateRecords } from './duplicate';
import { mergeSessions } from './merge';
import type * as RegistryModule from './registry';
import type { RecordKind } from './registry';
import type { SessionRecords } from './session-records';

/*
 * "Adding a kind is one entry plus its schema": this adds a kind to the registry the way a developer
 * would (one entry, nothing else edited) and checks that duplicate, merge, re-identification and the
 * integrity check all handle it.
 */

interface Note {
  id: string;
  sessionId: string;
  unitId: string;
  text: string;
  createdAt: number;
  updatedAt: number;
}

vi.mock('./registry', async (importOriginal) => {
  const actual = await importOriginal<typeof RegistryModule>();
  // Imported here: vi.mock runs before the file's own imports.
  const { z } = await import('zod');
  const noteSchema = z.object({ id: z.string(), sessionId: z.string(), unitId: z.string(), text: z.string(), createdAt: z.number(), updatedAt: z.number() });
  const notes: RecordKind<Note> = {
    table: 'notes',
    one: 'note',
    many: 'notes',
    schema: noteSchema,
    indexes: 'id, sessionId, unitId',
    idField: 'id',
    sessionField: 'sessionId',
    cardinality: 'many',
    updatedField: 'updatedAt',
    references: [{ path: 'unitId', to: { kind: 'units' }, noun: 'a unit' }],
    // Notes follow their unit to the next campus.
    duplicate: (note) => note,
  };
  const recordKinds = { ...actual.recordKinds, notes };
  return { ...actual, recordKinds, recordKindList: Object.values(recordKinds) };
});

type WithNotes = SessionRecords & { notes: Note[] };

function base(): WithNotes {
  const read = readJsonText(v1Text);
  if (!read.ok) throw new Error(read.message);
  const { exportedAt: _e, ...records } = read.archive;
  // In tables mode the tables carry over to a duplicate, so the notes on them can too.
  const session = { ...records.session, unitMode: 'tables' as const };
  const units = records.units.map((u) => ({ ...u, kind: 'table' as const }));
  const notes = units.slice(0, 2).map((u, i) => ({ id: `note-${i}`, sessionId: session.id, unitId: u.id, text: `Note ${i}`, createdAt: 1, updatedAt: 1 }));
  return { ...records, session, units, notes };
}

describe('a record kind added to the registry and nothing else', () => {
  it('is duplicated by its rule, with new ids that follow its references', () => {
    const records = base();
    let n = 0;
    const copy = duplicateRecords(records, 99, () => `new-${n++}`) as WithNotes;
    expect(copy.notes.map((note) => note.text)).toEqual(['Note 0', 'Note 1']);
    for (const note of copy.notes) {
      expect(note.id.startsWith('new-')).toBe(true);
      expect(note.sessionId).toBe(copy.session.id);
      expect(copy.units.map((u) => u.id)).toContain(note.unitId);
      expect(note.updatedAt).toBe(99);
    }
    expect(checkArchiveIntegrity(copy)).toEqual([]);
  });

  it('is re-identified and checked for broken references', () => {
    const records = base();
    const fresh = reidentifyRecords(records) as WithNotes;
    expect(fresh.notes[0]!.unitId).not.toBe(records.notes[0]!.unitId);
    expect(checkArchiveIntegrity(fresh)).toEqual([]);
    const broken = { ...records, notes: [{ ...records.notes[0]!, unitId: 'gone' }] };
    expect(checkArchiveIntegrity(broken).join(' ')).toMatch(/note/);
  });

  it('is merged by id, newer edit winning, and dropped with its deleted unit', () => {
    const local = base();
    const incoming = structuredClone(local);
    incoming.notes[0]!.text = 'Edited on the other laptop';
    incoming.notes[0]!.updatedAt = 2;
    incoming.notes.push({ ...local.notes[1]!, id: 'note-new', text: 'Added there' });
    const { merged, report } = mergeSessions(local, incoming);
    expect((merged as WithNotes).notes.map((note) => note.text).sort()).toEqual(['Added there', 'Edited on the other laptop', 'Note 1']);
    expect(report.added.notes).toBe(1);
    expect(report.updated.notes).toBe(1);
    const unitGone = { ...incoming, units: incoming.units.filter((u) => u.id !== local.notes[1]!.unitId) };
    const tombstone = { id: local.notes[1]!.unitId, sessionId: local.session.id, kind: 'units' as const, deletedAt: Date.UTC(2100, 0, 1) };
    const after = mergeSessions(local, { ...unitGone, tombstones: [...unitGone.tombstones, tombstone] }).merged as WithNotes;
    expect(after.notes.some((note) => note.unitId === local.notes[1]!.unitId)).toBe(false);
  });
});
