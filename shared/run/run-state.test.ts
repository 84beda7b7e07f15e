import { describe, expect, it } from 'vitest';
import { templateSchema, type Template, type TemplateInput } from '../template/schema';
import {
  addRunMinute,
  currentPhase,
  finishRun,
  goToPhase,
  hasNextPhase,
  hasPreviousPhase,
  hideAnswer,
  nextPhase,
  nextQuizStatement,
  pauseRunTimer,
  previousPhase,
  previousQuizStatement,
  quizStatementCount,
  revealAnswer,
  setProjectorTheme,
  setQuizRound,
  setQuizStatement,
  startRun,
  startRunTimer,
  toggleAnswer,
  toggleBlank,
  toggleFreeze,
  toggleRunTimer,
} from './run-state';
import { runStateSchema, type RunState } from './schema';
import { elapsedMs, remainingMs, timerStatus } from './timer';
import { min, SESSION_ID, T0, TEST_TEMPLATE_HEADER } from '../test-support/run-fixtures';


const statement = (id: string, answer: boolean) => ({ id, text: `Statement ${id}`, answer, explanation: 'Because.', source: 'A source' });

function makeTemplate(): Template {
  const input: TemplateInput = {
    ...TEST_TEMPLATE_HEADER,
    durationMinutes: 60,
    phases: [
      { id: 'intro', kind: 'intro', title: 'Welcome', minutes: 5, audiencePrompt: '', facilitatorNotes: '' },
      {
        id: 'quiz',
        kind: 'quiz',
        title: 'Quiz',
        minutes: 10,
        audiencePrompt: '',
        facilitatorNotes: '',
        statements: [statement('s1', true), statement('s2', false), statement('s3', true), statement('s4', false)],
        selectedStatementIds: ['s3', 's1', 's2'],
      },
      { id: 'discuss', kind: 'discussion', title: 'Discussion', minutes: 15, audiencePrompt: '', facilitatorNotes: '' },
      { id: 'close', kind: 'close', title: 'Close', minutes: 5, audiencePrompt: '', facilitatorNotes: '' },
    ],
  };
  return templateSchema.parse(input);
}

const template = makeTemplate();
const begin = (): RunState => startRun({ id: SESSION_ID, template }, T0);

describe('startRun', () => {
  it('starts on the first phase with an idle timer from its minutes, and is a valid stored RunState', () => {
    const state = begin();
    expect(state.currentPhaseId).toBe('intro');
    expect(state.timer).toEqual({ phaseId: 'intro', plannedMs: min(5), addedMs: 0, elapsedBeforeMs: 0, runningSince: null });
    expect(state.startedAt).toBe(T0);
    expect(state.finishedAt).toBeNull();
    expect(state.completedPhaseIds).toEqual([]);
    expect(runStateSchema.safeParse(state).success).toBe(true);
    expect(currentPhase(state, template)?.title).toBe('Welcome');
  });
});

describe('goToPhase', () => {
  it('records the time spent, marks the phase completed going forward and auto-starts a running timer', () => {
    let state = startRunTimer(begin(), T0);
    state = goToPhase(state, template, 'quiz', T0 + min(7));
    expect(state.currentPhaseId).toBe('quiz');
    expect(state.phaseActualMs).toEqual({ intro: min(7) });
    expect(state.completedPhaseIds).toEqual(['intro']);
    expect(state.timer.phaseId).toBe('quiz');
    expect(state.timer.plannedMs).toBe(min(10));
    expect(timerStatus(state.timer, T0 + min(8))).toBe('running');
    expect(elapsedMs(state.timer, T0 + min(8))).toBe(min(1));
    expect(state.updatedAt).toBe(T0 + min(7));
    expect(runStateSchema.safeParse(state).success).toBe(true);
  });

  it('keeps a paused timer paused on the new phase and drops added minutes; the phase counts wall-clock time', () => {
    let state = startRunTimer(begin(), T0);
    state = addRunMinute(state, T0 + min(1));
    state = pauseRunTimer(state, T0 + min(2));
    state = goToPhase(state, template, 'quiz', T0 + min(4));
    // The countdown counted 2 minutes, but the phase was current for 4.
    expect(state.phaseActualMs.intro).toBe(min(4));
    expect(state.phaseEnteredAt).toBe(T0 + min(4));
    expect(timerStatus(state.timer, T0 + min(6))).toBe('idle');
    expect(state.timer.addedMs).toBe(0);
  });

  it('adds to the time already recorded when a phase is revisited, and going back does not mark completion', () => {
    let state = startRunTimer(begin(), T0);
    state = goToPhase(state, template, 'quiz', T0 + min(5)); // intro: 5
    state = goToPhase(state, template, 'intro', T0 + min(8)); // quiz: 3, backwards
    expect(state.completedPhaseIds).toEqual(['intro']);
    expect(state.phaseActualMs).toEqual({ intro: min(5), quiz: min(3) });
    state = goToPhase(state, template, 'quiz', T0 + min(10)); // intro: +2
    expect(state.phaseActualMs).toEqual({ intro: min(7), quiz: min(3) });
    expect(state.completedPhaseIds).toEqual(['intro']);
    state = goToPhase(state, template, 'discuss', T0 + min(19)); // quiz: +9
    expect(state.phaseActualMs).toEqual({ intro: min(7), quiz: min(12) });
    expect(state.completedPhaseIds).toEqual(['intro', 'quiz']);
  });

  it('going to the current phase changes nothing; an unknown phase is an error', () => {
    const state = startRunTimer(begin(), T0);
    expect(goToPhase(state, template, 'intro', T0 + min(3))).toBe(state);
    expect(() => goToPhase(state, template, 'nope', T0)).toThrow('Unknown phase "nope"');
  });
});

