import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useDb } from '../app/providers';
import { addToRoadshow, createRoadshow, getMembership, getRoadshow, listRoadshows, readRoadshowCampuses, removeFromRoadshow, renameRoadshow } from './roadshows-repo';
import { trackSave } from './save-status';

/** Every roadshow on this laptop, live. */
export function useRoadshows() {
  const db = useDb();
  return useLiveQuery(() => listRoadshows(db), [db]);
}

/** `undefined` while loading, `null` when there is no such roadshow. */
export function useRoadshow(id: string | undefined) {
  const db = useDb();
  return useLiveQuery(async () => (id ? ((await getRoadshow(db, id)) ?? null) : null), [db, id]);
}

/** The roadshow a session belongs to; `null` when none. */
export function useMembership(sessionId: string | undefined) {
  const db = useDb();
  return useLiveQuery(async () => (sessionId ? ((await getMembership(db, sessionId)) ?? null) : null), [db, sessionId]);
}

export function useRoadshowWriter() {
  const db = useDb();
  return useMemo(
    () => ({
      create: (name: string, sessionIds: readonly string[]) => trackSave(() => createRoadshow(db, name, sessionIds)),
      add: (roadshowId: string, sessionId: string) => trackSave(() => addToRoadshow(db, roadshowId, sessionId)),
      remove: (sessionId: string) => trackSave(() => removeFromRoadshow(db, sessionId)),
      rename: (roadshowId: string, name: string) => trackSave(() => renameRoadshow(db, roadshowId, name)),
    }),
    [db],
  );
}

export type RoadshowWriter = ReturnType<typeof useRoadshowWriter>;

/** A roadshow with every session's records (sessions not on this laptop are left out), live. */
export function useRoadshowCampuses(roadshowId: string | undefined) {
  const db = useDb();
  return useLiveQuery(async () => {
    if (!roadshowId) return null;
    const roadshow = await getRoadshow(db, roadshowId);
    if (!roadshow) return null;
    // When read: a running session's current phase is timed up to this moment.
    return { roadshow, campuses: await readRoadshowCampuses(db, roadshow.sessionIds), readAt: Date.now() };
  }, [db, roadshowId]);
}
