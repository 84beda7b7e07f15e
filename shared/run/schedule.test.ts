import { describe, expect, it } from 'vitest';
import { finishRun, goToPhase, startRun, startRunTimer } from './run-state';
import { describeDelta, scheduleStatus, slotEndTime } from './schedule';
import { fourPhaseTemplate, min, SESSION_ID, T0 } from '../test-support/run-fixtures';


const template = fourPhaseTemplate('quiz');
const begin = () => startRun({ id: SESSION_ID, template }, T0);

describe('scheduleStatus after the end', () => {
  it('does not move once the run is finished', () => {
    let state = startRunTimer(begin(), T0);
    state = goToPhase(state, template, 'close', T0 + min(5));
    state = finishRun(state, template, T0 + min(9));
    expect(scheduleStatus(state, template, T0 + min(60))).toEqual(scheduleStatus(state, template, T0 + min(9)));
  });
});

describe('scheduleStatus', () => {
  it('is on time while the current phase is within its minutes', () => {
    const state = startRunTimer(begin(), T0);
    const status = scheduleStatus(state, template, T0 + min(4));
    expect(status).toEqual({ plannedMsSoFar: min(4), actualMsSoFar: min(4), deltaMs: 0, label: 'on time' });
  });

  it('shows the current phase overrunning as behind', () => {
    const state = startRunTimer(begin(), T0);
    const status = scheduleStatus(state, template, T0 + min(9));
    expect(status.plannedMsSoFar).toBe(min(5));
    expect(status.actualMsSoFar).toBe(min(9));
    expect(status.label).toBe('4 min behind');
  });

  it('counts completed phases at their planned minutes, so finishing early is ahead', () => {
    let state = startRunTimer(begin(), T0);
    state = goToPhase(state, template, 'quiz', T0 + min(3)); // intro planned 5, took 3
    const status = scheduleStatus(state, template, T0 + min(3) + 30_000);
    expect(status.plannedMsSoFar).toBe(min(5) + 30_000);
    expect(status.actualMsSoFar).toBe(min(3) + 30_000);
    expect(status.deltaMs).toBe(-min(2));
    expect(status.label).toBe('2 min ahead');
  });

  it('combines earlier phases and the current one', () => {
    let state = startRunTimer(begin(), T0);
    state = goToPhase(state, template, 'quiz', T0 + min(8)); // 3 behind
    state = goToPhase(state, template, 'discuss', T0 + min(17)); // quiz took 9 of 10: 2 behind
    const status = scheduleStatus(state, template, T0 + min(20));
    expect(status.plannedMsSoFar).toBe(min(5 + 10 + 3));
    expect(status.actualMsSoFar).toBe(min(20));
    expect(status.label).toBe('2 min behind');
  });

  it('uses whole minutes: under a minute either way is on time', () => {
    expect(describeDelta(59_999)).toBe('on time');
    expect(describeDelta(-59_999)).toBe('on time');
    expect(describeDelta(min(1))).toBe('1 min behind');
    expect(describeDelta(-min(2) - 5_000)).toBe('2 min ahead');
  });
});

describe('slotEndTime', () => {
  it('adds the duration to the start time', () => {
    expect(slotEndTime('2026-11-23', '10:10', 60)).toBe('11:10');
    expect(slotEndTime('2026-11-23', '09:45', 20)).toBe('10:05');
    expect(slotEndTime('', '10:10', 75)).toBe('11:25');
  });
  it('wraps past midnight', () => {
    expect(slotEndTime('', '23:30', 60)).toBe('00:30');
    expect(slotEndTime('2026-11-23', '23:30', 60)).toBe('00:30');
  });
  it('is null without a valid start time', () => {
    expect(slotEndTime('2026-11-23', '', 60)).toBeNull();
    expect(slotEndTime('2026-11-23', '25:00', 60)).toBeNull();
  });
});
