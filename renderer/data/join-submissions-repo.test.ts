import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { DeviceSummary, Submission } from '../../shared/join';
import type { Session, Unit } from '../../shared/session/schema';
import { actionPlanPhaseOf, mappingPhaseOf, quizPhaseOf } from '../../shared/template/agenda';
import { builtInTemplates } from '../../shared/templates';
import { emptyActionInput } from '../../shared/work/action-input';
import { emptyChannelInput } from '../../shared/work/channel-input';
import { emptyMapEntryInput } from '../../shared/work/map-entry-input';
import type { CoCreateDb } from './db';
import { addDelegates, listDelegates } from './delegates-repo';
import { applyJoinSubmission, listJoinReceipts } from './join-submissions-repo';
import { eraseDelegateFromSession } from './privacy-repo';
import { finishSession, listQuizAnswers, startSession } from './run-repo';
import { createSession, getSession, updateSessionSetup } from './sessions-repo';
import { freshDbEachTest } from './test-support/fresh-db';
import { assignDelegate, listUnits, setTableCount, setUnitMode } from './units-repo';
import { listActions, listChannels, listMapEntries } from './work-repo';

let db: CoCreateDb;
let session: Session;
let units: Unit[];
let delegateIds: string[];
const TODAY = '2027-01-15';

freshDbEachTest('join-submissions', (fresh) => {
  db = fresh;
});

async function setUp() {
  session = await createSession(db, builtInTemplates[0]!, 1000);
  await setUnitMode(db, session.id, 'tables', 1000);
  await setTableCount(db, session.id, 2, 1000);
  units = await listUnits(db, session.id);
  await addDelegates(db, session.id, [
    { name: 'Ada Lovelace', role: '', institution: '', email: '' },
    { name: 'Grace Hopper', role: '', institution: '', email: '' },
  ]);
  delegateIds = (await listDelegates(db, session.id)).map((d) => d.id);
  await assignDelegate(db, delegateIds[0]!, units[0]!.id);
  await updateSessionSetup(db, session.id, { quizMode: 'per-delegate' });
  await startSession(db, session.id, 2000);
  session = (await getSession(db, session.id))!;
}

function device(as: DeviceSummary['as'], label = 'Table 1'): DeviceSummary {
  return { deviceId: `d-${as.kind}-device-1`, as, label, joinedAt: 1, lastSeenAt: 1, stored: 0, connected: true };
}

function mapEntry(what = 'SU trustee board'): Submission {
  const mapping = mappingPhaseOf(session.template)!;
  return {
    kind: 'map-entry',
    input: emptyMapEntryInput({ columnId: mapping.columns[0]!.id, rowId: mapping.rows[0]!.id, what, strengthId: mapping.strengths[1]!.id }),
  };
}

const apply = (clientId: string, dev: DeviceSummary, submission: Submission, now = 5000) =>
  applyJoinSubmission(db, session.id, { clientId, device: dev, submission }, { today: TODAY, now });

