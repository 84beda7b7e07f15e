import { useMemo } from 'react';
import type { Archive } from '../../shared/archive';
import { useDb } from '../app/providers';
import { archiveFileName, archiveImportKind, describeMergeReport, exportSessionArchive, importArchive, mergeArchive, previewArchive, serializeArchive, type ImportMode } from './archive-repo';
import { trackSave } from './save-status';

export const ARCHIVE_FILE_KIND = { description: 'Co-Create Studio archive', extensions: ['cocreate'], mimeType: 'application/x-cocreate' };

/** Reading and writing session archives, for components. */
export function useArchiveWriter() {
  const db = useDb();
  return useMemo(
    () => ({
      async exportText(sessionId: string): Promise<{ fileName: string; text: string }> {
        const archive = await exportSessionArchive(db, sessionId);
        return { fileName: archiveFileName(archive), text: serializeArchive(archive) };
      },
      importKind: (archive: Archive) => archiveImportKind(db, archive),
      importArchive: (archive: Archive, mode: ImportMode) => trackSave(() => importArchive(db, archive, mode)),
      preview: (archive: Archive) => previewArchive(db, archive),
      async mergeArchive(archive: Archive): Promise<{ sessionId: string; summary: string }> {
        const { sessionId, report } = await trackSave(() => mergeArchive(db, archive));
        return { sessionId, summary: describeMergeReport(report) };
      },
    }),
    [db],
  );
}
