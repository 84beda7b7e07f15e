import { MINUS } from './shares';

/**
 * "45 s", "9 min 30 s", "1 h 2 min": time spent, for people, rounded to the second. A negative
 * time (a clock moved back) reads as none; a signed difference is formatDifference's job.
 */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  if (h > 0) return m > 0 ? `${h} h ${m} min` : `${h} h`;
  if (m > 0) return s > 0 ? `${m} min ${s} s` : `${m} min`;
  return `${s} s`;
}

/** What a phase the run never reached shows instead of a time, on the finished screen and in the report. */
export const NOT_RUN = 'not run';

/** "+3 min", "−1 min 20 s", "+1 h 5 min" or "on time", for actual − planned. */
export function formatDifference(ms: number): string {
  if (Math.round(ms / 1000) === 0) return 'on time';
  return `${ms > 0 ? '+' : MINUS}${formatDuration(Math.abs(ms))}`;
}
