import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Archive } from '../../shared/archive';
import { builtInTemplates } from '../../shared/templates';
import type { Template } from '../../shared/template/schema';
import {
  archiveFileName,
  archiveImportKind,
  exportSessionArchive,
  importArchive,
  readArchiveText,
  serializeArchive,
} from './archive-repo';
import { CoCreateDb } from './db';
import { addDelegates } from './delegates-repo';
import { createSession, updateSessionSetup } from './sessions-repo';

let source: CoCreateDb;
let target: CoCreateDb;
const template = builtInTemplates[0] as Template;

beforeEach(async () => {
  source = new CoCreateDb(`src-${crypto.randomUUID()}`);
  target = new CoCreateDb(`dst-${crypto.randomUUID()}`);
  await Promise.all([source.open(), target.open()]);
});
afterEach(async () => {
  for (const db of [source, target]) {
    db.close();
    await db.delete();
  }
});

async function seed(): Promise<{ archive: Archive; sessionId: string }> {
  const s = await createSession(source, template, 1000);
  await updateSessionSetup(source, s.id, { campus: 'North', date: '2027-01-15' });
  const [d] = await addDelegates(source, s.id, [
    { name: 'Ana', role: 'VP', institution: 'SU', email: 'ana@example.org' },
    { name: 'Ben', role: '', institution: '', email: '' },
  ]);
  const unitId = d!.unitId!;
  await source.mapEntries.add({
    id: crypto.randomUUID(), sessionId: s.id, unitId, columnId: 'col-inst-governance', rowId: 'row-access', what: 'APP steering group',
    partner: 'VP Education', frequencyId: null, strengthId: 'str-consulted', livedExperience: 'unsure', note: '', suggestionId: null, order: 0, createdAt: 1, updatedAt: 1,
  });
  await source.quizAnswers.add({ id: crypto.randomUUID(), sessionId: s.id, statementId: 'su-q-opt-out', delegateId: d!.id, round: 'before', answer: 'true', answeredAt: 2 });
  return { archive: await exportSessionArchive(source, s.id, 5000), sessionId: s.id };
}

describe('session archives', () => {
  it('round-trips a session through the file text into another database', async () => {
    const { archive, sessionId } = await seed();
    const read = readArchiveText(serializeArchive(archive));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(await archiveImportKind(target, read.archive)).toBe('new');
    expect(await importArchive(target, read.archive, 'new')).toEqual({ sessionId, openedAsCopy: null });
    expect(await exportSessionArchive(target, sessionId, 5000)).toEqual(archive);
  });

  it('opens a second copy with new ids and intact references', async () => {
    const { archive, sessionId } = await seed();
    await importArchive(target, archive, 'new');
    expect(await archiveImportKind(target, archive)).toBe('exists');
    await expect(importArchive(target, archive, 'new')).rejects.toThrow(/already on this computer/);
    const { sessionId: copyId } = await importArchive(target, archive, 'copy', 9000);
    expect(copyId).not.toBe(sessionId);
    const copy = await exportSessionArchive(target, copyId);
    expect(copy.delegates.map((d) => d.name)).toEqual(['Ana', 'Ben']);
    const unitIds = new Set(copy.units.map((u) => u.id));
    expect(copy.delegates.every((d) => d.unitId && unitIds.has(d.unitId))).toBe(true);
    expect(copy.mapEntries[0]?.unitId && unitIds.has(copy.mapEntries[0].unitId)).toBe(true);
    expect(copy.quizAnswers[0]?.delegateId).toBe(copy.delegates[0]?.id);
    expect(copy.delegates.some((d) => archive.delegates.some((o) => o.id === d.id))).toBe(false);
    expect(await target.sessions.count()).toBe(2);
  });

  it('replaces the local copy when asked', async () => {
    const { archive, sessionId } = await seed();
    await importArchive(target, archive, 'new');
    await target.delegates.where('sessionId').equals(sessionId).modify({ name: 'Changed locally' });
    await importArchive(target, archive, 'replace');
    const again = await exportSessionArchive(target, sessionId, 5000);
    expect(again.delegates.map((d) => d.name)).toEqual(['Ana', 'Ben']);
    expect(await target.sessions.count()).toBe(1);
  });

  it('names the file after title, campus and date', async () => {
    const { archive } = await seed();
    expect(archiveFileName(archive)).toBe("Co-creation with students' unions - North - 2027-01-15.cocreate");
  });

  it.each([
    ['not JSON', '{"formatVersion": 1,', /not a Co-Create Studio archive. It is not readable/],
    ['no version', '{"hello": "world"}', /does not say which format/],
    ['a future version', '{"formatVersion": 7}', /newer version of Co-Create Studio \(format 7\)/],
    ['a wrong field', null, /^This archive was not opened:\nSome session details have values this app cannot accept\.$/],
    ['a broken reference', 'broken-ref', /refers? to a unit that is not in the file/],
  ])('rejects %s with a clear message', async (_name, text, message) => {
    const { archive } = await seed();
    let input = text;
    if (text === null) input = serializeArchive({ ...archive, session: { ...archive.session, status: 'paused' as never } });
    if (text === 'broken-ref') input = serializeArchive({ ...archive, units: [] , delegates: archive.delegates.map((d) => ({ ...d, unitId: null })), quizAnswers: [] });
    const result = readArchiveText(input!);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
    expect(await target.sessions.count()).toBe(0);
  });
});
