import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { builtInTemplates } from '../../shared/templates';
import type { Template } from '../../shared/template/schema';
import { CoCreateDb, DatabaseTooNewError } from './db';
import { freshDbEachTest } from './test-support/fresh-db';
import { addDelegate, addDelegates, listDelegates, removeDelegate, updateDelegate } from './delegates-repo';
import { ConflictError, ValidationError } from './errors';
import {
  createSession,
  deleteSession,
  duplicateSession,
  getSession,
  listSessions,
  setSessionStatus,
  updateAgendaPhase,
  updateSessionSetup,
} from './sessions-repo';
import { addGroup, assignDelegate, listUnits, removeUnit, setTableCount, setUnitMode, spreadDelegatesAcrossTables } from './units-repo';

let db: CoCreateDb;
const template = builtInTemplates[0] as Template;

freshDbEachTest('test', (fresh) => {
  db = fresh;
});

describe('sessions repository', () => {
  it('creates a draft session with its own copy of the template', async () => {
    const s = await createSession(db, template, 1000);
    expect(s.status).toBe('draft');
    expect(s.template).toEqual(template);
    expect(s.template).not.toBe(template);
    expect(await getSession(db, s.id)).toEqual(s);
  });

  it('lists sessions newest first', async () => {
    const a = await createSession(db, template, 1000);
    const b = await createSession(db, template, 2000);
    await updateSessionSetup(db, a.id, { venue: 'Room 1' }, 3000);
    expect((await listSessions(db)).map((s) => s.id)).toEqual([a.id, b.id]);
  });

  it('round-trips setup fields and rejects an invalid one without saving anything', async () => {
    const s = await createSession(db, template, 1000);
    await updateSessionSetup(db, s.id, { title: 'Roadshow', campus: 'North', date: '2027-01-15', startTime: '10:10', facilitators: ['Ana'] });
    const bad = updateSessionSetup(db, s.id, { campus: 'South', date: '15/01/2027' });
    await expect(bad).rejects.toBeInstanceOf(ValidationError);
    await expect(bad).rejects.toMatchObject({ fieldErrors: { date: 'use a date like 2026-11-23' } });
    const saved = await getSession(db, s.id);
    expect(saved).toMatchObject({ title: 'Roadshow', campus: 'North', date: '2027-01-15', startTime: '10:10', facilitators: ['Ana'] });
  });

  it('rejects an empty title', async () => {
    const s = await createSession(db, template);
    await expect(updateSessionSetup(db, s.id, { title: '  ' })).rejects.toMatchObject({ fieldErrors: { title: 'Title is required' } });
  });

  it("edits the session's agenda copy, not the template", async () => {
    const s = await createSession(db, template);
    const quiz = s.template.phases.find((p) => p.kind === 'quiz')!;
    await updateAgendaPhase(db, s.id, quiz.id, { minutes: 12, facilitatorNotes: 'Keep it brisk' });
    const saved = await getSession(db, s.id);
    expect(saved?.template.phases.find((p) => p.id === quiz.id)).toMatchObject({ minutes: 12, facilitatorNotes: 'Keep it brisk' });
    expect(template.phases.find((p) => p.id === quiz.id)?.minutes).not.toBe(12);
    await expect(updateAgendaPhase(db, s.id, quiz.id, { minutes: -1 })).rejects.toBeInstanceOf(ValidationError);
    await expect(updateAgendaPhase(db, s.id, quiz.id, { selectedStatementIds: ['no-such-statement'] })).rejects.toBeInstanceOf(ValidationError);
  });

  it('reorders the quiz statements and keeps the quiz order; refuses a list that is not a reorder, and any change once started', async () => {
    const s = await createSession(db, template);
    const quiz = s.template.phases.find((p) => p.kind === 'quiz')!;
    if (quiz.kind !== 'quiz') throw new Error('no quiz');
    const order = quiz.statements.map((st) => st.id).reverse();
    const selected = order.filter((id) => quiz.selectedStatementIds.includes(id));
    await updateAgendaPhase(db, s.id, quiz.id, { statementOrder: order, selectedStatementIds: selected });
    const saved = (await getSession(db, s.id))?.template.phases.find((p) => p.id === quiz.id);
    expect(saved?.kind === 'quiz' ? saved.statements.map((st) => st.id) : null).toEqual(order);
    expect(saved?.kind === 'quiz' ? saved.selectedStatementIds : null).toEqual(selected);
    await expect(updateAgendaPhase(db, s.id, quiz.id, { statementOrder: order.slice(1) })).rejects.toMatchObject({
      fieldErrors: { statementOrder: 'The new order must list every statement of the quiz once.' },
    });
    await expect(updateAgendaPhase(db, s.id, quiz.id, { statementOrder: [...order.slice(1), order[1]!] })).rejects.toBeInstanceOf(ValidationError);
    await setSessionStatus(db, s.id, 'running');
    await expect(updateAgendaPhase(db, s.id, quiz.id, { statementOrder: order })).rejects.toBeInstanceOf(ConflictError);
  });

  it('duplicates for the next campus: keeps agenda and facilitators, clears campus, venue, date and delegates', async () => {
    const s = await createSession(db, template);
    const quiz = s.template.phases.find((p) => p.kind === 'quiz')!;
    await updateSessionSetup(db, s.id, { campus: 'North', venue: 'Hall', date: '2027-01-15', startTime: '10:00', facilitators: ['Ana', 'Ben'] });
    await updateAgendaPhase(db, s.id, quiz.id, { minutes: 9 });
    await addDelegates(db, s.id, [{ name: 'Cy', role: '', institution: '', email: '' }]);
    const copy = await duplicateSession(db, s.id);
    expect(copy.id).not.toBe(s.id);
    expect(copy).toMatchObject({ campus: '', venue: '', date: '', startTime: '', facilitators: ['Ana', 'Ben'], status: 'draft' });
    expect(copy.template.phases.find((p) => p.id === quiz.id)?.minutes).toBe(9);
    expect(await listDelegates(db, copy.id)).toEqual([]);
    expect(await listUnits(db, copy.id)).toEqual([]);
  });

  it('duplicates anonymous tables with new ids but not the work or run data written at them', async () => {
    const s = await createSession(db, template);
    await setUnitMode(db, s.id, 'tables');
    await setTableCount(db, s.id, 3);
    const tables = await listUnits(db, s.id);
    await db.mapEntries.add({
      id: crypto.randomUUID(), sessionId: s.id, unitId: tables[0]!.id, columnId: 'c', rowId: 'r', what: 'Board', partner: '',
      frequencyId: null, strengthId: 's', livedExperience: 'unsure', note: '', suggestionId: null, order: 0, createdAt: 0, updatedAt: 0,
    });
    const copy = await duplicateSession(db, s.id, 5000);
    const copied = await listUnits(db, copy.id);
    expect(copied.map((t) => [t.name, t.kind, t.createdAt])).toEqual(tables.map((t) => [t.name, 'table', 5000]));
    expect(copied.some((t) => tables.some((o) => o.id === t.id))).toBe(false);
    expect(await db.mapEntries.where('sessionId').equals(copy.id).count()).toBe(0);
    expect(await listUnits(db, s.id)).toEqual(tables);
  });

  it('deletes a session with all its records', async () => {
    const s = await createSession(db, template);
    const other = await createSession(db, template);
    await addDelegates(db, s.id, [{ name: 'Cy', role: '', institution: '', email: '' }]);
    await addDelegates(db, other.id, [{ name: 'Di', role: '', institution: '', email: '' }]);
    await deleteSession(db, s.id);
    expect(await getSession(db, s.id)).toBeUndefined();
    expect(await db.delegates.count()).toBe(1);
    expect(await db.units.count()).toBe(1);
  });
});

