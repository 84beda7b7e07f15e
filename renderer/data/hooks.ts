import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../app/providers';
import { listDelegates } from './delegates-repo';
import { getSession, listSessions } from './sessions-repo';
import { listUnits } from './units-repo';

/** Live views over the repositories: they re-render when the data changes in any window. */
export function useSessions() {
  const db = useDb();
  return useLiveQuery(() => listSessions(db), [db]);
}

/** `undefined` while loading, `null` when the session does not exist. */
export function useSession(id: string | undefined) {
  const db = useDb();
  return useLiveQuery(async () => (id ? ((await getSession(db, id)) ?? null) : null), [db, id]);
}

export function useDelegates(sessionId: string | undefined) {
  const db = useDb();
  return useLiveQuery(() => (sessionId ? listDelegates(db, sessionId) : []), [db, sessionId]);
}

export function useUnits(sessionId: string | undefined) {
  const db = useDb();
  return useLiveQuery(() => (sessionId ? listUnits(db, sessionId) : []), [db, sessionId]);
}
