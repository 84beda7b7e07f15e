import { describe, expect, it } from 'vitest';
import { currentVisitMs, phaseSpentMs, phaseTimes } from './phase-time';
import { finishRun, goToPhase, nextPhase, reopenRun, startRun, startRunTimer } from './run-state';
import { scheduleStatus } from './schedule';
import { runStateSchema, type RunState } from './schema';
import { fourPhaseTemplate, min, SESSION_ID, T0 } from '../test-support/run-fixtures';


const template = fourPhaseTemplate('warm');
const begin = (): RunState => startRun({ id: SESSION_ID, template }, T0);

describe('time per phase without ever pressing Start timer', () => {
  it('counts every phase from when it became current to when it was left or the run finished', () => {
    let state = begin();
    expect(state.phaseEnteredAt).toBe(T0);
    expect(phaseSpentMs(state, 'intro', T0 + min(3))).toBe(min(3));
    state = nextPhase(state, template, T0 + min(6));
    state = nextPhase(state, template, T0 + min(14));
    state = nextPhase(state, template, T0 + min(30));
    state = finishRun(state, template, T0 + min(34));
    expect(state.phaseActualMs).toEqual({ intro: min(6), warm: min(8), discuss: min(16), close: min(4) });
    expect(runStateSchema.safeParse(state).success).toBe(true);

    // The finished screen, the report and the rail all read the same figures.
    const times = phaseTimes(state, template.phases, T0 + min(90));
    expect(times.rows.map((r) => r.actualMs)).toEqual([min(6), min(8), min(16), min(4)]);
    expect(times.actualTotalMs).toBe(min(34));
    expect(times.plannedTotalMs).toBe(min(35));
    expect(scheduleStatus(state, template, T0 + min(90))).toMatchObject({ actualMsSoFar: min(34), plannedMsSoFar: min(35), label: '1 min ahead' });
  });

  it('the rail counts the current phase live, and the schedule agrees with it', () => {
    let state = begin();
    state = nextPhase(state, template, T0 + min(7)); // intro planned 5, took 7
    const now = T0 + min(9);
    expect(phaseSpentMs(state, 'warm', now)).toBe(min(2));
    const times = phaseTimes(state, template.phases, now);
    expect(times.rows.map((r) => r.actualMs)).toEqual([min(7), min(2), null, null]);
    const schedule = scheduleStatus(state, template, now);
    expect(schedule.actualMsSoFar).toBe(times.actualTotalMs);
    expect(schedule.label).toBe('2 min behind');
  });
});

describe('revisiting phases', () => {
  it('adds each visit to the phase, and a phase never opened reads "not run"', () => {
    let state = begin();
    state = goToPhase(state, template, 'discuss', T0 + min(4)); // intro 4, warm skipped
    state = goToPhase(state, template, 'intro', T0 + min(10)); // discuss 6
    state = goToPhase(state, template, 'discuss', T0 + min(11)); // intro +1
    const times = phaseTimes(state, template.phases, T0 + min(20)); // discuss +9 so far
    expect(times.rows.map((r) => [r.phase.id, r.actualMs])).toEqual([
      ['intro', min(5)],
      ['warm', null],
      ['discuss', min(15)],
      ['close', null],
    ]);
    expect(times.actualTotalMs).toBe(min(20));
  });

  it('does not depend on the countdown: a run with the timer started records the same time as one without', () => {
    let plain = begin();
    let timed = startRunTimer(begin(), T0 + min(1));
    plain = nextPhase(plain, template, T0 + min(5));
    timed = nextPhase(timed, template, T0 + min(5));
    expect(timed.phaseActualMs).toEqual(plain.phaseActualMs);
  });
});

describe('finish and reopen', () => {
  it('counts nothing between finishing and reopening, and adds the time after reopening', () => {
    let state = goToPhase(begin(), template, 'close', T0 + min(30));
    state = finishRun(state, template, T0 + min(35));
    expect(currentVisitMs(state, T0 + min(50))).toBe(0);
    expect(phaseSpentMs(state, 'close', T0 + min(50))).toBe(min(5));

    state = reopenRun(state, T0 + min(60));
    expect(state.finishedAt).toBeNull();
    expect(state.phaseEnteredAt).toBe(T0 + min(60));
    expect(phaseSpentMs(state, 'close', T0 + min(62))).toBe(min(7));
    state = finishRun(state, template, T0 + min(63));
    expect(state.phaseActualMs).toEqual({ intro: min(30), close: min(8) });
    expect(reopenRun(reopenRun(state, T0 + min(70)), T0 + min(80)).phaseEnteredAt).toBe(T0 + min(70));
  });

  it('navigating from a finished run starts the new phase now, without counting the pause', () => {
    let state = finishRun(begin(), template, T0 + min(5));
    state = nextPhase(state, template, T0 + min(40));
    expect(state.phaseActualMs).toEqual({ intro: min(5) });
    expect(phaseSpentMs(state, 'warm', T0 + min(41))).toBe(min(1));
  });
});

describe('older and odd stored runs', () => {
  it('a run stored before visits were recorded falls back to what its countdown counted', () => {
    const { phaseEnteredAt: _dropped, ...legacy } = startRunTimer(begin(), T0 + min(1));
    expect(runStateSchema.safeParse(legacy).success).toBe(true);
    expect(currentVisitMs(legacy, T0 + min(4))).toBe(min(3));
    const moved = nextPhase(legacy, template, T0 + min(4));
    expect(moved.phaseActualMs.intro).toBe(min(3));
    expect(moved.phaseEnteredAt).toBe(T0 + min(4));
  });

  it('a clock moved backwards never makes time negative', () => {
    const state = begin();
    expect(currentVisitMs(state, T0 - min(10))).toBe(0);
    expect(nextPhase(state, template, T0 - min(10)).phaseActualMs.intro).toBe(0);
  });

  it('without a run every phase is "not run"', () => {
    const times = phaseTimes(null, template.phases, T0);
    expect(times.rows.every((r) => r.actualMs === null)).toBe(true);
    expect(times.actualTotalMs).toBe(0);
  });
});
