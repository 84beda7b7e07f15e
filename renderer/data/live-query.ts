import { liveQuery } from 'dexie';
import { useLiveQuery, useObservable } from 'dexie-react-hooks';
import { useDb } from '../app/providers';
import type { CoCreateDb } from './db';

/**
 * A live read through a repository: re-runs when the tables it read change, in any window.
 * `undefined` while loading. `deps` are the values `read` uses besides the database.
 */
export function useDbQuery<T>(read: (db: CoCreateDb) => Promise<T> | T, deps: readonly unknown[]): T | undefined {
  const db = useDb();
  return useLiveQuery(() => read(db), [db, ...deps]);
}

/** A live query's result and when it was handed over (performance.now()), to tell results read before a write from those read after it. */
export interface Stamped<T> {
  value: T;
  at: number;
}

/** useDbQuery, each result stamped with the time the live query handed it over. */
export function useStampedDbQuery<T>(read: (db: CoCreateDb) => Promise<T> | T, deps: readonly unknown[]): Stamped<T> | undefined {
  const db = useDb();
  return useObservable(() => {
    const live = liveQuery(() => read(db));
    return {
      // A new query has no result yet (as useLiveQuery's): nothing to read synchronously.
      hasValue: () => false,
      subscribe: (onNext: (value: Stamped<T>) => void, onError?: (error: unknown) => void) =>
        live.subscribe({ next: (value) => onNext({ value, at: performance.now() }), error: onError }),
    };
  }, [db, ...deps]);
}
