import { useMemo } from 'react';
import { useDb } from '../app/providers';
import { APP_VERSION } from '../app-version';
import { eraseDelegateFromSession, exportAnonymised, exportAnonymisedRoadshow } from './privacy-repo';
import { trackSave } from './save-status';

/** Anonymised export and erasing a delegate, for components. */
export function usePrivacyWriter() {
  const db = useDb();
  return useMemo(
    () => ({
      exportAnonymised: (sessionId: string) => exportAnonymised(db, sessionId, APP_VERSION),
      exportAnonymisedRoadshow: (roadshowId: string) => exportAnonymisedRoadshow(db, roadshowId, APP_VERSION),
      eraseDelegate: (sessionId: string, delegateId: string) => trackSave(() => eraseDelegateFromSession(db, sessionId, delegateId)),
    }),
    [db],
  );
}
