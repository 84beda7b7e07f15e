import { useMemo } from 'react';
import { useDb } from '../app/providers';
import { APP_VERSION } from '../app-version';
import { listKeptCopies } from './kept-copies';
import { useDbQuery } from './live-query';
import { trackSave } from './save-status';

/** Copies kept before "Replace", most recently kept first (live); undefined while loading. */
export function useKeptCopies() {
  return useDbQuery((db) => listKeptCopies(db), []);
}

/** Restoring a kept copy, for components. */
export function useKeptCopyWriter() {
  const db = useDb();
  return useMemo(
    () => ({
      async restore(id: string) {
        const { restoreKeptCopy } = await import('./kept-copies-write');
        return trackSave(() => restoreKeptCopy(db, id, APP_VERSION));
      },
    }),
    [db],
  );
}
