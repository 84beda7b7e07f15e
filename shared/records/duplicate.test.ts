import { describe, expect, it } from 'vitest';
import { readJsonText } from '../archive';
import v1Text from '../archive/fixtures/v1/spring-roadshow.cocreate?raw';
import { checkArchiveIntegrity } from '../archive/integrity';
import { duplicateRecords } from './duplicate';
import { recordKindList } from './registry';
import { recordsOf, type SessionRecords } from './session-records';

function base(): SessionRecords {
  const read = readJsonText(v1Text);
  if (!read.ok) throw new Error(read.message);
  const { exportedAt: _e, ...records } = read.archive;
  return records;
}

describe('duplicating a session for the next campus', () => {
  it('every record kind states what a duplicate carries', () => {
    for (const kind of recordKindList) expect(kind.duplicate === 'leave' || typeof kind.duplicate === 'function', kind.table).toBe(true);
  });

  it('keeps the agenda and settings, clears the campus, and leaves people and run data behind', () => {
    const records = base();
    const copy = duplicateRecords({ ...records, session: { ...records.session, status: 'finished', unitMode: 'individual' } }, 42);
    expect(copy.session).toMatchObject({ campus: '', venue: '', date: '', startTime: '', status: 'draft', createdAt: 42, updatedAt: 42 });
    expect(copy.session.id).not.toBe(records.session.id);
    expect(copy.session.template).toEqual(records.session.template);
    expect(copy.session.facilitators).toEqual(records.session.facilitators);
    for (const kind of recordKindList) if (kind.table !== 'sessions') expect(recordsOf(copy, kind), kind.table).toEqual([]);
    expect(checkArchiveIntegrity(copy)).toEqual([]);
  });

  it('carries anonymous tables, with new ids, only in tables mode', () => {
    const records = base();
    const tables = records.units.map((u) => ({ ...u, kind: 'table' as const }));
    const copy = duplicateRecords({ ...records, session: { ...records.session, unitMode: 'tables' }, units: tables }, 7);
    expect(copy.units.map((u) => u.name)).toEqual(tables.map((u) => u.name));
    expect(copy.units.every((u) => u.sessionId === copy.session.id && u.createdAt === 7 && !tables.some((t) => t.id === u.id))).toBe(true);
    expect(duplicateRecords({ ...records, session: { ...records.session, unitMode: 'individual' }, units: tables }, 7).units).toEqual([]);
  });
});
