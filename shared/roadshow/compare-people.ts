import type { Phase } from '../template/schema';
import { phaseTimes } from '../run/phase-time';
import { campusRef, type CampusRecords, type PerCampus } from './campus';

export interface PeopleCounts {
  /** Registered delegates; null when none were registered (e.g. a room-tally session without a list). */
  delegates: number | null;
  /** Units (own maps, groups or tables); null when none. */
  units: number | null;
}

/** Delegates and units per campus. */
export function peopleByCampus(campuses: readonly CampusRecords[]): PerCampus<PeopleCounts>[] {
  return campuses.map((c) => {
    const delegates = c.delegates.length || null;
    const units = c.units.length || null;
    return { ...campusRef(c), value: delegates === null && units === null ? null : { delegates, units } };
  });
}

export interface PhaseRunRow {
  phaseId: string;
  title: string;
  plannedMinutes: number;
  /** Actual time per campus in ms; null when the campus did not run the phase (or has no run recorded). */
  campuses: PerCampus<number>[];
}

/** Phases run and their actual times, per campus, in the agenda order of the first campus. */
export function phasesByCampus(campuses: readonly CampusRecords[], now: number): PhaseRunRow[] {
  const phases: Phase[] = [];
  const seen = new Set<string>();
  for (const c of campuses) {
    for (const p of c.session.template.phases) {
      if (!seen.has(p.id)) {
        seen.add(p.id);
        phases.push(p);
      }
    }
  }
  const times = campuses.map((c) => new Map(phaseTimes(c.runState, c.session.template.phases, now).rows.map((r) => [r.phase.id, r.actualMs])));
  return phases.map((phase) => ({
    phaseId: phase.id,
    title: phase.title,
    plannedMinutes: phase.minutes,
    campuses: campuses.map((c, i) => ({ ...campusRef(c), value: times[i]!.get(phase.id) ?? null })),
  }));
}