describe('nextPhase / previousPhase', () => {
  it('walk the agenda and stop at either end', () => {
    let state = begin();
    expect(hasPreviousPhase(state, template)).toBe(false);
    expect(previousPhase(state, template, T0)).toBe(state);
    state = nextPhase(state, template, T0 + 1);
    state = nextPhase(state, template, T0 + 2);
    state = nextPhase(state, template, T0 + 3);
    expect(state.currentPhaseId).toBe('close');
    expect(hasNextPhase(state, template)).toBe(false);
    expect(nextPhase(state, template, T0 + 4)).toBe(state);
    state = previousPhase(state, template, T0 + 5);
    expect(state.currentPhaseId).toBe('discuss');
    expect(hasNextPhase(state, template)).toBe(true);
    expect(hasPreviousPhase(state, template)).toBe(true);
  });
});

describe('finishRun', () => {
  it('stops the timer, records and completes the last phase and sets finishedAt', () => {
    let state = startRunTimer(begin(), T0);
    state = goToPhase(state, template, 'close', T0 + min(5));
    state = finishRun(state, template, T0 + min(9));
    expect(state.finishedAt).toBe(T0 + min(9));
    expect(state.phaseActualMs).toEqual({ intro: min(5), close: min(4) });
    expect(state.completedPhaseIds).toEqual(['intro', 'close']);
    expect(timerStatus(state.timer, T0 + min(20))).toBe('idle');
    expect(runStateSchema.safeParse(state).success).toBe(true);
    // Finishing again, later, must not count more time.
    expect(finishRun(state, template, T0 + min(30))).toBe(state);
  });

  it('navigating after finishing reopens the run', () => {
    const finished = finishRun(begin(), template, T0 + min(1));
    const reopened = previousPhase(nextPhase(finished, template, T0 + min(2)), template, T0 + min(3));
    expect(reopened.finishedAt).toBeNull();
  });
});

describe('quiz navigation', () => {
  it('moves between the selected statements, clamped, hiding the answer on every move', () => {
    expect(quizStatementCount(template)).toBe(3);
    let state = revealAnswer(begin(), T0 + 1);
    expect(state.quiz.revealed).toBe(true);
    state = nextQuizStatement(state, template, T0 + 2);
    expect(state.quiz).toEqual({ round: 'before', statementIndex: 1, revealed: false });
    state = setQuizStatement(state, template, 99, T0 + 3);
    expect(state.quiz.statementIndex).toBe(2);
    expect(nextQuizStatement(state, template, T0 + 4)).toBe(state);
    state = setQuizStatement(state, template, -5, T0 + 5);
    expect(state.quiz.statementIndex).toBe(0);
    expect(previousQuizStatement(state, template, T0 + 6)).toBe(state);
  });

  it('reveals, hides and toggles the answer', () => {
    let state = toggleAnswer(begin(), T0 + 1);
    expect(state.quiz.revealed).toBe(true);
    expect(state.updatedAt).toBe(T0 + 1);
    expect(revealAnswer(state, T0 + 2)).toBe(state);
    state = hideAnswer(state, T0 + 3);
    expect(state.quiz.revealed).toBe(false);
    expect(toggleAnswer(state, T0 + 4).quiz.revealed).toBe(true);
  });

  it('switching round starts again from the first statement', () => {
    let state = nextQuizStatement(begin(), template, T0 + 1);
    state = revealAnswer(state, T0 + 2);
    state = setQuizRound(state, 'after', T0 + 3);
    expect(state.quiz).toEqual({ round: 'after', statementIndex: 0, revealed: false });
    expect(setQuizRound(state, 'after', T0 + 4)).toBe(state);
  });
});

describe('projector toggles and the run timer', () => {
  it('toggles blank and freeze and sets the theme', () => {
    let state = toggleBlank(begin(), T0 + 1);
    expect(state.projector).toEqual({ blank: true, frozen: false, theme: 'dark' });
    state = toggleFreeze(state, T0 + 2);
    expect(state.projector).toEqual({ blank: true, frozen: true, theme: 'dark' });
    state = toggleBlank(setProjectorTheme(state, 'light', T0 + 3), T0 + 4);
    expect(state.projector).toEqual({ blank: false, frozen: true, theme: 'light' });
    expect(state.updatedAt).toBe(T0 + 4);
  });

  it('toggles and extends the current phase timer', () => {
    let state = toggleRunTimer(begin(), T0);
    state = addRunMinute(state, T0 + min(1));
    expect(remainingMs(state.timer, T0 + min(1))).toBe(min(5));
    state = toggleRunTimer(state, T0 + min(2));
    expect(timerStatus(state.timer, T0 + min(3))).toBe('paused');
    expect(pauseRunTimer(state, T0 + min(4))).toBe(state);
  });
});
