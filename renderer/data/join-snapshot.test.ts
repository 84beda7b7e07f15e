import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { consoleSnapshotSchema, viewForDevice } from '../../shared/join';
import { goToPhase, setQuizStatement } from '../../shared/run/run-state';
import { mappingPhaseOf, quizPhaseOf, selectedStatements } from '../../shared/template/agenda';
import { builtInTemplates } from '../../shared/templates';
import { emptyMapEntryInput } from '../../shared/work/map-entry-input';
import type { CoCreateDb } from './db';
import { addDelegates, listDelegates } from './delegates-repo';
import { loadJoinSnapshot } from './join-snapshot';
import { finishSession, recordQuizAnswer, startSession, updateRun } from './run-repo';
import { createSession, updateSessionSetup } from './sessions-repo';
import { freshDbEachTest } from './test-support/fresh-db';
import { assignDelegate, listUnits, setTableCount, setUnitMode } from './units-repo';
import { addMapEntry } from './work-repo';

let db: CoCreateDb;
freshDbEachTest('join-snapshot', (fresh) => {
  db = fresh;
});

describe('loadJoinSnapshot', () => {
  it('follows the run, passes the relay’s schema, and leaves out emails and facilitator notes', async () => {
    const session = await createSession(db, builtInTemplates[0]!, 1000);
    await setUnitMode(db, session.id, 'tables', 1000);
    await setTableCount(db, session.id, 2, 1000);
    const units = await listUnits(db, session.id);
    await addDelegates(db, session.id, [
      { name: 'Ada Lovelace', role: 'Officer', institution: 'Uni', email: 'ada@example.ac.uk' },
      { name: 'Grace Hopper', role: '', institution: '', email: 'grace@example.ac.uk' },
    ]);
    const [ada, grace] = await listDelegates(db, session.id);
    await assignDelegate(db, ada!.id, units[0]!.id);
    await updateSessionSetup(db, session.id, { quizMode: 'per-delegate' });
    await startSession(db, session.id, 2000);

    expect(await loadJoinSnapshot(db, 'not-a-session', true)).toBeNull();
    const quiz = quizPhaseOf(session.template)!;
    const statements = selectedStatements(quiz);
    await updateRun(db, session.id, (s, ses) => setQuizStatement(goToPhase(s, ses.template, quiz.id, 3000), ses.template, 1, 3000));
    await recordQuizAnswer(db, { sessionId: session.id, statementId: statements[0]!.id, delegateId: ada!.id, round: 'before', answer: 'true' });
    await recordQuizAnswer(db, { sessionId: session.id, statementId: statements[0]!.id, delegateId: grace!.id, round: 'before', answer: 'false' });
    const mapping = mappingPhaseOf(session.template)!;
    await addMapEntry(db, session.id, units[0]!.id, emptyMapEntryInput({ columnId: mapping.columns[0]!.id, rowId: mapping.rows[0]!.id, what: 'Trustee board', strengthId: mapping.strengths[1]!.id }));

    const snapshot = (await loadJoinSnapshot(db, session.id, true))!;
    expect(consoleSnapshotSchema.parse(snapshot)).toEqual(snapshot);
    expect(snapshot.phase).toMatchObject({ id: quiz.id, kind: 'quiz' });
    expect(snapshot.quiz).toEqual({ statementId: statements[1]!.id, round: 'before', text: statements[1]!.text, acceptsAnswers: true });
    expect(snapshot.tables[units[0]!.id]!.entries.map((e) => e.what)).toEqual(['Trustee board']);
    expect(snapshot.tables[units[1]!.id]).toEqual({ entries: [], channels: [], actions: [] });
    expect(snapshot.quizAnswers[ada!.id]).toEqual([{ statementId: statements[0]!.id, round: 'before', answer: 'true' }]);
    const text = JSON.stringify(snapshot);
    expect(text).not.toContain('example.ac.uk');
    for (const phase of session.template.phases) if (phase.facilitatorNotes.length > 20) expect(text).not.toContain(phase.facilitatorNotes);

    // Ada's phone sees her own answers only.
    const view = viewForDevice(snapshot, { kind: 'delegate', delegateId: ada!.id })!;
    expect(view.yourQuizAnswers).toEqual([{ statementId: statements[0]!.id, round: 'before', answer: 'true' }]);

    await finishSession(db, session.id, 9000);
    const finished = (await loadJoinSnapshot(db, session.id, true))!;
    expect(finished.finished).toBe(true);
    expect(finished.quiz).toBeNull();
  });
});
