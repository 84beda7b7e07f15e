import { useEffect, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import type { Session } from '../../../shared/session/schema';
import { builtInTemplateSummaries } from '../../../shared/templates/summaries';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useSessionWriter } from '../../data/session-write-hooks';
import { useSessions } from '../../data/hooks';
import { ArchiveConflictDialog } from '../archive/ArchiveConflictDialog';
import { RoadshowArchiveDialog } from '../archive/RoadshowArchiveDialog';
import { useArchiveFiles } from '../archive/use-archive-files';
import { RestoreOffer, useRestoreCheck } from '../data-safety/RestoreOffer';
import { useRoadshows, useRoadshowWriter } from '../../data/roadshow-hooks';
import { AddCopyDialog } from '../roadshow/AddCopyDialog';
import { RoadshowsSection } from '../roadshow/RoadshowsSection';
import { SessionGroups } from './SessionGroups';


export function HomePage() {
  const sessions = useSessions();
  const actions = useSessionWriter();
  const navigate = useNavigate();
  const [toDelete, setToDelete] = useState<Session | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const archives = useArchiveFiles();
  const roadshows = useRoadshows();
  const roadshowWriter = useRoadshowWriter();
  const [copyOffer, setCopyOffer] = useState<{ copyId: string; roadshowId: string; roadshowName: string } | null>(null);
  const restoreCheck = useRestoreCheck();
  const location = useLocation();
  const menuOpenStamp = (location.state as { openArchive?: number } | null)?.openArchive;
  const launchStamp = (location.state as { launchArchive?: number } | null)?.launchArchive;
  const { openArchive, openLaunchArchive } = archives;
  useEffect(() => {
    if (menuOpenStamp) void openArchive();
  }, [menuOpenStamp, openArchive]);
  // On start and whenever the OS hands over a double-clicked archive.
  useEffect(() => {
    void openLaunchArchive();
  }, [launchStamp, openLaunchArchive]);

  const create = async (templateId: string) => {
    // The templates (every phase, validated) load on first use: the first screen shows summaries.
    const { getBuiltInTemplate } = await import('../../../shared/templates');
    const template = getBuiltInTemplate(templateId);
    if (!template) return;
    const session = await actions.create(template);
    navigate(`/sessions/${session.id}/setup`);
  };

  const duplicate = async (session: Session) => {
    const copy = await actions.duplicate(session.id);
    setMessage(`Duplicated "${session.title}". Fill in the campus, venue, date and delegates for the copy.`);
    const roadshow = roadshows?.find((r) => r.sessionIds.includes(session.id));
    if (roadshow) setCopyOffer({ copyId: copy.id, roadshowId: roadshow.id, roadshowName: roadshow.name });
    else navigate(`/sessions/${copy.id}/setup`);
  };

  const finishCopyOffer = async (add: boolean) => {
    const offer = copyOffer;
    setCopyOffer(null);
    if (!offer) return;
    if (add) await roadshowWriter.add(offer.roadshowId, offer.copyId);
    navigate(`/sessions/${offer.copyId}/setup`);
  };

  return (
    <main className="page" aria-labelledby="home-title">
      <div className="page-heading">
        <h1 id="home-title">Workshop sessions</h1>
        <div className="row-actions">
          <Link to="/about-data">About this data</Link>
          <button type="button" onClick={() => void archives.openArchive()}>
            Open archive…
          </button>
        </div>
      </div>
      {message ? <p role="status">{message}</p> : null}
      {archives.notice ? (
        <p role={archives.notice.tone === 'error' ? 'alert' : 'status'} className={archives.notice.tone === 'error' ? 'notice-error' : 'notice'}>
          {archives.notice.text}
        </p>
      ) : null}
      {/* Nothing below appears until the backup check has settled, so no button moves under the pointer. */}
      {!restoreCheck.settled || sessions === undefined ? (
        <p className="muted" role="status">
          Looking for sessions on this computer…
        </p>
      ) : (
        <>
          <RestoreOffer check={restoreCheck} />
          <section aria-labelledby="new-title" className="panel">
            <h2 id="new-title">New session</h2>
            <ul className="template-list">
              {builtInTemplateSummaries.map((t) => (
                <li key={t.id} className="template-card">
                  <h3>{t.title}</h3>
                  <p>{t.description}</p>
                  <p className="muted">
                    {t.durationMinutes} minutes · {t.phaseCount} phases
                  </p>
                  <button type="button" className="primary" onClick={() => void create(t.id)} aria-label={`Create session from ${t.title}`}>
                    Create session
                  </button>
                </li>
              ))}
            </ul>
          </section>

          <SessionGroups sessions={sessions} onDuplicate={(s) => void duplicate(s)} onSaveArchive={(id) => void archives.saveArchive(id)} onDelete={setToDelete} />
          <RoadshowsSection sessions={sessions} />
        </>
      )}

      <AddCopyDialog open={copyOffer !== null} roadshowName={copyOffer?.roadshowName ?? ''} onAdd={() => void finishCopyOffer(true)} onSkip={() => void finishCopyOffer(false)} />
      <ArchiveConflictDialog archive={archives.conflict} onChoose={(a, mode) => void archives.resolveConflict(a, mode)} onCancel={archives.cancelConflict} />
      <RoadshowArchiveDialog pending={archives.pendingBundle} onOpen={(b, choices) => void archives.resolveBundle(b, choices)} onCancel={archives.cancelBundle} />
      <ConfirmDialog
        open={toDelete !== null}
        title="Delete this session?"
        message={toDelete ? `"${toDelete.title}"${toDelete.campus ? ` (${toDelete.campus})` : ''} and everything recorded in it will be deleted from this computer. This cannot be undone.` : ''}
        confirmLabel="Delete session"
        onCancel={() => setToDelete(null)}
        onConfirm={() => {
          const target = toDelete;
          setToDelete(null);
          if (target) void actions.remove(target.id).then(() => setMessage(`Deleted "${target.title}".`));
        }}
      />
    </main>
  );
}
