import { useEffect, useState } from 'react';

/**
 * The current time, refreshed every `intervalMs` while the component is on screen. Timers are
 * stored as facts (see shared/run/timer.ts), so the clock only has to be read, never counted.
 */
export function useNow(intervalMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(id);
  }, [intervalMs]);
  return now;
}

const timeOfDay = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
const timeWithSeconds = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });

/** "10:32" on the laptop's clock. */
export function formatTimeOfDay(ms: number): string {
  return timeOfDay.format(ms);
}

/** "10:32:05", for the last-save time. */
export function formatTimeWithSeconds(ms: number): string {
  return timeWithSeconds.format(ms);
}

/** "HH:MM" in 24-hour form, as slotEndTime expects a start time. */
export function clockTime(ms: number): string {
  const d = new Date(ms);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}
