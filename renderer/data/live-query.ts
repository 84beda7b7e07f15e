import { useLiveQuery } from 'dexie-react-hooks';
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
