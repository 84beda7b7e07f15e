import { useMemo } from 'react';
import { useDb } from '../app/providers';
import { eraseDelegateFromSession, exportAnonymised } from './privacy-repo';
import { trackSave } from './save-status';

/** Anonymised export and erasing a delegate, for components. */
export function usePrivacyWriter() {
  const db = useDb();
  return useMemo(
    () => ({
      exportAnonymised: (sessionId: string) => exportAnonymised(db, sessionId),
      eraseDelegate: (sessionId: string, delegateId: string) => trackSave(() => eraseDelegateFromSession(db, sessionId, delegateId)),
    }),
    [db],
  );
}
