import { useMemo } from 'react';
import type { Archive } from '../../shared/archive';
import { useDb } from '../app/providers';
import { APP_VERSION } from '../app-version';
import type { CopySummary, ImportMode } from './archive-repo';
import { trackSave } from './save-status';

/** The archive code (formats, checks, checksums) loads on first use: the first screen never needs it. */
const repo = () => import('./archive-repo');

export const ARCHIVE_FILE_KIND = { description: 'Co-Create Studio archive', extensions: ['cocreate'], mimeType: 'application/x-cocreate' };

/** Reading and writing session archives, for components. */
export function useArchiveWriter() {
  const db = useDb();
  return useMemo(
    () => ({
      /** The session as an archive file: its suggested name and bytes. */
      async exportFile(sessionId: string): Promise<{ fileName: string; bytes: Uint8Array }> {
        const { archiveFileName, encodeArchive, exportSessionArchive } = await repo();
        const archive = await exportSessionArchive(db, sessionId);
        return { fileName: archiveFileName(archive), bytes: encodeArchive(archive, APP_VERSION) };
      },
      importKind: async (archive: Archive) => (await repo()).archiveImportKind(db, archive),
      importArchive: (archive: Archive, mode: ImportMode) => trackSave(async () => (await repo()).importArchive(db, archive, mode)),
      /** "Replace": the copy here is kept in the app's storage (listed on About this data), then the file's takes its place. */
      async replaceKeepingCopy(archive: Archive) {
        const { replaceKeepingCopy } = await import('./kept-copies-write');
        return trackSave(() => replaceKeepingCopy(db, archive, APP_VERSION));
      },
      preview: async (archive: Archive) => (await repo()).previewArchive(db, archive),
      /** What a file holds, counted as the "already here" dialog and the opened notice count it. */
      counts: async (archive: Archive): Promise<CopySummary['counts']> => (await repo()).summarizeCopy(archive).counts,
      async mergeArchive(archive: Archive): Promise<{ sessionId: string; summary: string; counts: CopySummary['counts'] }> {
        const { mergeArchive, describeMergeReport } = await repo();
        const { sessionId, report, merged } = await trackSave(() => mergeArchive(db, archive));
        return { sessionId, summary: describeMergeReport(report), counts: merged.counts };
      },
    }),
    [db],
  );
}
