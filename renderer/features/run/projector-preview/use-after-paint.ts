import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { savePending, whenSaved } from '../../../data/save-status';

/**
 * `value`, but each change only once the write behind it is stored, the browser has painted, and
 * it has nothing more urgent to do. The console's preview re-measures its slide on every change
 * (milliseconds for a long card list), and live queries see a write before it is stored: without
 * the wait, that measuring ran while the typed card was on its way to the screen. The small
 * preview follows when the page is idle (within IDLE_TIMEOUT_MS even while busy). The first value
 * (nothing shown yet) is used at once. `catchUp` shows the latest value now, for a command that
 * must see it (turning a page counts the pages of what is shown).
 */
export function useAfterPaint<T>(value: T): [T, () => void] {
  const [shown, setShown] = useState(value);
  const immediate = shown === undefined || shown === null;
  const latest = useRef({ value, shown });
  latest.current = { value, shown };
  const catchUp = useCallback(() => {
    const { value: now, shown: then } = latest.current;
    if (!Object.is(now, then)) flushSync(() => setShown(() => now));
  }, []);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    if (immediate) {
      setShown(value);
      return;
    }
    let frame: number | undefined;
    let idle: (() => void) | undefined;
    let saved: () => void = () => undefined;
    const since = performance.now();
    const follow = () => {
      saved = whenSaved(() => {
        // The frame callback runs before the paint; what it queues runs after it.
        frame = requestAnimationFrame(() => {
          idle = whenIdle(() => {
            // The page is idle while it waits for the database: a card typed meanwhile is being
            // saved, and its own render goes first (the preview at most IDLE_TIMEOUT_MS behind).
            if (savePending() && performance.now() - since < IDLE_TIMEOUT_MS) {
              follow();
              return;
            }
            // A transition: should the typed record's own render arrive meanwhile, React commits that first.
            startTransition(() => setShown(value));
          });
        });
      });
    };
    follow();
    return () => {
      saved();
      if (frame !== undefined) cancelAnimationFrame(frame);
      idle?.();
    };
  }, [value, shown, immediate]);
  return [immediate ? value : shown, catchUp];
}

/** At most this long behind while the page is busy (a facilitator typing card after card). */
const IDLE_TIMEOUT_MS = 300;

/** Runs `run` once the page is idle; returns a cancel. A plain task where idle callbacks are missing. */
function whenIdle(run: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(run);
  return () => window.clearTimeout(handle);
}
