import { newId } from '../../shared/ids';
import { finishRun, reopenRun, startRun } from '../../shared/run/run-state';
import {
  quizAnswerSchema,
  quizTallySchema,
  runStateSchema,
  type QuizAnswer,
  type QuizAnswerValue,
  type QuizRound,
  type QuizTally,
  type RunState,
} from '../../shared/run/schema';
import type { DelegateInput, Session } from '../../shared/session/schema';
import { quizPhaseOf } from '../../shared/template/agenda';
import { TALLY_WORDS } from '../../shared/vocabulary';
import type { CoCreateDb } from './db';
import { addDelegate } from './delegates-repo';
import { ConflictError, firstIssueMessage, ValidationError } from './errors';
import { touchSession } from './touch-session';
import { assignDelegate } from './units-repo';

/**
 * The live run of a session: its RunState (phase, timer, quiz position, projector flags) and the
 * quiz answers and tallies. Every change is one strict-durability transaction, written the moment
 * it happens, so a crash loses nothing that was shown as saved.
 */

export function getRunState(db: CoCreateDb, sessionId: string): Promise<RunState | undefined> {
  return db.runStates.get(sessionId);
}

/**
 * Moves a draft session to `running` with a fresh RunState on the first phase (timer set, not
 * started). Starting a session that is already running returns its state unchanged, so a second
 * click or a second window cannot reset a run. A finished session has to be reopened instead.
 */
export async function startSession(db: CoCreateDb, sessionId: string, now = Date.now()): Promise<RunState> {
  return db.transaction('rw', db.sessions, db.runStates, async () => {
    const session = await db.sessions.get(sessionId);
    if (!session) throw new ConflictError('This session no longer exists.');
    if (session.status === 'finished') throw new ConflictError('This session has finished. Reopen it to make corrections.');
    const existing = await db.runStates.get(sessionId);
    if (existing) {
      if (session.status !== 'running') await db.sessions.update(sessionId, { status: 'running', updatedAt: now });
      return existing;
    }
    if (session.template.phases.length === 0) throw new ConflictError('This session has no phases to run.');
    const state = runStateSchema.parse(startRun(session, now));
    await db.runStates.add(state);
    await db.sessions.update(sessionId, { status: 'running', updatedAt: now });
    return state;
  });
}

/** A pure RunState transition from shared/run/run-state.ts, given the session it runs. */
export type RunTransition = (state: RunState, session: Session) => RunState;

/**
 * Applies one transition to the stored RunState inside a transaction, so two windows (console and
 * projector controls) never overwrite each other's changes with a stale copy. The transition gets
 * the state as stored, not as last rendered. Returns the state now stored.
 */
export async function updateRun(db: CoCreateDb, sessionId: string, transition: RunTransition, now = Date.now()): Promise<RunState> {
  return db.transaction('rw', db.sessions, db.runStates, async () => {
    const { session, state } = await loadRun(db, sessionId);
    const next = transition(state, session);
    if (next === state) return state;
    const clean = runStateSchema.parse(next);
    await db.runStates.put(clean);
    await db.sessions.update(sessionId, { updatedAt: now });
    return clean;
  });
}

/** Stops the timer, records the last phase's time and marks the session `finished`. */
export async function finishSession(db: CoCreateDb, sessionId: string, now = Date.now()): Promise<RunState> {
  return db.transaction('rw', db.sessions, db.runStates, async () => {
    const { session, state } = await loadRun(db, sessionId);
    const finished = runStateSchema.parse(finishRun(state, session.template, now));
    await db.runStates.put(finished);
    await db.sessions.update(sessionId, { status: 'finished', updatedAt: now });
    return finished;
  });
}

/**
 * Reopens a finished session to correct typos or carry on: the session is `running` again on the
 * phase where it finished, with that phase's timer stopped at zero. Time already recorded stays;
 * the phase's clock starts again at reopening, and that time is added when it is finished again.
 */
export async function reopenSession(db: CoCreateDb, sessionId: string, now = Date.now()): Promise<RunState> {
  return db.transaction('rw', db.sessions, db.runStates, async () => {
    const session = await db.sessions.get(sessionId);
    if (!session) throw new ConflictError('This session no longer exists.');
    // A session marked finished without a stored run (e.g. from an older archive) gets a fresh one.
    const state = (await db.runStates.get(sessionId)) ?? startRun(session, now);
    const reopened = runStateSchema.parse(reopenRun(state, now));
    await db.runStates.put(reopened);
    await db.sessions.update(sessionId, { status: 'running', updatedAt: now });
    return reopened;
  });
}

async function loadRun(db: CoCreateDb, sessionId: string): Promise<{ session: Session; state: RunState }> {
  const session = await db.sessions.get(sessionId);
  if (!session) throw new ConflictError('This session no longer exists.');
  const state = await db.runStates.get(sessionId);
  if (!state) throw new ConflictError('This session has not been started.');
  return { session, state };
}

