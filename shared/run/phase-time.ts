import type { ContentId } from '../ids';
import type { Phase } from '../template/schema';
import type { RunState } from './schema';
import { elapsedMs } from './timer';

/**
 * Time spent per phase is wall-clock time while the phase is current, whether or not its
 * countdown was ever started: the countdown is a prompt for the facilitator, not the record.
 * A visit starts when the phase becomes current (`phaseEnteredAt`) and ends when another phase
 * is opened or the run is finished; its span is then added to `phaseActualMs`.
 */

/** Time on the current phase since it was last entered; nothing while the run is finished. */
export function currentVisitMs(state: RunState, now: number): number {
  if (state.finishedAt !== null) return 0;
  // Runs stored before visits were recorded only know what their countdown counted.
  if (state.phaseEnteredAt === undefined) return elapsedMs(state.timer, now);
  // A clock moved backwards must not eat time already spent.
  return Math.max(0, Math.round(now) - state.phaseEnteredAt);
}

/** All the time spent on a phase so far: earlier visits plus the current one. */
export function phaseSpentMs(state: RunState, phaseId: ContentId, now: number): number {
  const recorded = state.phaseActualMs[phaseId] ?? 0;
  return recorded + (phaseId === state.currentPhaseId ? currentVisitMs(state, now) : 0);
}

/** Whether the run has been on a phase at all (a phase never opened reads "not run"). */
export function phaseReached(state: RunState, phaseId: ContentId): boolean {
  return (
    state.phaseActualMs[phaseId] !== undefined ||
    state.completedPhaseIds.includes(phaseId) ||
    (state.finishedAt === null && state.currentPhaseId === phaseId)
  );
}

/** `phaseActualMs` with the current visit banked, as when leaving the phase at `now`. */
export function withCurrentVisitBanked(state: RunState, now: number): Record<string, number> {
  return { ...state.phaseActualMs, [state.currentPhaseId]: phaseSpentMs(state, state.currentPhaseId, now) };
}

export interface PhaseTimeRow {
  phase: Phase;
  plannedMs: number;
  /** null for a phase the run never reached. */
  actualMs: number | null;
}

export interface PhaseTimes {
  rows: PhaseTimeRow[];
  plannedTotalMs: number;
  /** Time spent in all phases reached so far. */
  actualTotalMs: number;
}

/**
 * Planned and actual time of every phase, as the finished screen and the report show them.
 * The totals add up the same rows, so the screen, the rail and the PDF never disagree.
 */
export function phaseTimes(state: RunState | null, phases: readonly Phase[], now: number): PhaseTimes {
  const rows = phases.map((phase): PhaseTimeRow => {
    const plannedMs = phase.minutes * 60_000;
    if (!state || !phaseReached(state, phase.id)) return { phase, plannedMs, actualMs: null };
    return { phase, plannedMs, actualMs: phaseSpentMs(state, phase.id, now) };
  });
  return {
    rows,
    plannedTotalMs: rows.reduce((sum, r) => sum + r.plannedMs, 0),
    actualTotalMs: rows.reduce((sum, r) => sum + (r.actualMs ?? 0), 0),
  };
}
