import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { statementSummaries } from '../../shared/run/quiz-scoring';
import { addRunMinute, goToPhase, nextPhase, pauseRunTimer, revealAnswer, startRunTimer, toggleBlank } from '../../shared/run/run-state';
import { elapsedMs, remainingMs, timerStatus } from '../../shared/run/timer';
import { quizPhaseOf, selectedStatements } from '../../shared/template/agenda';
import type { Template } from '../../shared/template/schema';
import { builtInTemplates } from '../../shared/templates';
import { CoCreateDb } from './db';
import { addDelegates, listDelegates } from './delegates-repo';
import { ConflictError, ValidationError } from './errors';
import {
  addWalkIn,
  clearQuizAnswer,
  finishSession,
  getRunState,
  listQuizAnswers,
  listQuizTallies,
  recordQuizAnswer,
  reopenSession,
  setQuizTally,
  startSession,
  updateRun,
} from './run-repo';
import { createSession, getSession, setSessionStatus } from './sessions-repo';
import { addGroup, listUnits, setUnitMode } from './units-repo';

const template = builtInTemplates[0] as Template;
const T0 = 1_800_000_000_000;
const MIN = 60_000;
const person = (name: string) => ({ name, role: '', institution: '', email: `${name.toLowerCase()}@example.ac.uk` });

let db: CoCreateDb;