// ---------------------------------------------------------------------------------------------
// Quiz

export function listQuizAnswers(db: CoCreateDb, sessionId: string): Promise<QuizAnswer[]> {
  return db.quizAnswers.where('sessionId').equals(sessionId).toArray();
}

export function listQuizTallies(db: CoCreateDb, sessionId: string): Promise<QuizTally[]> {
  return db.quizTallies.where('sessionId').equals(sessionId).toArray();
}

export interface QuizAnswerInput {
  sessionId: string;
  statementId: string;
  delegateId: string;
  round: QuizRound;
  answer: QuizAnswerValue;
}

/** Records one delegate's answer, replacing any earlier answer of theirs to the same statement and round. */
export async function recordQuizAnswer(db: CoCreateDb, input: QuizAnswerInput, now = Date.now()): Promise<QuizAnswer> {
  const answer = quizAnswerSchema.parse({ id: newId(), ...input, answeredAt: now });
  return db.transaction('rw', [db.sessions, db.delegates, db.quizAnswers], async () => {
    // The reads go out together, then the writes: each round trip to the database is on the keypress's path.
    const [session, delegate] = await Promise.all([db.sessions.get(input.sessionId), db.delegates.get(input.delegateId)]);
    checkStatementIn(session, input.statementId);
    if (!delegate || delegate.sessionId !== input.sessionId) throw new ConflictError('This delegate is not in the session.');
    // The old answer goes first: its cursor must never meet the new one.
    await answersOf(db, input).delete();
    await Promise.all([db.quizAnswers.add(answer), touchSession(db, session, now)]);
    return answer;
  });
}

/** Removes a delegate's answer to one statement (a click on the wrong person). */
export async function clearQuizAnswer(db: CoCreateDb, input: Omit<QuizAnswerInput, 'answer'>, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.sessions, db.quizAnswers, async () => {
    await answersOf(db, input).delete();
    await db.sessions.update(input.sessionId, { updatedAt: now });
  });
}

/** Through the delegate's own answers (a handful), so the cost never grows with the room. */
function answersOf(db: CoCreateDb, input: Omit<QuizAnswerInput, 'answer'>) {
  return db.quizAnswers
    .where('delegateId')
    .equals(input.delegateId)
    .filter((a) => a.sessionId === input.sessionId && a.statementId === input.statementId && a.round === input.round);
}

export interface QuizTallyInput {
  sessionId: string;
  statementId: string;
  round: QuizRound;
  trueCount: number;
  falseCount: number;
  unsureCount: number;
}

/** Saves the room's hands for one statement and round (one tally each; a new count replaces the old). */
export async function setQuizTally(db: CoCreateDb, input: QuizTallyInput, now = Date.now()): Promise<QuizTally> {
  const errors: Record<string, string> = {};
  for (const key of ['trueCount', 'falseCount', 'unsureCount'] as const) {
    const result = quizTallySchema.shape[key].safeParse(input[key]);
    if (!result.success) errors[key] = `${TALLY_WORDS[key]}: ${firstIssueMessage(result.error)}`;
  }
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);
  return db.transaction('rw', db.sessions, db.quizTallies, async () => {
    await checkStatement(db, input.sessionId, input.statementId);
    const existing = await db.quizTallies
      .where('[sessionId+statementId+round]')
      .equals([input.sessionId, input.statementId, input.round])
      .toArray();
    const [keep, ...extra] = existing;
    const tally = quizTallySchema.parse({ id: keep?.id ?? newId(), ...input, updatedAt: now });
    if (extra.length > 0) await db.quizTallies.bulkDelete(extra.map((t) => t.id));
    await db.quizTallies.put(tally);
    await db.sessions.update(input.sessionId, { updatedAt: now });
    return tally;
  });
}

async function checkStatement(db: CoCreateDb, sessionId: string, statementId: string): Promise<void> {
  checkStatementIn(await db.sessions.get(sessionId), statementId);
}

function checkStatementIn(session: Session | undefined, statementId: string): asserts session is Session {
  if (!session) throw new ConflictError('This session no longer exists.');
  const quiz = quizPhaseOf(session.template);
  if (!quiz?.statements.some((s) => s.id === statementId)) throw new ConflictError('This statement is not in the session quiz.');
}

// ---------------------------------------------------------------------------------------------
// Walk-ins

/**
 * Adds a delegate who arrived after the start (flagged `walkIn`), optionally straight into a group
 * or table, in one transaction. In "individual" mode they get a unit of their own as usual.
 */
export async function addWalkIn(db: CoCreateDb, sessionId: string, input: DelegateInput, unitId: string | null, now = Date.now()) {
  return db.transaction('rw', db.sessions, db.delegates, db.units, async () => {
    const delegate = await addDelegate(db, sessionId, input, { walkIn: true, now });
    if (unitId !== null && delegate.unitId === null) {
      await assignDelegate(db, delegate.id, unitId, now);
      return { ...delegate, unitId };
    }
    return delegate;
  });
}
