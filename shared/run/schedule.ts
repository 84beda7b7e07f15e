import type { Template } from '../template/schema';
import { phaseSpentMs } from './phase-time';
import type { RunState } from './schema';
import { MINUTE_MS } from './timer';

/** How the run stands against the agenda and the slot, for the console's rail. */

type PhasesOf = Pick<Template, 'phases'>;

export interface ScheduleStatus {
  /** What the agenda says should have passed by now. */
  plannedMsSoFar: number;
  /** What has actually passed: wall-clock time in every phase reached, the current one included. */
  actualMsSoFar: number;
  /** actual − planned: positive when behind, negative when ahead. */
  deltaMs: number;
  /** "4 min behind", "2 min ahead" or "on time" (within a minute). */
  label: string;
}

/**
 * How the run stands against the agenda. Completed phases count their planned minutes; the
 * current phase (and any phase visited but not completed) counts the time spent on it, up to its
 * planned minutes — so a phase still within its time is on plan, and an overrunning one shows
 * as behind straight away. Skipped phases count for neither side.
 */
export function scheduleStatus(state: RunState, template: PhasesOf, now: number): ScheduleStatus {
  const completed = new Set(state.completedPhaseIds);
  let plannedMsSoFar = 0;
  let actualMsSoFar = 0;
  for (const phase of template.phases) {
    const isCurrent = phase.id === state.currentPhaseId && state.finishedAt === null;
    const actual = phaseSpentMs(state, phase.id, now);
    const planned = phase.minutes * MINUTE_MS;
    actualMsSoFar += actual;
    plannedMsSoFar += completed.has(phase.id) && !isCurrent ? planned : Math.min(actual, planned);
  }
  const deltaMs = actualMsSoFar - plannedMsSoFar;
  return { plannedMsSoFar, actualMsSoFar, deltaMs, label: describeDelta(deltaMs) };
}

/** "4 min behind" / "2 min ahead" / "on time": whole minutes, so under a minute is on time. */
export function describeDelta(deltaMs: number): string {
  const minutes = Math.floor(Math.abs(deltaMs) / MINUTE_MS);
  if (minutes === 0) return 'on time';
  return deltaMs > 0 ? `${minutes} min behind` : `${minutes} min ahead`;
}

/**
 * When the slot ends, as "11:10", or null without a (valid) start time. With a date the end is
 * computed on the laptop's local calendar, so a slot across a clock change ends at the right
 * wall-clock time; without one it is plain clock arithmetic. Past midnight it wraps ("00:30").
 */
export function slotEndTime(date: string, startTime: string, durationMinutes: number): string | null {
  const time = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(startTime);
  if (!time || !Number.isFinite(durationMinutes)) return null;
  const hours = Number(time[1]);
  const minutes = Number(time[2]);
  const duration = Math.round(durationMinutes);

  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (day) {
    const start = new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3]), hours, minutes);
    if (!Number.isNaN(start.getTime())) {
      const end = new Date(start.getTime() + duration * MINUTE_MS);
      return `${pad2(end.getHours())}:${pad2(end.getMinutes())}`;
    }
  }
  const total = (((hours * 60 + minutes + duration) % 1440) + 1440) % 1440;
  return `${pad2(Math.floor(total / 60))}:${pad2(total % 60)}`;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
