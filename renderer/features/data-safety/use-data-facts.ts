import { useCallback, useEffect, useState } from 'react';
import { useHost } from '../../app/providers';
import type { HostDataFacts } from '../../host/host';
import { readStorageFacts, type StorageFacts } from '../../data/storage-facts';

export type DataFactsState =
  | { status: 'loading' }
  | { status: 'ready'; host: HostDataFacts; storage: StorageFacts }
  | { status: 'error'; message: string; storage: StorageFacts | null };

/** The host's facts (folders, last backup) and the browser's (storage used, persistence), refreshable. */
export function useDataFacts() {
  const host = useHost();
  const [state, setState] = useState<DataFactsState>({ status: 'loading' });
  const [stamp, setStamp] = useState(0);
  useEffect(() => {
    let live = true;
    const storage = readStorageFacts();
    Promise.all([host.dataFacts(), storage]).then(
      ([facts, store]) => live && setState({ status: 'ready', host: facts, storage: store }),
      async (error: unknown) => {
        const store = await storage.catch(() => null);
        if (live) setState({ status: 'error', message: error instanceof Error ? error.message : String(error), storage: store });
      },
    );
    return () => {
      live = false;
    };
  }, [host, stamp]);
  const refresh = useCallback(() => setStamp((n) => n + 1), []);
  return { state, refresh };
}
