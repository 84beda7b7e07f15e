import type { ContentId } from '../ids';
import type { Session } from '../session/schema';
import { quizPhaseOf, selectedStatements } from '../template/agenda';
import type { Phase, Template } from '../template/schema';
import { withCurrentVisitBanked } from './phase-time';
import type { QuizRound, RunState } from './schema';
import {
  addMinute,
  createTimer,
  pauseTimer,
  resetTimer,
  startTimer,
  toggleTimer,
} from './timer';

/**
 * Transitions of a live run. Every function is pure: it takes the current time explicitly and
 * returns a new RunState (or the same object when nothing changes), ready to be persisted.
 */

type PhasesOf = Pick<Template, 'phases'>;
export type ProjectorTheme = RunState['projector']['theme'];

/** A fresh run on the first phase, with its timer set from the phase's minutes but not started. */
export function startRun(session: Pick<Session, 'id' | 'template'>, now: number): RunState {
  const first = session.template.phases[0];
  if (!first) throw new Error('Cannot start a run: the template has no phases.');
  return {
    sessionId: session.id,
    currentPhaseId: first.id,
    phaseActualMs: {},
    completedPhaseIds: [],
    phaseEnteredAt: now,
    timer: createTimer(first.id, first.minutes),
    quiz: { round: 'before', statementIndex: 0, revealed: false },
    projector: { blank: false, frozen: false, theme: 'dark' },
    startedAt: now,
    finishedAt: null,
    updatedAt: now,
  };
}

// ---------------------------------------------------------------------------------------------
// Phases

export function currentPhase(state: RunState, template: PhasesOf): Phase | undefined {
  return template.phases.find((p) => p.id === state.currentPhaseId);
}

/** Position of the current phase in the agenda, or -1 when the template no longer has it. */
export function currentPhaseIndex(state: RunState, template: PhasesOf): number {
  return template.phases.findIndex((p) => p.id === state.currentPhaseId);
}

export function hasNextPhase(state: RunState, template: PhasesOf): boolean {
  const index = currentPhaseIndex(state, template);
  return index >= 0 && index < template.phases.length - 1;
}

export function hasPreviousPhase(state: RunState, template: PhasesOf): boolean {
  return currentPhaseIndex(state, template) > 0;
}

/**
 * Moves to another phase. The wall-clock time spent on the phase being left is added to its actual time;
 * moving forward marks it completed. The new phase gets a fresh timer from its minutes, which
 * starts at once if the previous timer was running. Moving on from a finished run reopens it
 * (a "Finish" pressed by mistake is undone by navigating).
 */
export function goToPhase(state: RunState, template: PhasesOf, phaseId: ContentId, now: number): RunState {
  if (phaseId === state.currentPhaseId) return state;
  const targetIndex = template.phases.findIndex((p) => p.id === phaseId);
  const target = template.phases[targetIndex];
  if (!target) throw new Error(`Unknown phase "${phaseId}".`);

  const fromIndex = currentPhaseIndex(state, template);
  // An unknown current phase (template edited mid-run) is never marked completed.
  const movingForward = fromIndex >= 0 && fromIndex < targetIndex;
  const wasRunning = state.timer.runningSince !== null;

  const fresh = createTimer(target.id, target.minutes);
  return {
    ...state,
    currentPhaseId: target.id,
    phaseActualMs: withCurrentVisitBanked(state, now),
    completedPhaseIds: movingForward ? withCompleted(state.completedPhaseIds, state.currentPhaseId) : state.completedPhaseIds,
    phaseEnteredAt: now,
    timer: wasRunning ? startTimer(fresh, now) : fresh,
    finishedAt: null,
    updatedAt: now,
  };
}

/** The next phase in the agenda; unchanged on the last phase (finish the run instead). */
export function nextPhase(state: RunState, template: PhasesOf, now: number): RunState {
  const next = template.phases[currentPhaseIndex(state, template) + 1];
  return next ? goToPhase(state, template, next.id, now) : state;
}

/** The previous phase in the agenda; unchanged on the first phase. */
export function previousPhase(state: RunState, template: PhasesOf, now: number): RunState {
  const index = currentPhaseIndex(state, template);
  const previous = index > 0 ? template.phases[index - 1] : undefined;
  return previous ? goToPhase(state, template, previous.id, now) : state;
}

/**
 * Ends the run: the current phase's time is recorded and it is marked completed, and the timer
 * is stopped and cleared (its time now lives in `phaseActualMs`, so nothing is counted twice).
 * Finishing a finished run changes nothing.
 */
export function finishRun(state: RunState, template: PhasesOf, now: number): RunState {
  if (state.finishedAt !== null) return state;
  const known = template.phases.some((p) => p.id === state.currentPhaseId);
  return {
    ...state,
    phaseActualMs: withCurrentVisitBanked(state, now),
    completedPhaseIds: known ? withCompleted(state.completedPhaseIds, state.currentPhaseId) : state.completedPhaseIds,
    timer: resetTimer(pauseTimer(state.timer, now)),
    finishedAt: now,
    updatedAt: now,
  };
}