beforeEach(async () => {
  db = new CoCreateDb(`run-test-${crypto.randomUUID()}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

/** A second connection to the same database, as after a reload or a relaunch. */
async function reopenDb(): Promise<CoCreateDb> {
  db.close();
  const again = new CoCreateDb(db.name);
  await again.open();
  db = again;
  return again;
}

describe('starting a session', () => {
  it('moves the session to running with a stopped timer on the first phase', async () => {
    const s = await createSession(db, template, T0);
    const state = await startSession(db, s.id, T0 + 1000);
    expect((await getSession(db, s.id))?.status).toBe('running');
    expect(state).toMatchObject({ sessionId: s.id, currentPhaseId: template.phases[0]!.id, startedAt: T0 + 1000, finishedAt: null });
    expect(state.timer).toMatchObject({ plannedMs: template.phases[0]!.minutes * MIN, runningSince: null, elapsedBeforeMs: 0 });
    expect(await getRunState(db, s.id)).toEqual(state);
  });

  it('starting again (a second click, another window) keeps the run as it is', async () => {
    const s = await createSession(db, template, T0);
    await startSession(db, s.id, T0);
    await updateRun(db, s.id, (st, session) => nextPhase(st, session.template, T0 + MIN), T0 + MIN);
    const again = await startSession(db, s.id, T0 + 2 * MIN);
    expect(again.currentPhaseId).toBe(template.phases[1]!.id);
  });

  it('refuses a missing or finished session', async () => {
    await expect(startSession(db, crypto.randomUUID())).rejects.toBeInstanceOf(ConflictError);
    const s = await createSession(db, template, T0);
    await startSession(db, s.id, T0);
    await finishSession(db, s.id, T0 + MIN);
    await expect(startSession(db, s.id)).rejects.toBeInstanceOf(ConflictError);
  });

  it('refuses changes to a run that has not started', async () => {
    const s = await createSession(db, template, T0);
    await expect(updateRun(db, s.id, (st) => st)).rejects.toBeInstanceOf(ConflictError);
  });
});

describe('phases and the timer', () => {
  it('records the actual time spent when moving to the next phase', async () => {
    const s = await createSession(db, template, T0);
    await startSession(db, s.id, T0);
    await updateRun(db, s.id, (st) => startRunTimer(st, T0), T0);
    // 3½ minutes on the first phase, then on to the quiz.
    const moved = await updateRun(db, s.id, (st, session) => nextPhase(st, session.template, T0 + 3.5 * MIN), T0 + 3.5 * MIN);
    const stored = await getRunState(db, s.id);
    expect(stored).toEqual(moved);
    expect(stored?.phaseActualMs[template.phases[0]!.id]).toBe(3.5 * MIN);
    expect(stored?.completedPhaseIds).toEqual([template.phases[0]!.id]);
    expect(stored?.currentPhaseId).toBe(template.phases[1]!.id);
    // The new phase's timer starts at once, because the previous one was running.
    expect(stored?.timer).toMatchObject({ phaseId: template.phases[1]!.id, runningSince: T0 + 3.5 * MIN, elapsedBeforeMs: 0 });
  });

  it('a running timer keeps counting across a reload from its stored start time', async () => {
    const s = await createSession(db, template, T0);
    await startSession(db, s.id, T0);
    await updateRun(db, s.id, (st) => addRunMinute(startRunTimer(st, T0), T0), T0);
    const reloaded = await reopenDb();
    const state = await getRunState(reloaded, s.id);
    expect(state).toBeDefined();
    // Ten minutes after the start — for example after a crash — the timer has overrun by 6.
    const later = T0 + 10 * MIN;
    expect(timerStatus(state!.timer, later)).toBe('running');
    expect(elapsedMs(state!.timer, later)).toBe(10 * MIN);
    expect(remainingMs(state!.timer, later)).toBe((template.phases[0]!.minutes + 1 - 10) * MIN);
  });

  it('a paused timer stays paused across a reload', async () => {
    const s = await createSession(db, template, T0);
    await startSession(db, s.id, T0);
    await updateRun(db, s.id, (st) => startRunTimer(st, T0), T0);
    await updateRun(db, s.id, (st) => pauseRunTimer(st, T0 + 90_000), T0 + 90_000);
    const state = await getRunState(await reopenDb(), s.id);
    expect(timerStatus(state!.timer, T0 + 60 * MIN)).toBe('paused');
    expect(elapsedMs(state!.timer, T0 + 60 * MIN)).toBe(90_000);
  });

  it('stores projector flags and leaves the state alone when a transition changes nothing', async () => {
    const s = await createSession(db, template, T0);
    const started = await startSession(db, s.id, T0);
    const same = await updateRun(db, s.id, (st) => st, T0 + 1);
    expect(same).toEqual(started);
    await updateRun(db, s.id, (st) => toggleBlank(st, T0 + 2), T0 + 2);
    expect((await getRunState(db, s.id))?.projector.blank).toBe(true);
  });

  it('rejects a transition that produces an invalid state and keeps the stored one', async () => {
    const s = await createSession(db, template, T0);
    const started = await startSession(db, s.id, T0);
    await expect(updateRun(db, s.id, (st) => ({ ...st, currentPhaseId: 'Not A Slug' }), T0 + 1)).rejects.toThrow();
    expect(await getRunState(db, s.id)).toEqual(started);
  });
});

describe('finish and reopen', () => {
  it('finishing records the last phase and sets finished; reopening makes it running again with the time kept', async () => {
    const s = await createSession(db, template, T0);
    await startSession(db, s.id, T0);
    const last = template.phases[template.phases.length - 1]!;
    await updateRun(db, s.id, (st, session) => startRunTimer(goToPhase(st, session.template, last.id, T0), T0), T0);
    const finished = await finishSession(db, s.id, T0 + 5 * MIN);
    expect((await getSession(db, s.id))?.status).toBe('finished');
    expect(finished.finishedAt).toBe(T0 + 5 * MIN);
    expect(finished.phaseActualMs[last.id]).toBe(5 * MIN);
    expect(finished.completedPhaseIds).toContain(last.id);
    expect(finished.timer.runningSince).toBeNull();

    const reopened = await reopenSession(db, s.id, T0 + 60 * MIN);
    expect((await getSession(db, s.id))?.status).toBe('running');
    expect(reopened).toMatchObject({ finishedAt: null, currentPhaseId: last.id });
    expect(reopened.phaseActualMs[last.id]).toBe(5 * MIN);
    expect(elapsedMs(reopened.timer, T0 + 61 * MIN)).toBe(0);

    // Finishing again adds only the time since reopening, not the hour it was closed.
    await updateRun(db, s.id, (st) => startRunTimer(st, T0 + 61 * MIN), T0 + 61 * MIN);
    const again = await finishSession(db, s.id, T0 + 62 * MIN);
    // Wall-clock time since reopening (60 → 62 min) is added to the 5 recorded.
    expect(again.phaseActualMs[last.id]).toBe(7 * MIN);
  });
});

describe('quiz answers and tallies', () => {
  const quiz = quizPhaseOf(template)!;
  const [s1, s2] = selectedStatements(quiz);

  it('persists per-delegate answers, one per delegate, statement and round', async () => {
    const s = await createSession(db, template, T0);
    const [ana, ben] = await addDelegates(db, s.id, [person('Ana'), person('Ben')]);
    await startSession(db, s.id, T0);
    await recordQuizAnswer(db, { sessionId: s.id, statementId: s1!.id, delegateId: ana!.id, round: 'before', answer: 'false' }, T0 + 1);
    // Ana changes her mind: the new answer replaces the old.
    await recordQuizAnswer(db, { sessionId: s.id, statementId: s1!.id, delegateId: ana!.id, round: 'before', answer: 'true' }, T0 + 2);
    await recordQuizAnswer(db, { sessionId: s.id, statementId: s1!.id, delegateId: ben!.id, round: 'before', answer: 'unsure' }, T0 + 3);
    await recordQuizAnswer(db, { sessionId: s.id, statementId: s1!.id, delegateId: ben!.id, round: 'after', answer: 'true' }, T0 + 4);
    await recordQuizAnswer(db, { sessionId: s.id, statementId: s2!.id, delegateId: ben!.id, round: 'before', answer: 'false' }, T0 + 5);

    const answers = await listQuizAnswers(await reopenDb(), s.id);
    expect(answers).toHaveLength(4);
    const before = statementSummaries([s1!], answers, 'per-delegate', 'before')[0]!;
    expect(before.counts).toEqual({ trueCount: 1, falseCount: 0, unsureCount: 1, total: 2 });
    const after = statementSummaries([s1!], answers, 'per-delegate', 'after')[0]!;
    expect(after.counts.total).toBe(1);

    await clearQuizAnswer(db, { sessionId: s.id, statementId: s1!.id, delegateId: ben!.id, round: 'before' });
    expect(statementSummaries([s1!], await listQuizAnswers(db, s.id), 'per-delegate', 'before')[0]!.counts.total).toBe(1);
  });

  it('refuses an answer from someone outside the session or to a statement outside the quiz', async () => {
    const s = await createSession(db, template, T0);
    const other = await createSession(db, template, T0);
    const [stranger] = await addDelegates(db, other.id, [person('Cy')]);
    const [ana] = await addDelegates(db, s.id, [person('Ana')]);
    await expect(recordQuizAnswer(db, { sessionId: s.id, statementId: s1!.id, delegateId: stranger!.id, round: 'before', answer: 'true' })).rejects.toBeInstanceOf(ConflictError);
    await expect(recordQuizAnswer(db, { sessionId: s.id, statementId: 'no-such-statement', delegateId: ana!.id, round: 'before', answer: 'true' })).rejects.toBeInstanceOf(ConflictError);
    expect(await listQuizAnswers(db, s.id)).toEqual([]);
  });

  it('keeps one tally per statement and round, updated in place', async () => {
    const s = await createSession(db, template, T0);
    await startSession(db, s.id, T0);
    const first = await setQuizTally(db, { sessionId: s.id, statementId: s1!.id, round: 'before', trueCount: 3, falseCount: 1, unsureCount: 0 }, T0 + 1);
    const second = await setQuizTally(db, { sessionId: s.id, statementId: s1!.id, round: 'before', trueCount: 12, falseCount: 5, unsureCount: 3 }, T0 + 2);
    expect(second.id).toBe(first.id);
    await setQuizTally(db, { sessionId: s.id, statementId: s2!.id, round: 'before', trueCount: 0, falseCount: 0, unsureCount: 20 }, T0 + 3);
    const tallies = await listQuizTallies(await reopenDb(), s.id);
    expect(tallies).toHaveLength(2);
    const [a, b] = statementSummaries([s1!, s2!], tallies, 'tally', 'before');
    expect(a?.counts).toEqual({ trueCount: 12, falseCount: 5, unsureCount: 3, total: 20 });
    expect(a?.shareCorrect).toBe(s1!.answer ? 12 / 20 : 5 / 20);
    expect(b?.shareCorrect).toBe(0);
  });

  it('rejects negative or fractional counts and saves nothing', async () => {
    const s = await createSession(db, template, T0);
    const bad = setQuizTally(db, { sessionId: s.id, statementId: s1!.id, round: 'before', trueCount: -1, falseCount: 2.5, unsureCount: 0 });
    await expect(bad).rejects.toBeInstanceOf(ValidationError);
    await expect(bad).rejects.toMatchObject({ fieldErrors: { trueCount: 'True: cannot be negative' } });
    expect(await listQuizTallies(db, s.id)).toEqual([]);
  });

  it('a revealed statement stays revealed after a reload', async () => {
    const s = await createSession(db, template, T0);
    await startSession(db, s.id, T0);
    await updateRun(db, s.id, (st, session) => revealAnswer(goToPhase(st, session.template, quiz.id, T0 + 1), T0 + 1), T0 + 1);
    expect((await getRunState(await reopenDb(), s.id))?.quiz).toEqual({ round: 'before', statementIndex: 0, revealed: true });
  });
});

describe('walk-ins', () => {
  it('adds a walk-in with their own unit in individual mode', async () => {
    const s = await createSession(db, template, T0);
    await startSession(db, s.id, T0);
    const d = await addWalkIn(db, s.id, person('Wyn'), null);
    expect(d.walkIn).toBe(true);
    expect((await listUnits(db, s.id)).map((u) => u.name)).toEqual(['Wyn']);
  });

  it('adds a walk-in straight into a group', async () => {
    const s = await createSession(db, template, T0);
    await setUnitMode(db, s.id, 'groups');
    const group = await addGroup(db, s.id, 'Late table');
    await setSessionStatus(db, s.id, 'running');
    await addWalkIn(db, s.id, person('Wyn'), group.id);
    expect(await listDelegates(db, s.id)).toMatchObject([{ name: 'Wyn', unitId: group.id, walkIn: true }]);
  });

  it('adds nothing when the unit is not in the session', async () => {
    const s = await createSession(db, template, T0);
    const other = await createSession(db, template, T0);
    await setUnitMode(db, s.id, 'groups');
    await setUnitMode(db, other.id, 'groups');
    const foreign = await addGroup(db, other.id, 'Elsewhere');
    await expect(addWalkIn(db, s.id, person('Wyn'), foreign.id)).rejects.toBeInstanceOf(ConflictError);
    expect(await listDelegates(db, s.id)).toEqual([]);
  });
});

describe('reopening without a stored run', () => {
  it('gives a finished session that holds no run a fresh one on the first phase', async () => {
    const s = await createSession(db, template, T0);
    await setSessionStatus(db, s.id, 'finished');
    const state = await reopenSession(db, s.id, T0 + 1);
    expect(state).toMatchObject({ currentPhaseId: template.phases[0]!.id, finishedAt: null });
    expect((await getSession(db, s.id))?.status).toBe('running');
  });
});