describe('delegates and units', () => {
  const person = (name: string) => ({ name, role: 'Officer', institution: 'SU', email: '' });

  it('gives each delegate a unit of their own in individual mode and keeps names in step', async () => {
    const s = await createSession(db, template);
    const [a] = await addDelegates(db, s.id, [person('Ana'), person('Ben')]);
    const units = await listUnits(db, s.id);
    expect(units.map((u) => [u.kind, u.name])).toEqual([['delegate', 'Ana'], ['delegate', 'Ben']]);
    await updateDelegate(db, a!.id, { name: 'Ana Ruiz' });
    expect((await listUnits(db, s.id))[0]?.name).toBe('Ana Ruiz');
  });

  it('adds a pasted list all-or-nothing', async () => {
    const s = await createSession(db, template);
    await expect(addDelegates(db, s.id, [person('Ok'), person('')])).rejects.toBeInstanceOf(ValidationError);
    expect(await listDelegates(db, s.id)).toEqual([]);
  });

  it('rejects a bad email on edit and keeps the old value', async () => {
    const s = await createSession(db, template);
    const d = await addDelegate(db, s.id, person('Ana'));
    await expect(updateDelegate(db, d.id, { email: 'nope' })).rejects.toBeInstanceOf(ValidationError);
    expect((await listDelegates(db, s.id))[0]?.email).toBe('');
  });

  it('forms named groups and assigns delegates', async () => {
    const s = await createSession(db, template);
    await setUnitMode(db, s.id, 'groups');
    const [a, b] = await addDelegates(db, s.id, [person('Ana'), person('Ben')]);
    expect(await listUnits(db, s.id)).toEqual([]);
    const g = await addGroup(db, s.id, 'Northfield access team');
    await assignDelegate(db, a!.id, g.id);
    await assignDelegate(db, b!.id, g.id);
    expect((await listDelegates(db, s.id)).map((d) => d.unitId)).toEqual([g.id, g.id]);
    await removeUnit(db, g.id);
    expect((await listDelegates(db, s.id)).map((d) => d.unitId)).toEqual([null, null]);
  });

  it('numbers anonymous tables and refuses to remove one that holds work', async () => {
    const s = await createSession(db, template);
    await setUnitMode(db, s.id, 'tables');
    await setTableCount(db, s.id, 4);
    const tables = await listUnits(db, s.id);
    expect(tables.map((t) => t.name)).toEqual(['Table 1', 'Table 2', 'Table 3', 'Table 4']);
    await db.mapEntries.add({
      id: crypto.randomUUID(), sessionId: s.id, unitId: tables[3]!.id, columnId: 'c', rowId: 'r', what: 'Board', partner: '',
      frequencyId: null, strengthId: 's', livedExperience: 'unsure', note: '', suggestionId: null, order: 0, createdAt: 0, updatedAt: 0,
    });
    await expect(setTableCount(db, s.id, 2)).rejects.toBeInstanceOf(ConflictError);
    await setTableCount(db, s.id, 4);
    await expect(setTableCount(db, s.id, -1)).rejects.toBeInstanceOf(ValidationError);
    await expect(setUnitMode(db, s.id, 'individual')).rejects.toBeInstanceOf(ConflictError);
  });

  it('spreads 40 delegates evenly across tables in one go, mixing institutions when asked', async () => {
    const s = await createSession(db, template);
    await setUnitMode(db, s.id, 'tables');
    await expect(spreadDelegatesAcrossTables(db, s.id, { mixInstitutions: false })).rejects.toThrow('Set the number of tables first.');
    await setTableCount(db, s.id, 6);
    const institutions = ['North University', 'North SU', 'South College', 'South SU'];
    await addDelegates(db, s.id, Array.from({ length: 40 }, (_, i) => ({ ...person(`Delegate ${i + 1}`), institution: institutions[Math.floor(i / 10)]! })));
    expect(await spreadDelegatesAcrossTables(db, s.id, { mixInstitutions: false })).toEqual([7, 7, 7, 7, 6, 6]);
    const tables = await listUnits(db, s.id);
    const together = await listDelegates(db, s.id);
    expect(together.slice(0, 7).every((d) => d.unitId === tables[0]!.id)).toBe(true);
    expect(await spreadDelegatesAcrossTables(db, s.id, { mixInstitutions: true })).toEqual([7, 7, 7, 7, 6, 6]);
    const mixed = await listDelegates(db, s.id);
    for (const table of tables) {
      const here = new Set(mixed.filter((d) => d.unitId === table.id).map((d) => d.institution));
      expect(here.size, table.name).toBeGreaterThanOrEqual(3);
    }
  });

  it("removing a delegate removes their own unit and answers", async () => {
    const s = await createSession(db, template);
    const d = await addDelegate(db, s.id, person('Ana'));
    await db.quizAnswers.add({ id: crypto.randomUUID(), sessionId: s.id, statementId: 'q', delegateId: d.id, round: 'before', answer: 'true', answeredAt: 0 });
    const other = await addDelegate(db, s.id, person('Ben'));
    const entry = (unitId: string | null, what: string) => ({
      id: crypto.randomUUID(), sessionId: s.id, unitId: unitId!, columnId: 'c', rowId: 'r', what, partner: '',
      frequencyId: null, strengthId: 's', livedExperience: 'unsure' as const, note: '', suggestionId: null, order: 0, createdAt: 0, updatedAt: 0,
    });
    await db.mapEntries.bulkAdd([entry(d.unitId, 'Ana’s board'), entry(other.unitId, 'Ben’s board')]);
    await removeDelegate(db, d.id);
    expect(await db.units.count()).toBe(1);
    expect(await db.quizAnswers.count()).toBe(0);
    // Their own unit's work goes with it (found through the [sessionId+unitId] index); Ben's stays.
    expect((await db.mapEntries.toArray()).map((e) => e.what)).toEqual(['Ben’s board']);
  });
});

describe('database versioning', () => {
  it('refuses data written by a newer app', async () => {
    await db.meta.put({ key: 'schemaVersion', value: 99 });
    db.close();
    const again = new CoCreateDb(db.name);
    await expect(again.open()).rejects.toSatisfy((e: unknown) => e instanceof DatabaseTooNewError || (e as { inner?: unknown }).inner instanceof DatabaseTooNewError);
    again.close();
  });
});