/**
 * Reopens a finished run on the phase where it finished, its countdown stopped at zero. Time
 * already recorded stays; the phase's clock starts again now, so the time between finishing and
 * reopening is never counted.
 */
export function reopenRun(state: RunState, now: number): RunState {
  if (state.finishedAt === null) return state;
  return { ...state, finishedAt: null, phaseEnteredAt: now, timer: resetTimer(pauseTimer(state.timer, now)), updatedAt: now };
}

export function isFinished(state: RunState): boolean {
  return state.finishedAt !== null;
}

function withCompleted(ids: readonly ContentId[], id: ContentId): ContentId[] {
  return ids.includes(id) ? [...ids] : [...ids, id];
}

// ---------------------------------------------------------------------------------------------
// The current phase's timer, as RunState transitions (for the console buttons and shortcuts)

export function startRunTimer(state: RunState, now: number): RunState {
  return withTimer(state, startTimer(state.timer, now), now);
}

export function pauseRunTimer(state: RunState, now: number): RunState {
  return withTimer(state, pauseTimer(state.timer, now), now);
}

export function toggleRunTimer(state: RunState, now: number): RunState {
  return withTimer(state, toggleTimer(state.timer, now), now);
}

export function addRunMinute(state: RunState, now: number): RunState {
  return withTimer(state, addMinute(state.timer), now);
}

/** Restarts the current phase's clock; time already recorded for earlier visits is kept. */
export function resetRunTimer(state: RunState, now: number): RunState {
  return withTimer(state, resetTimer(state.timer), now);
}

function withTimer(state: RunState, timer: RunState['timer'], now: number): RunState {
  return timer === state.timer ? state : { ...state, timer, updatedAt: now };
}

// ---------------------------------------------------------------------------------------------
// Quiz navigation (the statements are the quiz phase's selected ones, in order)

/** How many statements the session's quiz uses. */
export function quizStatementCount(template: PhasesOf): number {
  const phase = quizPhaseOf(template);
  return phase ? selectedStatements(phase).length : 0;
}

/** Shows statement `index` (clamped to the quiz), hiding the answer when the statement changes. */
export function setQuizStatement(state: RunState, template: PhasesOf, index: number, now: number): RunState {
  const count = quizStatementCount(template);
  const clamped = count === 0 || !Number.isFinite(index) ? 0 : Math.min(Math.max(0, Math.trunc(index)), count - 1);
  if (clamped === state.quiz.statementIndex) return state;
  return { ...state, quiz: { ...state.quiz, statementIndex: clamped, revealed: false }, updatedAt: now };
}

export function nextQuizStatement(state: RunState, template: PhasesOf, now: number): RunState {
  return setQuizStatement(state, template, state.quiz.statementIndex + 1, now);
}

export function previousQuizStatement(state: RunState, template: PhasesOf, now: number): RunState {
  return setQuizStatement(state, template, state.quiz.statementIndex - 1, now);
}

export function revealAnswer(state: RunState, now: number): RunState {
  return withQuiz(state, { revealed: true }, now);
}

export function hideAnswer(state: RunState, now: number): RunState {
  return withQuiz(state, { revealed: false }, now);
}

/** The reveal shortcut: reveal, or hide again. */
export function toggleAnswer(state: RunState, now: number): RunState {
  return withQuiz(state, { revealed: !state.quiz.revealed }, now);
}

/** Switching round (before/after) starts again at the first statement, answer hidden. */
export function setQuizRound(state: RunState, round: QuizRound, now: number): RunState {
  if (round === state.quiz.round) return state;
  return { ...state, quiz: { round, statementIndex: 0, revealed: false }, updatedAt: now };
}

function withQuiz(state: RunState, patch: Partial<RunState['quiz']>, now: number): RunState {
  const quiz = { ...state.quiz, ...patch };
  if (quiz.revealed === state.quiz.revealed && quiz.statementIndex === state.quiz.statementIndex && quiz.round === state.quiz.round) {
    return state;
  }
  return { ...state, quiz, updatedAt: now };
}

// ---------------------------------------------------------------------------------------------
// Projector

export function toggleBlank(state: RunState, now: number): RunState {
  return { ...state, projector: { ...state.projector, blank: !state.projector.blank }, updatedAt: now };
}

export function toggleFreeze(state: RunState, now: number): RunState {
  return { ...state, projector: { ...state.projector, frozen: !state.projector.frozen }, updatedAt: now };
}

export function setProjectorTheme(state: RunState, theme: ProjectorTheme, now: number): RunState {
  if (theme === state.projector.theme) return state;
  return { ...state, projector: { ...state.projector, theme }, updatedAt: now };
}