describe('applyJoinSubmission', () => {
  it("stores a table phone's map entry, channel and action for its own table through the keyboard's repositories", async () => {
    await setUp();
    const table = device({ kind: 'table', unitId: units[1]!.id });
    const entry = await apply('client-entry-1', table, mapEntry());
    const channel = await apply('client-chan-01', table, { kind: 'channel', input: emptyChannelInput({ name: 'Course reps WhatsApp' }) });
    const plan = actionPlanPhaseOf(session.template)!;
    const action = await apply('client-act-001', table, { kind: 'action', input: emptyActionInput({ what: 'Pay student reviewers', owner: 'Head of access', priorityId: plan.priorities[0]?.id ?? null }) });
    expect([entry.status, channel.status, action.status]).toEqual(['stored', 'stored', 'stored']);
    expect((await listMapEntries(db, session.id)).map((e) => [e.unitId, e.what])).toEqual([[units[1]!.id, 'SU trustee board']]);
    expect((await listChannels(db, session.id)).map((c) => [c.unitId, c.name])).toEqual([[units[1]!.id, 'Course reps WhatsApp']]);
    expect((await listActions(db, session.id)).map((a) => [a.unitId, a.what])).toEqual([[units[1]!.id, 'Pay student reviewers']]);
    expect((await getSession(db, session.id))!.updatedAt).toBe(5000);
  });

  it('never stores a resend twice, and answers it with the first record id', async () => {
    await setUp();
    const table = device({ kind: 'table', unitId: units[0]!.id });
    const first = await apply('client-same-01', table, mapEntry(), 5000);
    const again = await apply('client-same-01', table, mapEntry(), 6000);
    const third = await apply('client-same-01', device({ kind: 'table', unitId: units[0]!.id }, 'rejoined'), mapEntry(), 7000);
    expect(first).toMatchObject({ status: 'stored' });
    expect(again).toEqual(first);
    expect(third).toEqual(first);
    expect(await listMapEntries(db, session.id)).toHaveLength(1);
    expect(await listJoinReceipts(db, session.id)).toEqual([
      { clientId: 'client-same-01', deviceId: 'd-table-device-1', deviceLabel: 'Table 1', delegateId: null, kind: 'map-entry', recordId: (first as { recordId: string }).recordId, summary: 'SU trustee board', at: 5000 },
    ]);
  });

  it('writes a delegate phone to its delegate’s table, and records its quiz answers under its own name', async () => {
    await setUp();
    const ada = device({ kind: 'delegate', delegateId: delegateIds[0]! }, 'Ada Lovelace');
    const statement = quizPhaseOf(session.template)!.statements[0]!;
    expect(await apply('client-entry-2', ada, mapEntry('Ada’s entry'))).toMatchObject({ status: 'stored' });
    expect((await listMapEntries(db, session.id))[0]!.unitId).toBe(units[0]!.id);
    await apply('client-quiz-01', ada, { kind: 'quiz-answer', statementId: statement.id, round: 'before', answer: 'true' }, 6000);
    await apply('client-quiz-02', ada, { kind: 'quiz-answer', statementId: statement.id, round: 'before', answer: 'false' }, 7000);
    expect((await listQuizAnswers(db, session.id)).map((a) => [a.delegateId, a.answer])).toEqual([[delegateIds[0], 'false']]);
    expect((await listJoinReceipts(db, session.id)).map((r) => r.summary)).toEqual(['Statement 1: False', 'Statement 1: True', 'Ada’s entry']);
  });

  it('refuses with plain words and stores nothing: invalid fields, a table quiz answer, a delegate with no table, a tally quiz, a finished session', async () => {
    await setUp();
    const table = device({ kind: 'table', unitId: units[0]!.id });
    const bad = await apply('client-bad-001', table, mapEntry('   '));
    expect(bad).toMatchObject({ status: 'rejected', message: expect.stringMatching(/^Map entry not saved: .*required/), fields: { what: expect.any(String) } });

    const statement = quizPhaseOf(session.template)!.statements[0]!;
    const answer: Submission = { kind: 'quiz-answer', statementId: statement.id, round: 'before', answer: 'true' };
    expect(await apply('client-bad-002', table, answer)).toEqual({ status: 'rejected', message: 'Quiz answers come from a phone joined by name, not by table.' });
    const grace = device({ kind: 'delegate', delegateId: delegateIds[1]! }, 'Grace Hopper');
    expect(await apply('client-bad-003', grace, mapEntry())).toMatchObject({ status: 'rejected', message: expect.stringMatching(/not at a table yet/) });
    const other = device({ kind: 'table', unitId: '0f0e0d0c-0b0a-4909-8807-060504030201' });
    expect(await apply('client-bad-004', other, mapEntry())).toMatchObject({ status: 'rejected', message: expect.stringMatching(/no longer in the session/) });

    await updateSessionSetup(db, session.id, { quizMode: 'tally' });
    expect(await apply('client-bad-005', grace, answer)).toMatchObject({ status: 'rejected', message: expect.stringMatching(/show of hands/) });
    await finishSession(db, session.id, 9000);
    expect(await apply('client-bad-006', table, mapEntry())).toMatchObject({ status: 'rejected', message: expect.stringMatching(/finished/) });

    expect(await listMapEntries(db, session.id)).toEqual([]);
    expect(await listQuizAnswers(db, session.id)).toEqual([]);
    expect(await listJoinReceipts(db, session.id)).toEqual([]);
  });

  it('a refused submission sent again after the fault is fixed is stored once', async () => {
    await setUp();
    const grace = device({ kind: 'delegate', delegateId: delegateIds[1]! }, 'Grace Hopper');
    expect(await apply('client-retry-1', grace, mapEntry())).toMatchObject({ status: 'rejected' });
    await assignDelegate(db, delegateIds[1]!, units[1]!.id);
    expect(await apply('client-retry-1', grace, mapEntry())).toMatchObject({ status: 'stored' });
    expect(await apply('client-retry-1', grace, mapEntry())).toMatchObject({ status: 'stored' });
    expect(await listMapEntries(db, session.id)).toHaveLength(1);
  });

  it('erasing a delegate forgets their phone’s receipts and any receipt naming them, and keeps the rest', async () => {
    await setUp();
    await assignDelegate(db, delegateIds[1]!, units[1]!.id);
    const ada = device({ kind: 'delegate', delegateId: delegateIds[0]! }, 'Ada Lovelace');
    const grace = { ...device({ kind: 'delegate', delegateId: delegateIds[1]! }, 'Grace Hopper'), deviceId: 'd-grace-device' };
    const table = device({ kind: 'table', unitId: units[1]!.id }, 'Table 2');
    await apply('client-ada-001', ada, mapEntry('Ada’s entry'));
    await apply('client-tab-001', table, mapEntry('Asked ada lovelace about reps'));
    await apply('client-grc-001', grace, mapEntry('Grace’s entry'));
    await eraseDelegateFromSession(db, session.id, delegateIds[0]!);
    expect((await listJoinReceipts(db, session.id)).map((r) => r.clientId)).toEqual(['client-grc-001']);
  });
});
