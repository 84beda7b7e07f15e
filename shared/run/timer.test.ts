import { describe, expect, it } from 'vitest';
import { timerStateSchema } from './schema';
import {
  addMinute,
  createTimer,
  elapsedMs,
  formatClock,
  pauseTimer,
  remainingMs,
  resetTimer,
  resumeTimer,
  startTimer,
  timerStatus,
  timerTone,
  toggleTimer,
  totalMs,
} from './timer';

const T0 = 1_800_000_000_000;
const sec = (n: number) => n * 1000;
const min = (n: number) => n * 60_000;

describe('createTimer', () => {
  it('creates an idle timer whose facts pass the stored schema', () => {
    const t = createTimer('quiz', 10);
    expect(t).toEqual({ phaseId: 'quiz', plannedMs: min(10), addedMs: 0, elapsedBeforeMs: 0, runningSince: null });
    expect(timerStateSchema.safeParse(t).success).toBe(true);
    expect(timerStatus(t, T0)).toBe('idle');
    expect(remainingMs(t, T0)).toBe(min(10));
  });
});

describe('start, pause and resume', () => {
  it('counts only while running', () => {
    let t = startTimer(createTimer('quiz', 10), T0);
    expect(timerStatus(t, T0 + sec(5))).toBe('running');
    expect(elapsedMs(t, T0 + sec(90))).toBe(sec(90));

    t = pauseTimer(t, T0 + sec(90));
    expect(timerStatus(t, T0 + min(5))).toBe('paused');
    expect(elapsedMs(t, T0 + min(5))).toBe(sec(90));

    t = resumeTimer(t, T0 + min(5));
    expect(elapsedMs(t, T0 + min(5) + sec(30))).toBe(sec(120));
    expect(remainingMs(t, T0 + min(5) + sec(30))).toBe(min(8));
  });

  it('starting a running timer keeps the original start', () => {
    const t = startTimer(createTimer('quiz', 10), T0);
    expect(startTimer(t, T0 + sec(40))).toBe(t);
    expect(elapsedMs(startTimer(t, T0 + sec(40)), T0 + sec(60))).toBe(sec(60));
  });

  it('pausing twice is harmless', () => {
    const running = startTimer(createTimer('quiz', 10), T0);
    const once = pauseTimer(running, T0 + sec(30));
    const twice = pauseTimer(once, T0 + sec(45));
    expect(twice).toEqual(once);
    expect(elapsedMs(twice, T0 + min(3))).toBe(sec(30));
  });

  it('toggleTimer alternates between running and paused', () => {
    let t = createTimer('quiz', 10);
    t = toggleTimer(t, T0);
    expect(timerStatus(t, T0)).toBe('running');
    t = toggleTimer(t, T0 + sec(20));
    expect(timerStatus(t, T0 + sec(20))).toBe('paused');
    expect(elapsedMs(t, T0 + sec(99))).toBe(sec(20));
  });
});

describe('added minutes, overrun and tone', () => {
  it('goes from normal to warning in the last minute and to overrun after time is up, still counting', () => {
    const t = startTimer(createTimer('quiz', 5), T0);
    expect(timerTone(t, T0 + min(3))).toBe('normal');
    expect(timerTone(t, T0 + min(4) - 1)).toBe('normal');
    expect(timerTone(t, T0 + min(4))).toBe('warning');
    expect(timerTone(t, T0 + min(5))).toBe('warning');
    expect(timerTone(t, T0 + min(5) + 1)).toBe('overrun');
    expect(remainingMs(t, T0 + min(6) + sec(30))).toBe(-sec(90));
    expect(remainingMs(t, T0 + min(9))).toBe(-min(4));
    expect(timerStatus(t, T0 + min(9))).toBe('running');
  });

  it('an added minute pushes the warning and the overrun back, even when already overrun', () => {
    let t = startTimer(createTimer('quiz', 5), T0);
    expect(timerTone(t, T0 + min(5) + sec(30))).toBe('overrun');
    t = addMinute(t);
    expect(totalMs(t)).toBe(min(6));
    expect(timerTone(t, T0 + min(5) + sec(30))).toBe('warning');
    t = addMinute(addMinute(t));
    expect(remainingMs(t, T0 + min(5) + sec(30))).toBe(min(2) + sec(30));
    expect(timerTone(t, T0 + min(5) + sec(30))).toBe('normal');
  });

  it('resetTimer clears counted time and added minutes but keeps the plan', () => {
    const t = resetTimer(addMinute(startTimer(createTimer('quiz', 5), T0)));
    expect(t).toEqual(createTimer('quiz', 5));
    expect(timerStatus(t, T0 + min(2))).toBe('idle');
  });
});

describe('reloads and clock skew', () => {
  it('a running timer keeps counting from its stored runningSince after a JSON round trip', () => {
    const running = startTimer(createTimer('discussion-1', 10), T0);
    const reloaded = timerStateSchema.parse(JSON.parse(JSON.stringify(running)));
    // The app was closed for three minutes: that time still counts.
    expect(elapsedMs(reloaded, T0 + min(3))).toBe(min(3));
    expect(timerStatus(reloaded, T0 + min(3))).toBe('running');
  });

  it('a paused timer stays paused at the same value after a JSON round trip', () => {
    const paused = pauseTimer(startTimer(createTimer('discussion-1', 10), T0), T0 + sec(75));
    const reloaded = timerStateSchema.parse(JSON.parse(JSON.stringify(paused)));
    expect(elapsedMs(reloaded, T0 + min(30))).toBe(sec(75));
    expect(timerStatus(reloaded, T0 + min(30))).toBe('paused');
  });

  it('never yields negative elapsed time when now is before runningSince', () => {
    const t = { ...startTimer(createTimer('quiz', 5), T0), elapsedBeforeMs: sec(10) };
    expect(elapsedMs(t, T0 - min(2))).toBe(sec(10));
    const paused = pauseTimer(t, T0 - min(2));
    expect(paused.elapsedBeforeMs).toBe(sec(10));
    expect(timerStateSchema.safeParse(paused).success).toBe(true);
    expect(elapsedMs(startTimer(createTimer('quiz', 5), T0), T0 - 1)).toBe(0);
  });
});

describe('formatClock', () => {
  it.each([
    [sec(245), '4:05'],
    [-sec(90), '-1:30'],
    [0, '0:00'],
    [-400, '0:00'],
    [400, '0:01'],
    [-sec(1), '-0:01'],
    [min(10), '10:00'],
    [min(62) + sec(5), '1:02:05'],
    [-(min(60) + sec(1)), '-1:00:01'],
    [sec(59) + 1, '1:00'],
    [Number.NaN, '0:00'],
  ])('formats %d ms as %s', (ms, text) => {
    expect(formatClock(ms)).toBe(text);
  });
});
