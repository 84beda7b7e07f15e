import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useDb } from '../app/providers';
import { getJoinDisplay, getJoinWifi, setJoinDisplay, setJoinWifi, showJoinOnProjector, type JoinDisplay, type StoredWifiDetails } from './join-display-repo';
import { trackSave } from './save-status';

export interface JoinDisplayState {
  /** The URL and code while delegates can join; null otherwise. */
  display: JoinDisplay | null;
  wifi: StoredWifiDetails | null;
}

/** What the projector and worksheets show for joining: `undefined` while loading. Follows every window live. */
export function useJoinDisplay(sessionId: string | undefined): JoinDisplayState | undefined {
  const db = useDb();
  return useLiveQuery(async () => {
    if (!sessionId) return { display: null, wifi: null };
    const [display, wifi] = await Promise.all([getJoinDisplay(db, sessionId), getJoinWifi(db, sessionId)]);
    return { display, wifi };
  }, [db, sessionId]);
}

export function useJoinDisplayWriter(sessionId: string) {
  const db = useDb();
  return useMemo(
    () => ({
      setDisplay: (display: Omit<JoinDisplay, 'onProjector'> | null) => setJoinDisplay(db, sessionId, display),
      showOnProjector: (on: boolean) => trackSave(() => showJoinOnProjector(db, sessionId, on)),
      setWifi: (wifi: StoredWifiDetails | null) => trackSave(() => setJoinWifi(db, sessionId, wifi)),
    }),
    [db, sessionId],
  );
}
