import { turnProjectorPage } from '../../../../shared/run/projector-paging';
import type { RunStep } from '../../../data/run-hooks';

/**
 * How many pages the view on the projector has, per session, as the console's preview last laid
 * it out (the same fixed stage as the projector, so the same count). The page buttons and the
 * [ and ] shortcuts read it to keep the page within the view.
 */
const pageCounts = new Map<string, number>();

export function recordPageCount(sessionId: string, pages: number): void {
  pageCounts.set(sessionId, pages);
}

export function pageCountOf(sessionId: string): number {
  return pageCounts.get(sessionId) ?? 1;
}

/** The run step that turns the projector's page by `delta` (+1 next, −1 previous). */
export function turnPage(sessionId: string, delta: number): RunStep {
  return (state, session, now) => turnProjectorPage(state, session, delta, pageCountOf(sessionId), now);
}
