import { useCallback, useLayoutEffect, useRef } from 'react';

/**
 * Keeps the previous object while the new one is equal by value. A live session record comes back
 * as a fresh object after every write anywhere in the session; without this, every memoised
 * cell that takes the template's phase would re-render on each keystroke's save.
 */
export function useStableValue<T>(value: T): T {
  const ref = useRef<{ value: T; json: string } | null>(null);
  const json = JSON.stringify(value);
  if (ref.current === null || ref.current.json !== json) ref.current = { value, json };
  return ref.current.value;
}

/** A callback with a fixed identity that always calls the latest function (for memoised children). */
export function useStableCallback<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  const ref = useRef(fn);
  useLayoutEffect(() => {
    ref.current = fn;
  });
  return useCallback((...args: A) => ref.current(...args), []);
}

/**
 * True when nothing holds the focus (it fell to the page when its element went away), or it is on
 * `allowed` (inside an element, or on an element matching a selector). Focus moved after a save only then, so it
 * never jumps away from someone typing.
 */
export function focusIsFree(allowed?: string | Element | null): boolean {
  const active = document.activeElement;
  if (!active || active === document.body) return true;
  if (allowed === undefined || allowed === null) return false;
  return typeof allowed === 'string' ? active.matches(allowed) : allowed.contains(active);
}
