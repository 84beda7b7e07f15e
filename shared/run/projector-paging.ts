import { currentPhaseIndex, goToPhase } from './run-state';
import { projectorPage, projectorSnapshot, projectorViewKey, type ProjectorInput, type ProjectorSnapshot } from './projector-view';
import type { RunState } from './schema';

/**
 * Paging and preview for the console. A view too long for one screen is split into pages by the
 * projector's layout (which the console's preview measures the same way); the facilitator turns
 * them, and the page travels in the run state like the blank and freeze flags.
 */

/**
 * Turns the page of the view on screen by `delta`, kept within `pageCount` pages. Unchanged (same
 * object) when there is nowhere to go, so the console writes nothing.
 */
export function turnProjectorPage(
  state: RunState,
  session: ProjectorInput['session'],
  delta: number,
  pageCount: number,
  now: number,
): RunState {
  const input = { run: state, session };
  const current = projectorPage(input);
  const index = Math.max(0, Math.min(pageCount - 1, current + delta));
  if (index === current) return state;
  return { ...state, projector: { ...state.projector, page: { view: projectorViewKey(input), index } }, updatedAt: now };
}

/**
 * What the room will see after "Next phase": the snapshot of the next phase as the console's next
 * step would leave it (unblanked and unfrozen, first page), built through the same privacy filter.
 * Null on the last phase and once the session is finished.
 */
export function nextPhaseSnapshot(input: ProjectorInput, now: number): ProjectorSnapshot | null {
  const { run, session } = input;
  if (run.finishedAt !== null) return null;
  const next = session.template.phases[currentPhaseIndex(run, session.template) + 1];
  if (!next) return null;
  const moved = goToPhase(run, session.template, next.id, now);
  const { theme } = run.projector;
  return projectorSnapshot({ ...input, run: { ...moved, projector: { blank: false, frozen: false, theme } } });
}
