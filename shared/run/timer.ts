import type { ContentId } from '../ids';
import type { TimerState } from './schema';

/**
 * Phase timer arithmetic. The timer is stored as facts (planned, added, counted-so-far and
 * `runningSince`), never as a ticking number, so every function takes the current time
 * explicitly and a running timer keeps counting across reloads.
 */

export const MINUTE_MS = 60_000;
/** The last minute before time is up is shown as a warning. */
export const WARNING_MS = MINUTE_MS;

export type TimerStatus = 'idle' | 'running' | 'paused';
export type TimerTone = 'normal' | 'warning' | 'overrun';

/** A stopped timer for a phase, with nothing counted yet. */
export function createTimer(phaseId: ContentId, plannedMinutes: number): TimerState {
  return {
    phaseId,
    plannedMs: toWholeMs(plannedMinutes * MINUTE_MS),
    addedMs: 0,
    elapsedBeforeMs: 0,
    runningSince: null,
  };
}

/** Starts (or resumes) counting at `now`; a running timer is returned unchanged. */
export function startTimer(t: TimerState, now: number): TimerState {
  if (t.runningSince !== null) return t;
  return { ...t, runningSince: toWholeMs(now) };
}

/** Resuming is starting again from what was counted so far. */
export const resumeTimer = startTimer;

/** Stops counting and banks the running span; pausing a paused timer changes nothing. */
export function pauseTimer(t: TimerState, now: number): TimerState {
  if (t.runningSince === null) return t;
  return { ...t, elapsedBeforeMs: t.elapsedBeforeMs + runningSpanMs(t, now), runningSince: null };
}

/** Start when stopped, pause when running (the Space key). */
export function toggleTimer(t: TimerState, now: number): TimerState {
  return t.runningSince === null ? startTimer(t, now) : pauseTimer(t, now);
}

/** Gives the phase one more minute; works whether running, paused or overrun. */
export function addMinute(t: TimerState): TimerState {
  return { ...t, addedMs: t.addedMs + MINUTE_MS };
}

/** Back to the phase's planned time, stopped, with added minutes dropped. */
export function resetTimer(t: TimerState): TimerState {
  return { ...t, addedMs: 0, elapsedBeforeMs: 0, runningSince: null };
}

/** Time counted so far; never negative, even when the clock went back (now < runningSince). */
export function elapsedMs(t: TimerState, now: number): number {
  return t.elapsedBeforeMs + runningSpanMs(t, now);
}

/** Planned plus added minutes. */
export function totalMs(t: TimerState): number {
  return t.plannedMs + t.addedMs;
}

/** Time left; negative once the phase has overrun (the timer keeps counting). */
export function remainingMs(t: TimerState, now: number): number {
  return totalMs(t) - elapsedMs(t, now);
}

export function timerStatus(t: TimerState, now: number): TimerStatus {
  if (t.runningSince !== null) return 'running';
  return elapsedMs(t, now) > 0 ? 'paused' : 'idle';
}

export function timerTone(t: TimerState, now: number): TimerTone {
  const left = remainingMs(t, now);
  if (left < 0) return 'overrun';
  if (left <= WARNING_MS) return 'warning';
  return 'normal';
}

/**
 * "4:05", "-1:30", "1:02:05". Seconds are rounded up, so a countdown shows 0:00 exactly when
 * time is up and "-0:01" one second later; no minus sign is ever shown for zero.
 */
export function formatClock(ms: number): string {
  const seconds = Number.isFinite(ms) ? Math.ceil(ms / 1000) : 0;
  const sign = seconds < 0 ? '-' : '';
  const abs = Math.abs(seconds);
  const h = Math.floor(abs / 3600);
  const m = Math.floor((abs % 3600) / 60);
  const s = abs % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${sign}${h}:${String(m).padStart(2, '0')}:${ss}` : `${sign}${m}:${ss}`;
}

function runningSpanMs(t: TimerState, now: number): number {
  if (t.runningSince === null) return 0;
  // A clock moved backwards (or a bad stored value) must not eat time already counted.
  return Math.max(0, toWholeMs(now) - t.runningSince);
}

/** The schema stores whole, non-negative milliseconds. */
function toWholeMs(value: number): number {
  return Number.isFinite(value) ? Math.max(0, Math.round(value)) : 0;
}
