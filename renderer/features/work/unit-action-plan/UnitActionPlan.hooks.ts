import { useEffect, useState } from 'react';
import type { Action } from '../../../../shared/work/schema';
import { useWorkWriter } from '../../../data/work-hooks';
import type { ElementMap } from '../use-element-map';
import { focusIsFree } from '../use-stable';

/**
 * The "Plan complete" tick: shown at once when ticked; the stored value takes over once it has
 * caught up, and a failed write puts the stored value back with the reason.
 */
export function usePlanComplete(sessionId: string, unitId: string, stored: boolean) {
  const writer = useWorkWriter();
  const [pending, setPending] = useState<boolean | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (pending !== null && stored === pending) setPending(null);
  }, [stored, pending]);
  const setComplete = (next: boolean) => {
    setPending(next);
    setError(null);
    writer.setPlanComplete(sessionId, unitId, next).catch((err: unknown) => {
      setPending(null);
      setError((err as Error).message);
    });
  };
  return { complete: pending ?? stored, error, setComplete };
}

export type MoveDirection = 'up' | 'down';
export const moveButtonKey = (actionId: string, dir: MoveDirection) => `${actionId}:${dir}`;

/**
 * Reordering moves the item's DOM node, which drops focus; put it back on the same button (or the
 * other one, when the item reached the end of the list), unless focus has gone elsewhere.
 */
export function useFocusAfterMove(actions: readonly Action[] | undefined, items: Pick<ElementMap<HTMLElement>, 'get'>, moveButtons: Pick<ElementMap<HTMLButtonElement>, 'get'>) {
  const [moved, setMoved] = useState<{ id: string; dir: MoveDirection; token: number } | null>(null);
  useEffect(() => {
    if (!moved || !focusIsFree(items.get(moved.id))) return;
    const same = moveButtons.get(moveButtonKey(moved.id, moved.dir));
    const other = moveButtons.get(moveButtonKey(moved.id, moved.dir === 'up' ? 'down' : 'up'));
    const target = [same, other].find((button) => button && !button.disabled);
    target?.focus();
  }, [moved, actions, items, moveButtons]);
  return (id: string, dir: MoveDirection) => setMoved({ id, dir, token: Date.now() });
}
