import { useMemo } from 'react';
import type { ArchiveBundle } from '../../shared/archive';
import { useDb, useHost } from '../app/providers';
import { APP_VERSION } from '../app-version';
import type { SessionChoice } from './roadshow-archive-repo';
import { trackSave } from './save-status';

/** The archive code loads on first use, as for one-session archives. */
const repo = () => import('./roadshow-archive-repo');

/** Roadshow archives (format 3, several sessions) for components: save, read, open. */
export function useRoadshowArchiveWriter() {
  const db = useDb();
  const host = useHost();
  return useMemo(
    () => ({
      /** Every session of the roadshow here, with its grouping, as one archive file. */
      async exportFile(roadshowId: string): Promise<{ fileName: string; bytes: Uint8Array; sessions: number }> {
        const { exportRoadshowBundle, encodeBundle } = await repo();
        const { fileName, bundle } = await exportRoadshowBundle(db, roadshowId);
        return { fileName, bytes: encodeBundle(bundle, APP_VERSION), sessions: bundle.sessions.length };
      },
      read: async (bytes: Uint8Array) => (await repo()).readBundleBytes(bytes),
      alreadyHere: async (bundle: ArchiveBundle) => (await repo()).sessionsAlreadyHere(db, bundle),
      /**
       * Opens every session of the file in one transaction. Sessions to be replaced are first kept
       * in the app's backups (where it keeps backups), so a replace can be undone.
       */
      async open(bundle: ArchiveBundle, choices: Readonly<Record<string, SessionChoice>>) {
        const { importArchiveBundle } = await repo();
        const replaced = Object.entries(choices).filter(([, choice]) => choice === 'replace').map(([id]) => id);
        if (replaced.length > 0 && host.sessionBackups) {
          const { encodeArchive, exportSessionArchive } = await import('./archive-repo');
          for (const id of replaced) await host.sessionBackups.save(id, encodeArchive(await exportSessionArchive(db, id), APP_VERSION));
        }
        return trackSave(() => importArchiveBundle(db, bundle, choices, Date.now(), APP_VERSION));
      },
    }),
    [db, host],
  );
}
