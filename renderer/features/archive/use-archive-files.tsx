import { useCallback, useState } from 'react';
import { useNavigate } from 'react-router';
import type { Archive, ArchiveBundle } from '../../../shared/archive';
import { useHost } from '../../app/providers';
import { ARCHIVE_FILE_KIND, useArchiveWriter } from '../../data/archive-write-hooks';
import { useRoadshowArchiveWriter } from '../../data/roadshow-archive-hooks';
import type { SessionChoice } from '../../data/roadshow-archive-repo';
import type { PendingBundle } from './RoadshowArchiveDialog';
import type { Host } from '../../host/host';
import { describeOpened } from './opened-words';

/**
 * Loads the code that reads and writes an archive, and the page it opens on, while the
 * facilitator is still choosing the file: opening a large archive then waits for nothing but the
 * file itself. A failure here is harmless (the same imports run again when needed).
 */
function warmOpening() {
  void Promise.all([import('../../data/roadshow-archive-repo'), import('../../data/archive-repo'), import('../setup/SetupPage')]).catch(() => undefined);
}

export type ArchiveNotice = { tone: 'info' | 'error'; text: string } | null;

/** Saves one session as an archive file where the facilitator chooses; what happened, in words (null when cancelled). */
export async function saveSessionArchive(host: Pick<Host, 'saveFile'>, actions: Pick<ReturnType<typeof useArchiveWriter>, 'exportFile'>, sessionId: string): Promise<ArchiveNotice> {
  try {
    const { fileName, bytes } = await actions.exportFile(sessionId);
    const result = await host.saveFile({ suggestedName: fileName, kind: ARCHIVE_FILE_KIND, bytes });
    return result.saved ? { tone: 'info', text: `Saved the archive${result.location ? ` as ${result.location}` : ''}.` } : null;
  } catch (e) {
    return { tone: 'error', text: `The archive was not saved: ${(e as Error).message}` };
  }
}

/**
 * Open and save archive files through the Host (a file dialog in Electron, a file input and a
 * download in web mode). A damaged file gets a clear message and changes nothing.
 */
export function useArchiveFiles() {
  const host = useHost();
  const actions = useArchiveWriter();
  const navigate = useNavigate();
  const [notice, setNotice] = useState<ArchiveNotice>(null);
  const [conflict, setConflict] = useState<Archive | null>(null);
  const roadshowFiles = useRoadshowArchiveWriter();
  const [pendingBundle, setPendingBundle] = useState<PendingBundle | null>(null);

  /** A file of several sessions (a roadshow): all open in one transaction, then the comparison. */
  const finishBundle = useCallback(
    async (bundle: ArchiveBundle, choices: Record<string, SessionChoice>) => {
      setPendingBundle(null);
      try {
        const outcomes = await roadshowFiles.open(bundle, choices);
        const what = bundle.roadshow ? `the roadshow "${bundle.roadshow.name}"` : `${outcomes.length} sessions`;
        const notes = outcomes.filter((o) => o.note && o.how !== 'merged').map((o) => `${o.campus || o.title}: ${o.note}`);
        const text = [`Opened ${what}: ${outcomes.map((o) => `${o.campus || o.title} (${o.how})`).join(', ')}.`, ...notes].join(' ');
        setNotice({ tone: 'info', text });
        // The comparison page says what was opened (this page's notice goes with it).
        if (bundle.roadshow) navigate(`/roadshows/${bundle.roadshow.id}`, { state: { opened: text } });
      } catch (e) {
        setNotice({ tone: 'error', text: `The archive was not opened: ${(e as Error).message}` });
      }
    },
    [navigate, roadshowFiles],
  );

  const finish = useCallback(
    async (archive: Archive, mode: 'new' | 'replace' | 'copy' | 'merge') => {
      setConflict(null);
      try {
        let sessionId: string;
        let text: string;
        if (mode === 'merge') {
          const merged = await actions.mergeArchive(archive);
          sessionId = merged.sessionId;
          text = describeOpened(archive.session, 'merge', merged.counts, merged.summary);
        } else {
          if (mode === 'replace' && host.sessionBackups) {
            // Also on disk, outside the browser's storage, where the host keeps backups.
            const local = await actions.exportFile(archive.session.id);
            await host.sessionBackups.save(archive.session.id, local.bytes);
          }
          // "Replace" keeps the copy here in the app's own storage first, so choosing wrong loses nothing.
          const outcome = mode === 'replace' ? await actions.replaceKeepingCopy(archive) : await actions.importArchive(archive, mode);
          sessionId = outcome.sessionId;
          const how = outcome.openedAsCopy || mode === 'copy' ? 'copy' : mode;
          text = describeOpened(archive.session, how, await actions.counts(archive), outcome.openedAsCopy ?? '');
        }
        setNotice({ tone: 'info', text });
        // The session's setup page says what was opened (this page goes away).
        navigate(`/sessions/${sessionId}/setup`, { state: { archiveOpened: text } });
      } catch (e) {
        setNotice({ tone: 'error', text: `The archive was not opened: ${(e as Error).message}` });
      }
    },
    [actions, host, navigate],
  );

  const openFileResult = useCallback(
    async (file: Awaited<ReturnType<typeof host.openFile>> | { status: 'none' }) => {
      if (file.status === 'cancelled' || file.status === 'none') return;
      if (file.status === 'error') {
        setNotice({ tone: 'error', text: file.message });
        return;
      }
      const read = await roadshowFiles.read(file.bytes);
      if (!read.ok) {
        setNotice({ tone: 'error', text: `"${file.name}": ${read.message}` });
        return;
      }
      const { bundle } = read;
      if (bundle.sessions.length > 1) {
        const here = await roadshowFiles.alreadyHere(bundle);
        if (here.size > 0) setPendingBundle({ bundle, here });
        else await finishBundle(bundle, {});
        return;
      }
      const archive: Archive = { ...bundle.sessions[0]!, exportedAt: bundle.exportedAt };
      if ((await actions.importKind(archive)) === 'exists') setConflict(archive);
      else await finish(archive, 'new');
    },
    [actions, finish, finishBundle, host, roadshowFiles],
  );

  const openArchive = useCallback(async () => {
    setNotice(null);
    warmOpening();
    await openFileResult(await host.openFile({ kind: ARCHIVE_FILE_KIND }));
  }, [host, openFileResult]);

  /** A .cocreate file double-clicked in the file manager (Electron). */
  const openLaunchArchive = useCallback(async () => {
    await openFileResult(await host.takeLaunchArchive());
  }, [host, openFileResult]);

  const saveArchive = useCallback(
    async (sessionId: string) => {
      setNotice(null);
      setNotice(await saveSessionArchive(host, actions, sessionId));
    },
    [actions, host],
  );

  return {
    openArchive,
    openLaunchArchive,
    saveArchive,
    notice,
    conflict,
    resolveConflict: finish,
    cancelConflict: () => setConflict(null),
    pendingBundle,
    resolveBundle: finishBundle,
    cancelBundle: () => setPendingBundle(null),
  };
}
