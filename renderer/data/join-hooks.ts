import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { DeviceSummary, Submission } from '../../shared/join';
import { useDb } from '../app/providers';
import { setJoinDisplay, type JoinDisplay } from './join-display-repo';
import { loadJoinSnapshot } from './join-snapshot';
import { applyJoinSubmission, listJoinReceipts } from './join-submissions-repo';
import { loadSessionBundle } from './output-repo';
import { getSession } from './sessions-repo';
import { trackSave } from './save-status';

/**
 * The snapshot the console publishes to the relay, recomputed whenever the session's records change
 * (in this window or another). `undefined` while loading or when `enabled` is false.
 */
export function useJoinSnapshot(sessionId: string, enabled: boolean, pdfAvailable: boolean) {
  const db = useDb();
  return useLiveQuery(async () => (enabled ? loadJoinSnapshot(db, sessionId, pdfAvailable) : undefined), [db, sessionId, enabled, pdfAvailable]);
}

/** What each phone sent in this session, newest first. */
export function useJoinReceipts(sessionId: string) {
  const db = useDb();
  return useLiveQuery(() => listJoinReceipts(db, sessionId), [db, sessionId]);
}

/** The console's write side for phones: submissions (tracked by the "Saved" indicator) and what is shown for joining. */
export function useJoinWriter(sessionId: string) {
  const db = useDb();
  return useMemo(
    () => ({
      applySubmission: (input: { clientId: string; device: DeviceSummary; submission: Submission }, today: string) =>
        trackSave(() => applyJoinSubmission(db, sessionId, input, { today })),
      setDisplay: (display: Omit<JoinDisplay, 'onProjector'> | null) => setJoinDisplay(db, sessionId, display),
      /** Whether the delegate is in this session, before a PDF of them is made for a phone. */
      hasDelegate: async (delegateId: string) => {
        const [session, delegate] = await Promise.all([getSession(db, sessionId), db.delegates.get(delegateId)]);
        return !!session && delegate?.sessionId === sessionId;
      },
      sessionBundle: () => loadSessionBundle(db, sessionId),
    }),
    [db, sessionId],
  );
}
