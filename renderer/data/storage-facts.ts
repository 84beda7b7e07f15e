import { useEffect } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../app/providers';

export interface StorageFacts {
  /** Bytes this origin uses and may use, per the browser; null where it does not say. */
  usage: number | null;
  quota: number | null;
  /** Whether the browser agreed to keep this data when space runs low; null where it cannot be asked. */
  persisted: boolean | null;
}

type StorageManagerLike = Pick<StorageManager, 'estimate' | 'persisted' | 'persist'>;
const storageOf = (nav: Navigator | undefined = globalThis.navigator): StorageManagerLike | null => (nav?.storage && typeof nav.storage.persisted === 'function' ? nav.storage : null);

export async function readStorageFacts(storage: StorageManagerLike | null = storageOf()): Promise<StorageFacts> {
  if (!storage) return { usage: null, quota: null, persisted: null };
  const [estimate, persisted] = await Promise.all([storage.estimate().catch(() => null), storage.persisted().catch(() => null)]);
  return { usage: estimate?.usage ?? null, quota: estimate?.quota ?? null, persisted };
}

/**
 * Asks the browser to keep this origin's data (not to evict it when space runs low). Chromium
 * decides silently; Firefox asks the person once. Asked again each launch until granted, which
 * costs nothing: a browser that said no keeps saying no without asking.
 */
export async function requestPersistentStorage(storage: StorageManagerLike | null = storageOf()): Promise<boolean | null> {
  if (!storage) return null;
  try {
    if (await storage.persisted()) return true;
    return await storage.persist();
  } catch {
    return null;
  }
}

let asked = false;
/** At first use: once this store holds a session, ask the browser to keep it. */
export function usePersistentStorage() {
  const db = useDb();
  const hasWork = useLiveQuery(async () => (await db.sessions.count()) > 0, [db]);
  useEffect(() => {
    if (!hasWork || asked) return;
    asked = true;
    void requestPersistentStorage();
  }, [hasWork]);
}
