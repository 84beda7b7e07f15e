import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { PaperSize } from '../../shared/output/print-document-path';
import { useDb } from '../app/providers';
import { getPaperSize, loadDelegateBundle, loadSessionBundle, setPaperSize, type SessionBundle } from './output-repo';
import { trackSave } from './save-status';

/** One session's records for documents and CSV files: `undefined` while loading, `null` when missing. */
export function useSessionBundle(sessionId: string | undefined): SessionBundle | null | undefined {
  const db = useDb();
  return useLiveQuery(async () => (sessionId ? loadSessionBundle(db, sessionId) : null), [db, sessionId]);
}

/** What one delegate's document needs (see loadDelegateBundle): `undefined` while loading, `null` when the session is missing. */
export function useDelegateBundle(sessionId: string | undefined, delegateId: string | undefined): SessionBundle | null | undefined {
  const db = useDb();
  return useLiveQuery(async () => (sessionId && delegateId ? loadDelegateBundle(db, sessionId, delegateId) : null), [db, sessionId, delegateId]);
}

/** The paper size chosen on this computer; `undefined` while loading. */
export function usePaperSize(): PaperSize | undefined {
  const db = useDb();
  return useLiveQuery(() => getPaperSize(db), [db]);
}

/** The write side of the outputs screen: the paper size, tracked for the "Saved" indicator. */
export function useOutputWriter() {
  const db = useDb();
  return useMemo(
    () => ({
      setPaperSize: (paper: PaperSize) => trackSave(() => setPaperSize(db, paper)),
    }),
    [db],
  );
}
