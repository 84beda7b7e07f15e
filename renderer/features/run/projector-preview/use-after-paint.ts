import { useEffect, useState } from 'react';

/**
 * `value`, but each change only after the browser has painted the frame that caused it. The
 * console's preview re-measures its slide on every change (tens of ms for a long card list); a
 * typed card, answer or entry is painted first and the small preview follows a frame later. The
 * first value (nothing shown yet) is used at once.
 */
export function useAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  const immediate = shown === undefined || shown === null;
  useEffect(() => {
    if (Object.is(shown, value)) return;
    if (immediate) {
      setShown(value);
      return;
    }
    let timeout: number | undefined;
    // The frame callback runs before the paint; the task it queues runs after it.
    const frame = requestAnimationFrame(() => {
      timeout = window.setTimeout(() => setShown(value));
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timeout);
    };
  }, [value, shown, immediate]);
  return immediate ? value : shown;
}
