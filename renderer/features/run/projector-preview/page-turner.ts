import { turnProjectorPage } from '../../../../shared/run/projector-paging';
import type { RunStep } from '../../../data/run-hooks';

/**
 * How many pages the view on the projector has, per session, as the console's preview last laid
 * it out (the same fixed stage as the projector, so the same count). The page buttons and the
 * [ and ] shortcuts read it to keep the page within the view.
 */
const pageCounts = new Map<string, number>();
/** Per session, brings the console's preview up to date at once (it follows changes when idle). */
const catchUps = new Map<string, () => void>();

export function recordPageCount(sessionId: string, pages: number): void {
  pageCounts.set(sessionId, pages);
}

export function pageCountOf(sessionId: string): number {
  return pageCounts.get(sessionId) ?? 1;
}

/** Registers the preview's catch-up for a session; returns the unregister. */
export function registerCatchUp(sessionId: string, catchUp: () => void): () => void {
  catchUps.set(sessionId, catchUp);
  return () => {
    if (catchUps.get(sessionId) === catchUp) catchUps.delete(sessionId);
  };
}

/**
 * The run step that turns the projector's page by `delta` (+1 next, −1 previous). Made when the
 * key or button is pressed: the preview first catches up with what the projector shows, so a
 * page turned right after a change counts the pages of the view now on screen.
 */
export function turnPage(sessionId: string, delta: number): RunStep {
  catchUps.get(sessionId)?.();
  return (state, session, now) => turnProjectorPage(state, session, delta, pageCountOf(sessionId), now);
}
