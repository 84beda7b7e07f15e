import { listDelegates } from './delegates-repo';
import { getSession, listSessions } from './sessions-repo';
import { listUnits } from './units-repo';
import { useDbQuery } from './live-query';

/** Live views over the repositories: they re-render when the data changes in any window. */
export const useSessions = () => useDbQuery(listSessions, []);

/** `undefined` while loading, `null` when the session does not exist. */
export const useSession = (id: string | undefined) => useDbQuery(async (db) => (id ? ((await getSession(db, id)) ?? null) : null), [id]);

export const useDelegates = (sessionId: string | undefined) => useDbQuery((db) => (sessionId ? listDelegates(db, sessionId) : []), [sessionId]);

export const useUnits = (sessionId: string | undefined) => useDbQuery((db) => (sessionId ? listUnits(db, sessionId) : []), [sessionId]);
