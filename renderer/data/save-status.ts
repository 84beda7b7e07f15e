import { useSyncExternalStore } from 'react';
import { isQuotaError } from './db';
import { ValidationError } from './errors';

export interface SaveStatus {
  state: 'idle' | 'saving' | 'saved' | 'error';
  lastSavedAt: number | null;
  message: string | null;
}

let status: SaveStatus = { state: 'idle', lastSavedAt: null, message: null };
const listeners = new Set<() => void>();
let pending = 0;

function set(next: SaveStatus) {
  status = next;
  listeners.forEach((l) => l());
}

/**
 * Runs one write and tracks it for the quiet "saved" indicator. Validation errors are the
 * field's business (shown next to it) and rethrown; storage failures are shown app-wide.
 */
export async function trackSave<T>(write: () => Promise<T>): Promise<T> {
  pending += 1;
  // The write starts before the indicator redraws: a transaction opens on the next microtask, and
  // a keypress's redraw queued first would hold it back by milliseconds.
  let running: Promise<T>;
  try {
    running = write();
  } catch (error) {
    running = Promise.reject(error);
  }
  set({ ...status, state: 'saving', message: null });
  try {
    const result = await running;
    pending -= 1;
    if (pending === 0) set({ state: 'saved', lastSavedAt: Date.now(), message: null });
    return result;
  } catch (error) {
    pending -= 1;
    if (error instanceof ValidationError) {
      set({ ...status, state: status.lastSavedAt ? 'saved' : 'idle' });
    } else {
      const message = isQuotaError(error)
        ? 'The disk is full: this change was not saved. Free some space, then try again.'
        : `This change was not saved: ${(error as Error).message}`;
      set({ ...status, state: 'error', message });
    }
    throw error;
  }
}

/** Whether a tracked write is in flight. */
export const savePending = (): boolean => pending !== 0;

/**
 * Runs `run` once no tracked write is in flight (at once if none is); returns a cancel. Lets
 * low-priority work (the console's preview) wait until a typed record is stored.
 */
export function whenSaved(run: () => void): () => void {
  if (pending === 0) {
    run();
    return () => undefined;
  }
  const listener = () => {
    if (pending !== 0) return;
    listeners.delete(listener);
    run();
  };
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSaveStatus(): SaveStatus {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => status,
  );
}
