import { useRef } from 'react';
import type { ProjectorSnapshot } from '../../../shared/run/projector-view';

/**
 * What the projector actually shows for a live snapshot. Frozen: what was on screen when the
 * facilitator froze it, while the console moves on; the clock stays live only while the console
 * is still on that same phase. A finished session always shows its closing slide. The console's
 * preview uses the same rule, so it shows what the room sees.
 */
export function useHeldSnapshot(live: ProjectorSnapshot): { shown: ProjectorSnapshot; frozen: boolean } {
  const lastUnfrozen = useRef<ProjectorSnapshot | null>(null);
  const frozen = live.frozen && live.closing === null;
  if (!frozen) lastUnfrozen.current = live;
  const held = frozen && lastUnfrozen.current ? lastUnfrozen.current : live;
  const shown = held === live ? live : { ...held, timer: held.timer.phaseId === live.timer.phaseId ? live.timer : held.timer };
  return { shown, frozen };
}
